import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { expect } from '@jest/globals';
import type { JWK } from 'jose';
import { request } from 'undici';

import { DEFAULT_RETRY_AFTER_SECONDS } from '../../src/pin-change/upstream-failure.js';
import type { FaultSpec } from '../../src/solaris-sim/faults.js';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from './gateway.js';
import { journal, postGraphQL, type JournalEntry } from './graphql-client.js';
import { encryptPin } from './jwe.js';

/** The fixed test PIN key (private); the gateways started here publish its public half. */
export const FIXTURE_PIN_KEY = JSON.parse(
  readFileSync(new URL('../fixtures/pin-key.private.jwk.json', import.meta.url), 'utf8'),
) as JWK & { kid: string; n: string; e: string };

/** What the gateway hands out for the fixture key. */
export const FIXTURE_PUBLIC_JWK = {
  kty: 'RSA',
  kid: FIXTURE_PIN_KEY.kid,
  use: 'enc',
  alg: 'RSA-OAEP-256',
  n: FIXTURE_PIN_KEY.n,
  e: FIXTURE_PIN_KEY.e,
};

export const KEY_PATH = '/v1/cards/pin_keys/latest';
export const TOKEN_PATH = '/oauth2/token';

/**
 * The `UpstreamUnavailableError` member as the documents below select it; without a wait from
 * Solaris or the breaker it suggests the gateway's default.
 */
export function upstreamUnavailable(retryAfterSeconds: number = DEFAULT_RETRY_AFTER_SECONDS) {
  return {
    __typename: 'UpstreamUnavailableError',
    code: 'UPSTREAM_UNAVAILABLE',
    message: 'Solaris is not available right now; retry later.',
    retryable: true,
    retryAfterSeconds,
  };
}

/**
 * The `ChangeRequest` member of a change request the embedded Solaris at `simUrl` just opened;
 * `id` is the one the member carries, checked for Solaris's shape.
 */
export function openedChangeRequest(simUrl: string, id: unknown) {
  const changeRequestId = typeof id === 'string' && /^[0-9a-f]{32}csc$/.test(id) ? id : 'not-an-id';
  return {
    __typename: 'ChangeRequest',
    id: changeRequestId,
    status: 'AUTHORIZATION_REQUIRED',
    updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
    authorizationUrl: `${simUrl}/v1/change_requests/${changeRequestId}/authorize`,
    availableMethods: ['SMS', 'DEVICE_SIGNING'],
  };
}

const ERROR_FIELDS = `
  ... on PinChangeError { code message retryable }
  ... on UpstreamUnavailableError { retryAfterSeconds }
  ... on RateLimitedError { retryAfterSeconds }
  ... on CardNotFoundError { cardId }
  ... on CardNotEligibleError { cardId cardStatus }
`;

export const KEY_QUERY = `
  query Key($cardId: ID!) {
    pinEncryptionKey(cardId: $cardId) {
      __typename
      ... on PinEncryptionKey { kid jwk }
      ${ERROR_FIELDS}
    }
  }
`;

export const CHANGE_PIN_MUTATION = `
  mutation ChangePin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
    changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
      __typename
      ... on ChangeRequest { id status updatedAt authorizationUrl availableMethods }
      ${ERROR_FIELDS}
      ... on InvalidEncryptedPinError { reason }
      ... on EncryptionKeyExpiredError { keyId currentKey { kid } }
      ... on PinPolicyViolationError { rule }
      ... on ValidationError { fieldErrors { field message } }
      ... on InvalidTanError { changeRequestAlive }
    }
  }
`;

/** A union member as the documents above select it. */
export type Member = Record<string, unknown> & { __typename: string };

/** One operation's result and how long it took, measured around the HTTP exchange. */
export interface Timed<T> {
  value: T;
  ms: number;
}

/** Runs `work` and measures it. */
export async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** A gateway in front of an embedded Solaris that publishes the fixture key. */
export function startResilienceGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  return startTestGateway({ ...options, sim: { pinKey: FIXTURE_PIN_KEY, ...options.sim } });
}

/** Arms one fault on the embedded Solaris; fails the test when the simulator refuses it. */
export async function armFault(simUrl: string, spec: FaultSpec): Promise<void> {
  const response = await request(`${simUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  const text = await response.body.text();
  if (response.statusCode !== 201) {
    throw new Error(`The simulator refused the fault: HTTP ${response.statusCode} ${text}`);
  }
}

/** Disarms every fault. */
export async function clearFaults(simUrl: string): Promise<void> {
  const response = await request(`${simUrl}/__sim/faults`, { method: 'DELETE' });
  await response.body.dump();
}

/** `pinEncryptionKey` for a card of `personId`: the union member. */
export async function queryKey(
  gateway: TestGateway,
  personId: string,
  cardId: string,
): Promise<Member> {
  const response = await postGraphQL(gateway.graphqlUrl, KEY_QUERY, {
    token: await gateway.token(personId),
    variables: { cardId },
  });
  return memberOf(response.body, 'pinEncryptionKey', response.status);
}

/** `changeCardPin` with `pin` encrypted under the fixture key: the union member. */
export async function changePin(
  gateway: TestGateway,
  personId: string,
  cardId: string,
  pin = '2580',
): Promise<Member> {
  const response = await postGraphQL(gateway.graphqlUrl, CHANGE_PIN_MUTATION, {
    token: await gateway.token(personId),
    variables: {
      cardId,
      encryptedPin: await encryptPin(FIXTURE_PUBLIC_JWK, pin),
      keyId: FIXTURE_PIN_KEY.kid,
    },
  });
  return memberOf(response.body, 'changeCardPin', response.status);
}

/** The one root field's value; anything but HTTP 200 without errors fails the test. */
export function memberOf(
  body: { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] },
  field: string,
  status: number,
): Member {
  const member = body.data?.[field];
  if (status !== 200 || body.errors !== undefined || typeof member !== 'object' || !member) {
    throw new Error(`Expected a ${field} union member, got HTTP ${status} ${JSON.stringify(body)}`);
  }
  return member as Member;
}

/** The journal as `METHOD path fault` lines, the fault shown only when one hit the request. */
export async function journalCalls(simUrl: string): Promise<string[]> {
  return (await journal(simUrl)).map(describeEntry);
}

export function describeEntry(entry: JournalEntry): string {
  const call = `${entry.method} ${entry.path}`;
  return entry.fault === null ? call : `${call} [${entry.fault}]`;
}

/** Polls `check` until it holds; fails after `timeoutMs`. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const giveUpAt = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > giveUpAt) throw new Error(`Timed out waiting for ${what}`);

    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { readFileSync } from 'node:fs';

import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { clearJournal } from '../helpers/graphql-client.js';
import {
  FIXTURE_PIN_KEY,
  armFault,
  changePin,
  openedChangeRequest,
  journalCalls,
  queryKey,
  startResilienceGateway,
  timed,
  upstreamUnavailable,
  type Member,
} from '../helpers/resilience-harness.js';
import {
  startHeaderProxy,
  type ExtraHeaders,
  type HeaderProxy,
} from '../helpers/resilience-proxy.js';

const CARD = `/v1/cards/${ANNA_CARD}`;
const POST_PATH = `${CARD}/sca_pin_update_requests`;
const KEY_PATH = '/v1/cards/pin_keys/latest';
/** Every answer here comes back at once; the bound only catches a hang. */
const BOUND_MS = 1500;

/** A documented Solaris body from the fixtures. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/solaris/${name}.json`, import.meta.url), 'utf8');
}

/** A `validation_error` body naming one field, shaped as Solaris's 400 reference shows it. */
function fieldError(field: string, message: string): string {
  return JSON.stringify({
    errors: [
      {
        id: '3f2e1d0c-9b8a-4776-8554-433221100fed',
        status: 400,
        code: 'validation_error',
        title: 'Validation Error',
        detail: `${field} ${message}`,
        source: { field, message },
      },
    ],
  });
}

const UNPROCESSABLE = JSON.stringify({
  errors: [
    {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      status: '422',
      code: 'unprocessable_entity',
      title: 'Unprocessable Entity',
      detail: 'The card cannot take a PIN change right now.',
    },
  ],
});
const INVALID_MODEL = JSON.stringify({
  errors: [
    {
      id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      status: 400,
      code: 'invalid_model',
      title: 'Invalid Model',
      detail: 'body must be a JSON object',
    },
  ],
});
const HTML_PAGE = '<html><body><h1>Bad Gateway</h1><p>nginx</p></body></html>';
/** Over the client's 64 KiB limit, and under the simulator's own limit for a fault body. */
const HUGE_CHANGE_REQUEST = JSON.stringify({
  id: 'd6c778822b2d7bd3b778935bcfd0d1d3csc',
  status: 'AUTHORIZATION_REQUIRED',
  updated_at: '2022-04-21T13:59:52+00:00',
  url: 'https://example.com/authorize',
  padding: 'x'.repeat(512 * 1024),
});

const PIN_POLICY = {
  __typename: 'PinPolicyViolationError',
  code: 'PIN_POLICY_VIOLATION',
  message: 'Solaris refused the new PIN; ask the cardholder for another one.',
  retryable: false,
};
const VALIDATION = {
  __typename: 'ValidationError',
  code: 'VALIDATION_FAILED',
  message: 'Solaris refused the request.',
  retryable: false,
};
const UNAUTHORIZED = {
  __typename: 'UnauthorizedActionError',
  code: 'UNAUTHORIZED_ACTION',
  message: 'Solaris does not allow this action for this card.',
  retryable: false,
};
const CARD_NOT_FOUND = {
  __typename: 'CardNotFoundError',
  code: 'CARD_NOT_FOUND',
  message: `No card "${ANNA_CARD}" belongs to the caller.`,
  retryable: false,
  cardId: ANNA_CARD,
};

interface Answer {
  status: number;
  body?: string;
  contentType?: string;
}

let gateway: TestGateway;
let proxy: HeaderProxy | null = null;

afterEach(async () => {
  await gateway.close();
  await proxy?.close();
  proxy = null;
});

/** A gateway that has its Solaris token already, with an empty journal. */
async function startWarmGateway(options: Parameters<typeof startResilienceGateway>[0] = {}) {
  gateway = await startResilienceGateway(options);
  await queryKey(gateway, ANNA, ANNA_CARD);
  await clearJournal(gateway.sim.url);
}

/** The PIN change request answered once with `answer`: the member, timed. */
async function changePinAnswered(answer: Answer) {
  await armFault(gateway.sim.url, { fault: 'status', route: POST_PATH, times: 1, ...answer });

  return timed(() => changePin(gateway, ANNA, ANNA_CARD));
}

describe('each answer to the PIN change request, end to end', () => {
  it.each<[string, Answer, Member]>([
    [
      '400 naming the field pin',
      { status: 400, body: fixture('error-400-validation') },
      { ...PIN_POLICY, rule: 'SEQUENTIAL_DIGITS' },
    ],
    [
      '400 naming the field pin in words no rule matches',
      { status: 400, body: fieldError('pin', 'is not allowed') },
      { ...PIN_POLICY, rule: null },
    ],
    [
      '400 naming the field encrypted_pin',
      { status: 400, body: fieldError('encrypted_pin', 'could not be decrypted') },
      {
        __typename: 'InvalidEncryptedPinError',
        code: 'INVALID_ENCRYPTED_PIN',
        message: 'Solaris could not decrypt encryptedPin with the key it names.',
        retryable: false,
        reason: 'UNDECRYPTABLE',
      },
    ],
    [
      '400 naming another field',
      { status: 400, body: fieldError('card_id', 'is invalid') },
      { ...VALIDATION, fieldErrors: [{ field: 'card_id', message: 'is invalid' }] },
    ],
    [
      '400 naming no field',
      { status: 400, body: INVALID_MODEL },
      { ...VALIDATION, fieldErrors: [{ field: null, message: 'body must be a JSON object' }] },
    ],
    [
      '400 with an HTML page',
      { status: 400, body: HTML_PAGE, contentType: 'text/html' },
      { ...VALIDATION, fieldErrors: [{ field: null, message: 'Solaris refused the request.' }] },
    ],
    [
      '403 in the flat shape',
      { status: 403, body: fixture('error-403-unauthorized-action-flat') },
      UNAUTHORIZED,
    ],
    [
      '403 in the errors shape',
      { status: 403, body: fixture('error-403-unauthorized-action') },
      UNAUTHORIZED,
    ],
    [
      '404 in the flat shape',
      { status: 404, body: fixture('error-404-model-not-found-flat') },
      CARD_NOT_FOUND,
    ],
    [
      '422 unprocessable_entity',
      { status: 422, body: UNPROCESSABLE },
      {
        ...VALIDATION,
        fieldErrors: [{ field: null, message: 'The card cannot take a PIN change right now.' }],
      },
    ],
    ['429 without Retry-After', { status: 429 }, upstreamUnavailable()],
    [
      '500 generic_error',
      { status: 500, body: fixture('error-500-generic-flat') },
      upstreamUnavailable(),
    ],
    ['502 with an empty body', { status: 502 }, upstreamUnavailable()],
    [
      '503 with an HTML page',
      { status: 503, body: HTML_PAGE, contentType: 'text/html' },
      upstreamUnavailable(),
    ],
    [
      '504 with plain text',
      { status: 504, body: 'Gateway Timeout', contentType: 'text/plain' },
      upstreamUnavailable(),
    ],
    ['409, a status Solaris does not document', { status: 409, body: '{}' }, upstreamUnavailable()],
    ['202 with an empty body', { status: 202 }, upstreamUnavailable()],
    [
      '200 with an HTML page',
      { status: 200, body: HTML_PAGE, contentType: 'text/html' },
      upstreamUnavailable(),
    ],
    [
      '202 with truncated JSON',
      { status: 202, body: '{"id":"d6c778822b2d7bd3b778935bcfd0d1d3csc","sta' },
      upstreamUnavailable(),
    ],
    [
      '202 with a change request far larger than expected',
      { status: 202, body: HUGE_CHANGE_REQUEST },
      upstreamUnavailable(),
    ],
    [
      '400 with a body far larger than expected',
      { status: 400, body: fieldError('pin', 'x'.repeat(300 * 1024)) },
      upstreamUnavailable(),
    ],
  ])('%s', async (_name, answer, expected) => {
    await startWarmGateway();

    const { value, ms } = await changePinAnswered(answer);

    expect(value).toEqual(expected);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD}`,
      `GET ${KEY_PATH}`,
      `POST ${POST_PATH} [status]`,
    ]);
  });

  it('401 twice: one fresh token, the request sent once more, then retry later', async () => {
    await startWarmGateway();
    const refused = { status: 401, body: fixture('error-401-token-required') };
    await armFault(gateway.sim.url, { fault: 'status', route: POST_PATH, times: 2, ...refused });

    const { value, ms } = await timed(() => changePin(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeLessThan(BOUND_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD}`,
      `GET ${KEY_PATH}`,
      `POST ${POST_PATH} [status]`,
      'POST /oauth2/token',
      `POST ${POST_PATH} [status]`,
    ]);
  });

  it('401 once: the request goes again with a fresh token and succeeds', async () => {
    await startWarmGateway();
    const refused = { status: 401, body: fixture('error-401-token-required') };
    await armFault(gateway.sim.url, { fault: 'status', route: POST_PATH, times: 1, ...refused });

    const { value, ms } = await timed(() => changePin(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(openedChangeRequest(gateway.sim.url, value.id));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD}`,
      `GET ${KEY_PATH}`,
      `POST ${POST_PATH} [status]`,
      'POST /oauth2/token',
      `POST ${POST_PATH}`,
    ]);
  });

  it('429 with Retry-After: retry later, after the seconds Solaris named', async () => {
    const retryAfter: ExtraHeaders = (_request, status): Record<string, string> =>
      status === 429 ? { 'retry-after': '17' } : {};
    proxy = await startHeaderProxy(retryAfter);
    await startWarmGateway({
      upstream: {
        apiUrl: proxy.url,
        authUrl: proxy.url,
        clientId: 'sim-client-id',
        clientSecret: 'sim-client-secret',
      },
    });
    proxy.forwardTo(gateway.sim.url);
    await queryKey(gateway, ANNA, ANNA_CARD);
    await clearJournal(gateway.sim.url);

    const { value, ms } = await changePinAnswered({ status: 429, body: '{}' });

    expect(value).toEqual(upstreamUnavailable(17));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD}`,
      `GET ${KEY_PATH}`,
      `POST ${POST_PATH} [status]`,
    ]);
  });

  it('400 naming key_id after a rotation: the key is fetched again and handed out', async () => {
    // Without a grace time Solaris refuses the old key as soon as it rotates; one stale answer
    // to the key read lets the old key reach the PIN change request.
    await startWarmGateway({ sim: { keyGraceSeconds: 0 } });
    const rotated = await request(`${gateway.sim.url}/__sim/pin-keys/rotate`, { method: 'POST' });
    const { kid } = (await rotated.body.json()) as { kid: string };
    const { kty, n, e } = FIXTURE_PIN_KEY;
    const staleKey = JSON.stringify({
      kid: FIXTURE_PIN_KEY.kid,
      kty,
      use: 'enc',
      alg: 'RS256',
      n,
      e,
    });
    await armFault(gateway.sim.url, {
      fault: 'status',
      route: KEY_PATH,
      status: 200,
      body: staleKey,
      times: 1,
    });

    const { value, ms } = await timed(() => changePin(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual({
      __typename: 'EncryptionKeyExpiredError',
      code: 'ENCRYPTION_KEY_EXPIRED',
      message: `Key "${FIXTURE_PIN_KEY.kid}" is not the current PIN encryption key; encrypt again with currentKey.`,
      retryable: false,
      keyId: FIXTURE_PIN_KEY.kid,
      currentKey: { kid },
    });
    expect(ms).toBeLessThan(BOUND_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD}`,
      `GET ${KEY_PATH} [status]`,
      `POST ${POST_PATH}`,
      `GET ${KEY_PATH}`,
    ]);
  });
});

describe('each answer to the reads before it, end to end', () => {
  it.each<[string, string, Answer, Member]>([
    ['card 404', CARD, { status: 404, body: fixture('error-404-model-not-found') }, CARD_NOT_FOUND],
    [
      'card 403',
      CARD,
      { status: 403, body: fixture('error-403-unauthorized-action') },
      CARD_NOT_FOUND,
    ],
    ['card 500', CARD, { status: 500, body: fixture('error-500-generic') }, upstreamUnavailable()],
    ['card 200 with HTML', CARD, { status: 200, body: HTML_PAGE }, upstreamUnavailable()],
    [
      'key 403',
      KEY_PATH,
      { status: 403, body: fixture('error-403-unauthorized-action') },
      UNAUTHORIZED,
    ],
    [
      'key 404',
      KEY_PATH,
      { status: 404, body: fixture('error-404-model-not-found') },
      upstreamUnavailable(),
    ],
    ['key 503', KEY_PATH, { status: 503, body: HTML_PAGE }, upstreamUnavailable()],
    ['key 200 truncated', KEY_PATH, { status: 200, body: '{"kid":"5f0c' }, upstreamUnavailable()],
  ])('pinEncryptionKey with %s', async (_name, path, answer, expected) => {
    await startWarmGateway();
    await armFault(gateway.sim.url, { fault: 'status', route: path, times: 1, ...answer });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(expected);
    expect(ms).toBeLessThan(BOUND_MS);
    const reads =
      path === CARD ? [`GET ${CARD} [status]`] : [`GET ${CARD}`, `GET ${KEY_PATH} [status]`];
    expect(await journalCalls(gateway.sim.url)).toEqual(reads);
  });
});

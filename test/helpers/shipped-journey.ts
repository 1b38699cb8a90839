import { readFileSync } from 'node:fs';

import type { JWK } from 'jose';
import { request } from 'undici';

import { startTestGateway, type TestGateway, type TestGatewayOptions } from './gateway.js';
import { postGraphQL, type GraphQLHttpResponse } from './graphql-client.js';
import { encryptPin } from './jwe.js';

/** The fixed PIN key of test/fixtures: the embedded Solaris starts without generating one. */
export const FIXED_PIN_KEY = JSON.parse(
  readFileSync(new URL('../fixtures/pin-key.private.jwk.json', import.meta.url), 'utf8'),
) as JWK;

/** The operations app teams ship, read from test/contract/operations/. */
export const SHIPPED = {
  pinEncryptionKey: shippedOperation('pin-encryption-key.graphql'),
  changeCardPin: shippedOperation('change-card-pin.graphql'),
  authorizePinChange: shippedOperation('authorize-pin-change.graphql'),
  confirmPinChange: shippedOperation('confirm-pin-change.graphql'),
};

function shippedOperation(file: string): string {
  return readFileSync(new URL(`../contract/operations/${file}`, import.meta.url), 'utf8');
}

/** `startTestGateway` with the fixed PIN key, unless the options name another. */
export function startKeyedGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  return startTestGateway({ ...options, sim: { pinKey: FIXED_PIN_KEY, ...options.sim } });
}

/** An SMS the embedded Solaris sent, as `GET /__sim/sms` lists it. */
export interface SimSms {
  person_id: string;
  mobile_number: string;
  change_request_id: string;
  code: string;
  sent_at: string;
}

/** Calls one of the embedded Solaris's `/__sim/` endpoints and reads its JSON answer. */
export async function simJson(url: string, body?: unknown): Promise<unknown> {
  const response = await request(url, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return response.body.json();
}

/** What one walk through the journey sent and got, secrets included, for tests to look for. */
export interface JourneyRecord {
  responses: GraphQLHttpResponse[];
  changeRequestId: string;
  bearerToken: string;
  encryptedPin: string;
  pin: string;
  tan: string;
}

export interface JourneyOptions {
  personId: string;
  cardId: string;
  pin: string;
  /** Headers on every step, such as `x-request-id`. */
  headers?: (step: number) => Record<string, string>;
}

/**
 * Walks key -> encrypt -> open -> authorize by SMS -> confirm with the SMS code through the
 * gateway with the shipped operations; throws when a step does not give what the next one needs.
 */
export async function walkJourney(
  gateway: TestGateway,
  options: JourneyOptions,
): Promise<JourneyRecord> {
  const bearerToken = await gateway.token(options.personId);
  const responses: GraphQLHttpResponse[] = [];
  const step = async (query: string, variables: Record<string, unknown>, field: string) => {
    const response = await postGraphQL(gateway.graphqlUrl, query, {
      token: bearerToken,
      variables,
      headers: options.headers?.(responses.length) ?? {},
    });
    responses.push(response);
    const result = response.body.data?.[field] as Record<string, unknown> | undefined;
    if (
      result === undefined ||
      !['PinEncryptionKey', 'ChangeRequest'].includes(String(result['__typename']))
    ) {
      throw new Error(`${field} failed: ${JSON.stringify(response.body)}`);
    }
    return result;
  };

  const key = await step(SHIPPED.pinEncryptionKey, { cardId: options.cardId }, 'pinEncryptionKey');
  const encryptedPin = await encryptPin(key['jwk'] as JWK, options.pin);
  const opened = await step(
    SHIPPED.changeCardPin,
    { cardId: options.cardId, encryptedPin, keyId: key['kid'] },
    'changeCardPin',
  );
  const changeRequestId = String(opened['id']);
  await step(SHIPPED.authorizePinChange, { changeRequestId, method: 'SMS' }, 'authorizePinChange');
  const tan = await smsCode(gateway, options.personId, changeRequestId);
  await step(
    SHIPPED.confirmPinChange,
    { changeRequestId, confirmation: { tan } },
    'confirmPinChange',
  );

  return { responses, changeRequestId, bearerToken, encryptedPin, pin: options.pin, tan };
}

/** The code the embedded Solaris sent for one change request. */
export async function smsCode(
  gateway: TestGateway,
  personId: string,
  changeRequestId: string,
): Promise<string> {
  const sent = (await simJson(`${gateway.sim.url}/__sim/sms?person_id=${personId}`)) as SimSms[];
  const sms = sent.find((candidate) => candidate.change_request_id === changeRequestId);
  if (sms === undefined) throw new Error(`no SMS for change request ${changeRequestId}`);

  return sms.code;
}

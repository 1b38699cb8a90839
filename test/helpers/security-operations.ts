import type { JWK } from 'jose';

import { encryptPin } from './jwe.js';
import type { SecurityProbe } from './security-probe.js';

/** Every field of every member of `PinChangeRequest`, so tests can compare whole results. */
const PIN_CHANGE_RESULT = `fragment PinChangeResult on PinChangeRequest {
  __typename
  ... on ChangeRequest { id status updatedAt authorizationUrl stringToSign availableMethods }
  ... on PinChangeError { message code retryable }
  ... on CardNotFoundError { cardId }
  ... on CardNotEligibleError { cardId cardStatus }
  ... on InvalidEncryptedPinError { reason }
  ... on EncryptionKeyExpiredError { keyId currentKey { kid kty use alg n e encryption jwk } }
  ... on PinPolicyViolationError { rule }
  ... on ValidationError { fieldErrors { field message } }
  ... on ChangeRequestNotFoundError { changeRequestId }
  ... on ChangeRequestExpiredError { changeRequestId }
  ... on InvalidTanError { changeRequestAlive }
  ... on RateLimitedError { retryAfterSeconds }
  ... on UpstreamUnavailableError { retryAfterSeconds }
}`;

export const KEY_QUERY = `query Key($cardId: ID!) {
  pinEncryptionKey(cardId: $cardId) {
    __typename
    ... on PinEncryptionKey { kid kty use alg n e encryption jwk }
    ... on PinChangeError { message code retryable }
    ... on CardNotFoundError { cardId }
    ... on CardNotEligibleError { cardId cardStatus }
    ... on RateLimitedError { retryAfterSeconds }
    ... on UpstreamUnavailableError { retryAfterSeconds }
  }
}`;

export const CHANGE_PIN = `mutation ChangePin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
  changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
    ...PinChangeResult
  }
}
${PIN_CHANGE_RESULT}`;

export const AUTHORIZE = `mutation Authorize($changeRequestId: ID!, $method: ScaMethod!, $deviceId: ID) {
  authorizePinChange(changeRequestId: $changeRequestId, method: $method, deviceId: $deviceId) {
    ...PinChangeResult
  }
}
${PIN_CHANGE_RESULT}`;

export const CONFIRM = `mutation Confirm($changeRequestId: ID!, $confirmation: ScaConfirmation!) {
  confirmPinChange(changeRequestId: $changeRequestId, confirmation: $confirmation) {
    ...PinChangeResult
  }
}
${PIN_CHANGE_RESULT}`;

/** The PIN encryption key as `pinEncryptionKey` returns it in full. */
export interface ServedKey {
  __typename: 'PinEncryptionKey';
  kid: string;
  kty: string;
  use: string;
  alg: string;
  n: string;
  e: string;
  encryption: string;
  jwk: JWK & { kid: string };
}

/** The root field's value of a GraphQL response, or a failure naming what came instead. */
export function rootField(
  response: { json: { data?: Record<string, unknown> | null } | null },
  field: string,
): Record<string, unknown> {
  const value = response.json?.data?.[field];
  if (typeof value !== 'object' || value === null) {
    throw new Error(`no ${field} in ${JSON.stringify(response.json)}`);
  }
  return value as Record<string, unknown>;
}

/** Fetches the key for `cardId` through the gateway; fails unless it is served. */
export async function fetchKey(
  probe: SecurityProbe,
  token: string,
  cardId: string,
): Promise<ServedKey> {
  const response = await probe.graphql(KEY_QUERY, { token, variables: { cardId } });
  const key = rootField(response, 'pinEncryptionKey');
  if (key['__typename'] !== 'PinEncryptionKey') {
    throw new Error(`expected the key, got ${JSON.stringify(key)}`);
  }
  return key as unknown as ServedKey;
}

/** `{"pin": pin}` encrypted as the app does, registered with the probe as secrets. */
export async function encryptedPin(
  probe: SecurityProbe,
  key: ServedKey,
  pin: string,
): Promise<string> {
  const jwe = await encryptPin(key.jwk, pin);
  probe.secret(pin);
  probe.secretJwe(jwe);
  return jwe;
}

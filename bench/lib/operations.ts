/**
 * The two operations the benchmark drives, as an app sends them, and the exact JSON answer a
 * successful one gets. The baseline builds its answers with the same functions, so gateway and
 * baseline are held to byte-identical bodies (Apollo ends its JSON with a newline; so do these).
 */

export type OperationName = 'pinEncryptionKey' | 'changeCardPin';

export const OPERATION_NAMES: readonly OperationName[] = ['pinEncryptionKey', 'changeCardPin'];

/** The GraphQL operation names the documents declare; the baseline dispatches on them. */
export const GRAPHQL_OPERATION_NAMES: Record<OperationName, string> = {
  pinEncryptionKey: 'PinEncryptionKey',
  changeCardPin: 'ChangeCardPin',
};

const PIN_ENCRYPTION_KEY_DOCUMENT = `query PinEncryptionKey($cardId: ID!) {
  pinEncryptionKey(cardId: $cardId) {
    __typename
    ... on PinEncryptionKey { kid kty use alg n e encryption jwk }
    ... on CardNotEligibleError { cardStatus }
    ... on RateLimitedError { retryAfterSeconds }
    ... on UpstreamUnavailableError { upstreamRetryAfterSeconds: retryAfterSeconds }
    ... on PinChangeError { code message retryable }
  }
}`;

const CHANGE_CARD_PIN_DOCUMENT = `mutation ChangeCardPin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
  changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
    __typename
    ... on ChangeRequest { id status updatedAt authorizationUrl availableMethods }
    ... on InvalidEncryptedPinError { reason }
    ... on EncryptionKeyExpiredError { keyId currentKey { kid jwk } }
    ... on PinPolicyViolationError { rule }
    ... on CardNotEligibleError { cardStatus }
    ... on ValidationError { fieldErrors { field message } }
    ... on RateLimitedError { retryAfterSeconds }
    ... on UpstreamUnavailableError { upstreamRetryAfterSeconds: retryAfterSeconds }
    ... on PinChangeError { code message retryable }
  }
}`;

/** What an operation is about: the card, and for a PIN change the JWE and its key id. */
export interface OperationInputs {
  cardId: string;
  encryptedPin: string;
  keyId: string;
}

/** The HTTP body of one operation; the same bytes every time. */
export function operationBody(operation: OperationName, inputs: OperationInputs): string {
  if (operation === 'pinEncryptionKey') {
    return JSON.stringify({
      operationName: GRAPHQL_OPERATION_NAMES.pinEncryptionKey,
      query: PIN_ENCRYPTION_KEY_DOCUMENT,
      variables: { cardId: inputs.cardId },
    });
  }
  return JSON.stringify({
    operationName: GRAPHQL_OPERATION_NAMES.changeCardPin,
    query: CHANGE_CARD_PIN_DOCUMENT,
    variables: { cardId: inputs.cardId, encryptedPin: inputs.encryptedPin, keyId: inputs.keyId },
  });
}

/** Solaris's PIN key as `GET /v1/cards/pin_keys/latest` publishes it. */
export interface SolarisPinKey {
  kid: string;
  kty: string;
  n: string;
  e: string;
}

/** Solaris's change request as `POST .../sca_pin_update_requests` answers it. */
export interface SolarisChangeRequest {
  id: string;
  status: string;
  updated_at: string;
  url?: string | null;
}

/** The answer to `pinEncryptionKey` for a card the caller owns: the key relabelled for encryption. */
export function keyAnswer(key: SolarisPinKey): string {
  const jwk = { kty: key.kty, kid: key.kid, use: 'enc', alg: 'RSA-OAEP-256', n: key.n, e: key.e };
  return answerText({
    data: {
      pinEncryptionKey: {
        __typename: 'PinEncryptionKey',
        kid: key.kid,
        kty: key.kty,
        use: 'enc',
        alg: 'RSA-OAEP-256',
        n: key.n,
        e: key.e,
        encryption: 'A256CBC-HS512',
        jwk,
      },
    },
  });
}

/** The answer to `changeCardPin` once Solaris opened the change request. */
export function changeRequestAnswer(changeRequest: SolarisChangeRequest): string {
  return answerText({
    data: {
      changeCardPin: {
        __typename: 'ChangeRequest',
        id: changeRequest.id,
        status: changeRequest.status,
        updatedAt: changeRequest.updated_at,
        authorizationUrl: changeRequest.url ?? null,
        availableMethods:
          changeRequest.status === 'AUTHORIZATION_REQUIRED' ? ['SMS', 'DEVICE_SIGNING'] : [],
      },
    },
  });
}

function answerText(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

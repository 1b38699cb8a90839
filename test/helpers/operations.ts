/** The operations the end-to-end tests send, written as an app team would. */
export const ERROR_FIELDS = '... on PinChangeError { code message retryable }';

export const PIN_ENCRYPTION_KEY = `
  query PinEncryptionKey($cardId: ID!) {
    pinEncryptionKey(cardId: $cardId) {
      __typename
      ... on PinEncryptionKey { kid kty use alg n e encryption jwk }
      ... on CardNotEligibleError { cardId cardStatus }
      ... on CardNotFoundError { cardId }
      ... on UpstreamUnavailableError { retryAfterSeconds }
      ... on RateLimitedError { retryAfterSeconds }
      ${ERROR_FIELDS}
    }
  }`;

const PIN_CHANGE_REQUEST_FIELDS = `
  __typename
  ... on ChangeRequest { id status updatedAt authorizationUrl stringToSign availableMethods }
  ... on CardNotFoundError { cardId }
  ... on CardNotEligibleError { cardId cardStatus }
  ... on InvalidEncryptedPinError { reason }
  ... on EncryptionKeyExpiredError { keyId currentKey { kid alg jwk } }
  ... on PinPolicyViolationError { rule }
  ... on ValidationError { fieldErrors { field message } }
  ... on ChangeRequestNotFoundError { changeRequestId }
  ... on ChangeRequestExpiredError { changeRequestId }
  ... on InvalidTanError { changeRequestAlive }
  ... on RateLimitedError { retryAfterSeconds }
  ... on UpstreamUnavailableError { retryAfterSeconds }
  ${ERROR_FIELDS}`;

export const CHANGE_CARD_PIN = `
  mutation ChangeCardPin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
    changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
      ${PIN_CHANGE_REQUEST_FIELDS}
    }
  }`;

export const AUTHORIZE_PIN_CHANGE = `
  mutation AuthorizePinChange($changeRequestId: ID!, $method: ScaMethod!, $deviceId: ID) {
    authorizePinChange(changeRequestId: $changeRequestId, method: $method, deviceId: $deviceId) {
      ${PIN_CHANGE_REQUEST_FIELDS}
    }
  }`;

export const CONFIRM_PIN_CHANGE = `
  mutation ConfirmPinChange($changeRequestId: ID!, $confirmation: ScaConfirmation!) {
    confirmPinChange(changeRequestId: $changeRequestId, confirmation: $confirmation) {
      ${PIN_CHANGE_REQUEST_FIELDS}
    }
  }`;

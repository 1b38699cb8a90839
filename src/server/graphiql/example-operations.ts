/**
 * The whole PIN change journey as one GraphQL document, one named operation per step, for
 * GraphiQL's editor: the operations app teams ship, as test/contract/operations/ holds them (a
 * contract test keeps the two the same; production images carry no test files, hence the copy).
 */
export const JOURNEY_EXAMPLE = `# The PIN change journey, one operation per step. Run them in order with the run button,
# which asks which operation to run, and carry each result into the variables below.
#
# 1. PinEncryptionKey: the key to encrypt the new PIN with. Fetch it before every change.
# 2. On the device, encrypt the UTF-8 string {"pin":"NNNN"} into a compact JWE with alg
#    RSA-OAEP-256, enc A256CBC-HS512 and the key's kid in the protected header. Put the JWE in
#    "encryptedPin" and the kid in "keyId".
# 3. ChangeCardPin opens a change request: put its id in "changeRequestId".
# 4. AuthorizePinChange: SMS sends a one-time code to the cardholder's phone (DEVICE_SIGNING,
#    with a deviceId, returns stringToSign for the bound device instead).
# 5. ConfirmPinChange with the code as {"tan": "..."} (or a deviceSignature). COMPLETED: done.
#
# Errors come back as a typed variant with code, message and retryable.

query PinEncryptionKey($cardId: ID!) {
  pinEncryptionKey(cardId: $cardId) {
    __typename
    ... on PinEncryptionKey {
      kid
      kty
      use
      alg
      n
      e
      encryption
      jwk
    }
    ... on CardNotFoundError {
      cardId
    }
    ... on CardNotEligibleError {
      cardId
      cardStatus
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on UpstreamUnavailableError {
      retryAfterSeconds
    }
    ... on PinChangeError {
      code
      message
      retryable
    }
  }
}

mutation ChangeCardPin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
  changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
    __typename
    ... on ChangeRequest {
      id
      status
      updatedAt
      authorizationUrl
      availableMethods
    }
    ... on CardNotFoundError {
      cardId
    }
    ... on CardNotEligibleError {
      cardId
      cardStatus
    }
    ... on InvalidEncryptedPinError {
      reason
    }
    ... on EncryptionKeyExpiredError {
      keyId
      currentKey {
        kid
        kty
        use
        alg
        n
        e
        encryption
        jwk
      }
    }
    ... on PinPolicyViolationError {
      rule
    }
    ... on ValidationError {
      fieldErrors {
        field
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on UpstreamUnavailableError {
      retryAfterSeconds
    }
    ... on PinChangeError {
      code
      message
      retryable
    }
  }
}

mutation AuthorizePinChange($changeRequestId: ID!, $method: ScaMethod!, $deviceId: ID) {
  authorizePinChange(changeRequestId: $changeRequestId, method: $method, deviceId: $deviceId) {
    __typename
    ... on ChangeRequest {
      id
      status
      updatedAt
      stringToSign
      availableMethods
    }
    ... on ChangeRequestNotFoundError {
      changeRequestId
    }
    ... on ChangeRequestExpiredError {
      changeRequestId
    }
    ... on ValidationError {
      fieldErrors {
        field
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on UpstreamUnavailableError {
      retryAfterSeconds
    }
    ... on PinChangeError {
      code
      message
      retryable
    }
  }
}

mutation ConfirmPinChange($changeRequestId: ID!, $confirmation: ScaConfirmation!) {
  confirmPinChange(changeRequestId: $changeRequestId, confirmation: $confirmation) {
    __typename
    ... on ChangeRequest {
      id
      status
      updatedAt
    }
    ... on InvalidTanError {
      changeRequestAlive
    }
    ... on PinPolicyViolationError {
      rule
    }
    ... on ChangeRequestNotFoundError {
      changeRequestId
    }
    ... on ChangeRequestExpiredError {
      changeRequestId
    }
    ... on ValidationError {
      fieldErrors {
        field
        message
      }
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on UpstreamUnavailableError {
      retryAfterSeconds
    }
    ... on PinChangeError {
      code
      message
      retryable
    }
  }
}
`;

/**
 * Variables for {@link JOURNEY_EXAMPLE}, as JSON text for GraphiQL's variables editor: the card
 * filled in, and placeholders, in angle brackets, for what the earlier steps return.
 */
export function journeyExampleVariables(cardId: string): string {
  const variables = {
    cardId,
    encryptedPin: '<compact JWE of {"pin":"NNNN"}, encrypted with the key>',
    keyId: '<kid of the key>',
    changeRequestId: '<id from ChangeCardPin>',
    method: 'SMS',
    confirmation: { tan: '<one-time code from the SMS>' },
  };

  return `${JSON.stringify(variables, null, 2)}\n`;
}

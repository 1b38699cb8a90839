import { assertNever } from '../assert-never.js';
import type { KeyFailure, PinChangeFailure } from '../pin-change/results.js';
import type { ResolversUnionTypes, ResolversTypes } from '../generated/resolvers-types.js';

type PinChangeRequestMember = ResolversUnionTypes<ResolversTypes>['PinChangeRequest'];
type ErrorMember = Exclude<PinChangeRequestMember, { __typename: 'ChangeRequest' }>;

/**
 * The one place where a use-case failure becomes its GraphQL error variant, with its stable code,
 * its message and whether a retry can help. Messages never quote a secret.
 */
export function failureToGraphQL(failure: PinChangeFailure): ErrorMember {
  switch (failure.kind) {
    case 'CardNotFound':
      return {
        __typename: 'CardNotFoundError',
        code: 'CARD_NOT_FOUND',
        message: `No card "${failure.cardId}" belongs to the caller.`,
        retryable: false,
        cardId: failure.cardId,
      };
    case 'CardNotEligible':
      return {
        __typename: 'CardNotEligibleError',
        code: 'CARD_NOT_ELIGIBLE',
        message: `Card "${failure.cardId}" is ${failure.cardStatus} and cannot take a PIN change.`,
        retryable: false,
        cardId: failure.cardId,
        cardStatus: failure.cardStatus,
      };
    case 'InvalidEncryptedPin':
      return {
        __typename: 'InvalidEncryptedPinError',
        code: 'INVALID_ENCRYPTED_PIN',
        message: failure.detail,
        retryable: false,
        reason: failure.problem,
      };
    case 'EncryptionKeyExpired':
      return {
        __typename: 'EncryptionKeyExpiredError',
        code: 'ENCRYPTION_KEY_EXPIRED',
        message: `Key "${failure.keyId}" is not the current PIN encryption key; encrypt again with currentKey.`,
        retryable: false,
        keyId: failure.keyId,
        currentKey: failure.currentKey,
      };
    case 'PinPolicyViolation':
      return {
        __typename: 'PinPolicyViolationError',
        code: 'PIN_POLICY_VIOLATION',
        message: 'Solaris refused the new PIN; ask the cardholder for another one.',
        retryable: false,
        rule: failure.rule,
      };
    case 'UnauthorizedAction':
      return {
        __typename: 'UnauthorizedActionError',
        code: 'UNAUTHORIZED_ACTION',
        message:
          failure.deviceId === null
            ? 'Solaris does not allow this action for this card.'
            : `Solaris refused device "${failure.deviceId}" for this change request; use a device bound to the cardholder, or SMS.`,
        retryable: false,
      };
    case 'Validation':
      return {
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Solaris refused the request.',
        retryable: false,
        fieldErrors: failure.fieldErrors,
      };
    default:
      return changeRequestFailureToGraphQL(failure);
  }
}

function changeRequestFailureToGraphQL(
  failure: Exclude<
    PinChangeFailure,
    {
      kind:
        | 'CardNotFound'
        | 'CardNotEligible'
        | 'InvalidEncryptedPin'
        | 'EncryptionKeyExpired'
        | 'PinPolicyViolation'
        | 'UnauthorizedAction'
        | 'Validation';
    }
  >,
): ErrorMember {
  switch (failure.kind) {
    case 'ChangeRequestNotFound':
      return {
        __typename: 'ChangeRequestNotFoundError',
        code: 'CHANGE_REQUEST_NOT_FOUND',
        message: `No change request "${failure.changeRequestId}" belongs to the caller.`,
        retryable: false,
        changeRequestId: failure.changeRequestId,
      };
    case 'ChangeRequestExpired':
      return {
        __typename: 'ChangeRequestExpiredError',
        code: 'CHANGE_REQUEST_EXPIRED',
        message: `Change request "${failure.changeRequestId}" has ended; start over with a fresh key.`,
        retryable: false,
        changeRequestId: failure.changeRequestId,
      };
    case 'InvalidTan':
      return {
        __typename: 'InvalidTanError',
        code: 'INVALID_TAN',
        message: 'The one-time code or signature was not accepted.',
        retryable: false,
        changeRequestAlive: failure.changeRequestAlive,
      };
    case 'MobileNumberMissing':
      return {
        __typename: 'MobileNumberMissingError',
        code: 'MOBILE_NUMBER_MISSING',
        message: 'The cardholder has no verified mobile number; use DEVICE_SIGNING.',
        retryable: false,
      };
    case 'DeviceIdRequired':
      return {
        __typename: 'DeviceIdRequiredError',
        code: 'DEVICE_ID_REQUIRED',
        message: 'DEVICE_SIGNING needs deviceId.',
        retryable: false,
      };
    case 'RateLimited':
      return {
        __typename: 'RateLimitedError',
        code: 'RATE_LIMITED',
        message: `Too many operations; retry in ${failure.retryAfterSeconds} s.`,
        retryable: true,
        retryAfterSeconds: failure.retryAfterSeconds,
      };
    case 'UpstreamUnavailable':
      return {
        __typename: 'UpstreamUnavailableError',
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'Solaris is not available right now; retry later.',
        retryable: true,
        retryAfterSeconds: failure.retryAfterSeconds,
      };
    default:
      return assertNever(failure);
  }
}

type KeyErrorMember = Exclude<
  ResolversUnionTypes<ResolversTypes>['PinEncryptionKeyResult'],
  { __typename: 'PinEncryptionKey' }
>;

/** `failureToGraphQL` for the failures of `pinEncryptionKey`, whose variants that union holds. */
export function keyFailureToGraphQL(failure: KeyFailure): KeyErrorMember {
  // Each KeyFailure kind maps to a variant that is a member of PinEncryptionKeyResult too.
  return failureToGraphQL(failure) as KeyErrorMember;
}

import type { ChangeRequest, PinKey } from '../solaris/types.js';

/** What exactly is wrong with an encrypted PIN. */
export type EncryptedPinProblem =
  | 'NOT_COMPACT_JWE'
  | 'TOO_LONG'
  | 'MALFORMED_HEADER'
  | 'UNSUPPORTED_ALGORITHM'
  | 'UNSUPPORTED_ENCRYPTION'
  | 'UNSUPPORTED_HEADER_PARAMETER'
  | 'MISSING_KEY_ID'
  | 'KEY_ID_MISMATCH'
  | 'INVALID_ENCRYPTED_KEY'
  | 'INVALID_IV'
  | 'INVALID_TAG'
  | 'EMPTY_CIPHERTEXT'
  | 'UNDECRYPTABLE';

/** The PIN rules Solaris enforces after decryption. */
export type PinRule = 'LENGTH' | 'SEQUENTIAL_DIGITS' | 'REPEATED_DIGITS';

/** Every way a PIN change step can fail, each telling the app what to do next. */
export type PinChangeFailure =
  | { kind: 'CardNotFound'; cardId: string }
  | { kind: 'CardNotEligible'; cardId: string; cardStatus: string }
  | { kind: 'InvalidEncryptedPin'; problem: EncryptedPinProblem; detail: string }
  | { kind: 'EncryptionKeyExpired'; keyId: string; currentKey: PinKey }
  | { kind: 'PinPolicyViolation'; rule: PinRule | null }
  /** Solaris refused; `deviceId` when it refused that device for the change request. */
  | { kind: 'UnauthorizedAction'; deviceId: string | null }
  | { kind: 'Validation'; fieldErrors: { field: string | null; message: string }[] }
  | { kind: 'ChangeRequestNotFound'; changeRequestId: string }
  | { kind: 'ChangeRequestExpired'; changeRequestId: string }
  | { kind: 'InvalidTan'; changeRequestAlive: boolean }
  | { kind: 'MobileNumberMissing' }
  | { kind: 'DeviceIdRequired' }
  | { kind: 'RateLimited'; retryAfterSeconds: number }
  | { kind: 'UpstreamUnavailable'; retryAfterSeconds: number };

/** The failures `pinEncryptionKey` can end in. */
export type KeyFailure = Extract<
  PinChangeFailure,
  {
    kind:
      | 'CardNotFound'
      | 'CardNotEligible'
      | 'UnauthorizedAction'
      | 'RateLimited'
      | 'UpstreamUnavailable';
  }
>;

export type KeyResult = { kind: 'Key'; key: PinKey } | KeyFailure;

export type ChangeRequestResult =
  { kind: 'ChangeRequest'; changeRequest: ChangeRequest } | PinChangeFailure;

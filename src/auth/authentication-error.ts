/** Why a request carries no usable caller identity. */
export type AuthenticationFailure =
  /** No `Authorization: Bearer` header. */
  | 'missing_token'
  /** The token is not a well-formed, correctly signed JWT for this gateway. */
  | 'invalid_token'
  /** The token is well formed and signed but has expired. */
  | 'expired_token'
  /** The identity provider's keys could not be fetched; the caller is not at fault. */
  | 'keys_unavailable';

/** A request that cannot be attributed to a cardholder. Its message never quotes the token. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly failure: AuthenticationFailure;

  constructor(failure: AuthenticationFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.failure = failure;
  }
}

/**
 * Every way a Solaris call can fail, as one closed family. The client maps undici error codes,
 * HTTP statuses and Solaris error bodies into these once; nothing above it sees anything else.
 */
export type SolarisErrorCode =
  /** 404, `model_not_found`. */
  | 'SOLARIS_NOT_FOUND'
  /** 403, `unauthorized_action`. */
  | 'SOLARIS_UNAUTHORIZED_ACTION'
  /** 400 (`validation_error`, `invalid_model`, ...), with field errors. */
  | 'SOLARIS_VALIDATION'
  /** 403 or 422 with code `invalid_tan`. */
  | 'SOLARIS_INVALID_TAN'
  /** 422 `unprocessable_entity`, such as an expired change request. */
  | 'SOLARIS_UNPROCESSABLE'
  /** 429, with `retryAfterSeconds` from `Retry-After` when given. */
  | 'SOLARIS_RATE_LIMITED'
  /** Timeouts, resets, 5xx, unreadable bodies, a refused token request, an open breaker. */
  | 'SOLARIS_UNAVAILABLE';

/** One entry of a Solaris `errors[]` body, flattened. */
export interface SolarisFieldError {
  field: string | null;
  message: string;
}

export interface SolarisErrorDetails {
  httpStatus?: number | null;
  solarisCode?: string | null;
  solarisErrorId?: string | null;
  detail?: string | null;
  fieldErrors?: SolarisFieldError[];
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/** A failed Solaris call. `message` never contains a secret or a request body. */
export class SolarisError extends Error {
  override readonly name = 'SolarisError';
  readonly code: SolarisErrorCode;
  readonly httpStatus: number | null;
  readonly solarisCode: string | null;
  readonly solarisErrorId: string | null;
  readonly detail: string | null;
  readonly fieldErrors: SolarisFieldError[];
  readonly retryAfterSeconds: number | null;

  constructor(code: SolarisErrorCode, message: string, details: SolarisErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.httpStatus = details.httpStatus ?? null;
    this.solarisCode = details.solarisCode ?? null;
    this.solarisErrorId = details.solarisErrorId ?? null;
    this.detail = details.detail ?? null;
    this.fieldErrors = details.fieldErrors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

import { SolarisError } from '../solaris/errors.js';
import type { PinChangeFailure } from './results.js';

/** The wait suggested when neither Solaris nor the circuit breaker named one. */
export const DEFAULT_RETRY_AFTER_SECONDS = 2;

/**
 * The failure for a Solaris error that no step-specific rule claimed: trouble on Solaris's side or
 * on the way there, always retryable. Anything that is not a `SolarisError` is a defect and is
 * rethrown for the gateway's one funnel for the unexpected.
 */
export function upstreamFailure(
  error: unknown,
): Extract<PinChangeFailure, { kind: 'UpstreamUnavailable' }> {
  if (!(error instanceof SolarisError)) {
    throw error;
  }
  return {
    kind: 'UpstreamUnavailable',
    retryAfterSeconds: error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
  };
}

/**
 * The failure for a key read a step depends on. Solaris's 403 refuses the action for good, so
 * the app must not be told to retry; anything else is `upstreamFailure`.
 */
export function keyReadFailure(
  error: unknown,
): Extract<PinChangeFailure, { kind: 'UnauthorizedAction' | 'UpstreamUnavailable' }> {
  if (asSolarisError(error).code === 'SOLARIS_UNAUTHORIZED_ACTION') {
    return { kind: 'UnauthorizedAction', deviceId: null };
  }
  return upstreamFailure(error);
}

/** The Solaris error behind a failed load, or the unexpected error rethrown. */
export function asSolarisError(error: unknown): SolarisError {
  if (error instanceof SolarisError) {
    return error;
  }
  throw error;
}

/** Solaris's field errors, or one entry with its detail when it named no field. */
export function fieldErrorsOf(error: SolarisError): { field: string | null; message: string }[] {
  if (error.fieldErrors.length > 0) {
    return error.fieldErrors;
  }
  return [{ field: null, message: error.detail ?? 'Solaris refused the request.' }];
}

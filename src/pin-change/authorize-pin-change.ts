import { assertNever } from '../assert-never.js';
import type { SolarisError } from '../solaris/errors.js';
import type { AuthorizeInput } from '../solaris/types.js';
import { checkRateLimit } from './rate-limit.js';
import type { ChangeRequestResult } from './results.js';
import type { PinChangeSession } from './session.js';
import { asSolarisError, fieldErrorsOf, upstreamFailure } from './upstream-failure.js';

export type ScaMethod = 'SMS' | 'DEVICE_SIGNING';

export interface AuthorizePinChangeInput {
  changeRequestId: string;
  method: ScaMethod;
  deviceId: string | null;
}

/**
 * Starts strong customer authentication. The person id sent to Solaris is always the verified
 * caller's, so Solaris refuses a change request that is not theirs.
 */
export async function authorizePinChange(
  session: PinChangeSession,
  input: AuthorizePinChangeInput,
): Promise<ChangeRequestResult> {
  const limited = await checkRateLimit(session, 'mutation');
  if (limited !== null) {
    return limited;
  }

  const body = authorizeBody(session, input);
  if (body === null) {
    return { kind: 'DeviceIdRequired' };
  }

  try {
    const changeRequest = await session.solaris.authorizeChangeRequest(
      input.changeRequestId,
      body,
      session.callOptions,
    );
    return { kind: 'ChangeRequest', changeRequest };
  } catch (error: unknown) {
    const refusal = asSolarisError(error);
    // With device signing Solaris answers 403 for a device that is not bound to the change
    // request's cardholder: the app can fix that (another device, or SMS), unlike a missing
    // change request.
    if (
      body.deliveryMethod === 'device_signing' &&
      refusal.code === 'SOLARIS_UNAUTHORIZED_ACTION'
    ) {
      return { kind: 'UnauthorizedAction', deviceId: body.deviceId };
    }
    return changeRequestRefusal(input.changeRequestId, refusal);
  }
}

function authorizeBody(
  session: PinChangeSession,
  input: AuthorizePinChangeInput,
): AuthorizeInput | null {
  switch (input.method) {
    case 'SMS':
      return { deliveryMethod: 'mobile_number', personId: session.caller.personId };
    case 'DEVICE_SIGNING':
      return input.deviceId === null || input.deviceId === ''
        ? null
        : { deliveryMethod: 'device_signing', deviceId: input.deviceId };
    default:
      return assertNever(input.method);
  }
}

/**
 * Maps Solaris's refusal of an authorize or confirm call. A change request of someone else
 * (Solaris's 403) answers like one that does not exist, so ids cannot be probed.
 */
export function changeRequestRefusal(
  changeRequestId: string,
  error: SolarisError,
): ChangeRequestResult {
  switch (error.code) {
    case 'SOLARIS_NOT_FOUND':
    case 'SOLARIS_UNAUTHORIZED_ACTION':
      return { kind: 'ChangeRequestNotFound', changeRequestId };
    case 'SOLARIS_UNPROCESSABLE':
      return { kind: 'ChangeRequestExpired', changeRequestId };
    case 'SOLARIS_INVALID_TAN':
      // Solaris may end a change request on a wrong code and does not say whether it did; the
      // app is told to start over rather than to retry into a dead change request.
      return { kind: 'InvalidTan', changeRequestAlive: false };
    case 'SOLARIS_VALIDATION':
      if (error.fieldErrors.some((fieldError) => fieldError.field === 'mobile_number')) {
        return { kind: 'MobileNumberMissing' };
      }
      return { kind: 'Validation', fieldErrors: fieldErrorsOf(error) };
    case 'SOLARIS_RATE_LIMITED':
    case 'SOLARIS_UNAVAILABLE':
      return upstreamFailure(error);
    default:
      return assertNever(error.code);
  }
}

import type { ConfirmInput } from '../solaris/types.js';
import { changeRequestRefusal } from './authorize-pin-change.js';
import { checkRateLimit } from './rate-limit.js';
import type { ChangeRequestResult } from './results.js';
import type { PinChangeSession } from './session.js';
import { asSolarisError } from './upstream-failure.js';

/** Exactly one proof of the cardholder, as the GraphQL `@oneOf` input guarantees. */
export type ScaProof = { tan: string } | { deviceId: string; signature: string };

export interface ConfirmPinChangeInput {
  changeRequestId: string;
  proof: ScaProof;
}

/**
 * Completes strong customer authentication with a one-time code or a device signature. Each
 * change request takes a bounded number of attempts, whatever Solaris itself allows.
 */
export async function confirmPinChange(
  session: PinChangeSession,
  input: ConfirmPinChangeInput,
): Promise<ChangeRequestResult> {
  const limited =
    (await checkRateLimit(session, 'mutation')) ??
    (await checkRateLimit(
      session,
      'confirmation',
      // Per caller and change request: someone who learned the id cannot use up the owner's tries.
      `${session.caller.personId}:${input.changeRequestId}`,
    ));
  if (limited !== null) {
    return limited;
  }

  const body: ConfirmInput =
    'tan' in input.proof
      ? { personId: session.caller.personId, tan: input.proof.tan }
      : { deviceId: input.proof.deviceId, signature: input.proof.signature };

  try {
    const changeRequest = await session.solaris.confirmChangeRequest(
      input.changeRequestId,
      body,
      session.callOptions,
    );
    return { kind: 'ChangeRequest', changeRequest };
  } catch (error: unknown) {
    return changeRequestRefusal(input.changeRequestId, asSolarisError(error));
  }
}

import type { LimitKind } from '../limits/rate-limiter.js';
import type { PinChangeFailure } from './results.js';
import type { PinChangeSession } from './session.js';

/** Counts one call against the caller's limit; the failure to return when it is exhausted. */
export async function checkRateLimit(
  session: PinChangeSession,
  kind: LimitKind,
  key = session.caller.personId,
): Promise<Extract<PinChangeFailure, { kind: 'RateLimited' }> | null> {
  const decision = await session.limiter.consume(kind, key);
  if (decision.allowed) {
    return null;
  }
  return { kind: 'RateLimited', retryAfterSeconds: decision.retryAfterSeconds };
}

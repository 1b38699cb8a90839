import { expect } from '@jest/globals';

import type { LimitDecision, LimitKind, RateLimiter } from '../../src/limits/rate-limiter.js';

/** Counts `times` calls one after another, as one caller retrying would. */
export async function consumeTimes(
  limiter: RateLimiter,
  kind: LimitKind,
  key: string,
  times: number,
): Promise<LimitDecision[]> {
  const decisions: LimitDecision[] = [];
  for (let call = 0; call < times; call += 1) {
    decisions.push(await limiter.consume(kind, key));
  }
  return decisions;
}

/** `times` allowed decisions. */
export function allowed(times: number): LimitDecision[] {
  return Array.from({ length: times }, () => ({ allowed: true }));
}

/** Asserts a refusal whose retry-after lies in [min, max] seconds. */
export function expectRefusedWithin(decision: LimitDecision | undefined, min: number, max: number) {
  expect(decision).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
  if (decision === undefined || decision.allowed) return;

  expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(min);
  expect(decision.retryAfterSeconds).toBeLessThanOrEqual(max);
}

import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import type { LimitKind } from './rate-limiter.js';

/** Where the counts live: one rate-limiter-flexible counter per kind, and the store's upkeep. */
export interface CountingStore {
  counters: Record<LimitKind, RateLimiterAbstract>;
  /** Resolves when a count may be attempted; never rejects. */
  beforeCount(): Promise<void>;
  countSucceeded(): void;
  countFailed(error: unknown): void;
  close(): Promise<void>;
}

/** The key prefix of one kind's counts, shared by every replica on the same Redis. */
export function keyPrefix(kind: LimitKind): string {
  return `card-pin-gateway:rl:${kind}`;
}

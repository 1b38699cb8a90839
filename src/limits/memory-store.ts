import { RateLimiterMemory } from 'rate-limiter-flexible';

import type { Logger } from '../logger.js';
import type { CountingStore } from './counting-store.js';
import { keyPrefix } from './counting-store.js';
import type { LimitRule } from './limit-rules.js';
import type { LimitKind } from './rate-limiter.js';

function memoryCounter(kind: LimitKind, rule: LimitRule): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: keyPrefix(kind),
    points: rule.points,
    duration: rule.windowSeconds,
  });
}

/**
 * Counts in this process only: right for one replica and for development. Behind a load
 * balancer each replica would count on its own, which is why `REDIS_URL` exists.
 */
export function createMemoryStore(
  rules: Record<LimitKind, LimitRule>,
  logger: Logger,
): CountingStore {
  return {
    counters: {
      query: memoryCounter('query', rules.query),
      mutation: memoryCounter('mutation', rules.mutation),
      confirmation: memoryCounter('confirmation', rules.confirmation),
    },
    beforeCount: () => Promise.resolve(),
    countSucceeded: () => undefined,
    // The in-memory counter has nothing that can go down; a failure here is a defect.
    countFailed: (error) => logger.error({ err: error }, 'in-memory rate limit count failed'),
    close: () => Promise.resolve(),
  };
}

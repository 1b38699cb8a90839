import { RateLimiterRes } from 'rate-limiter-flexible';

import type { Logger } from '../logger.js';
import type { CountingStore } from './counting-store.js';
import type { LimitCounts, LimitRule } from './limit-rules.js';
import { limitRules, STORE_FAILURE_RETRY_AFTER_SECONDS } from './limit-rules.js';
import { createMemoryStore } from './memory-store.js';
import type { LimitDecision, LimitKind, RateLimiter } from './rate-limiter.js';

/** How many calls each caller may make, and where the counts are kept. */
export interface RateLimitConfig extends LimitCounts {
  /** Counts are kept in this Redis and shared by every replica; absent: in this process only. */
  redisUrl?: string;
}

/** The counts used when the environment sets none. */
export const defaultLimitCounts: Readonly<LimitCounts> = {
  queriesPerMinute: 120,
  mutationsPerMinute: 10,
  confirmationsPerChangeRequest: 3,
};

const ALLOWED: LimitDecision = { allowed: true };

function checkCounts(config: RateLimitConfig): LimitCounts {
  const counts: LimitCounts = {
    queriesPerMinute: config.queriesPerMinute,
    mutationsPerMinute: config.mutationsPerMinute,
    confirmationsPerChangeRequest: config.confirmationsPerChangeRequest,
  };

  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`rate limit "${name}" must be a positive integer, got ${value}`);
    }
  }

  return counts;
}

function refusedFor(msBeforeNext: number): LimitDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

function decisionWhenStoreFails(rule: LimitRule): LimitDecision {
  if (rule.whenStoreFails === 'allow') return ALLOWED;

  return { allowed: false, retryAfterSeconds: STORE_FAILURE_RETRY_AFTER_SECONDS };
}

async function consumeFrom(
  store: CountingStore,
  rule: LimitRule,
  kind: LimitKind,
  key: string,
): Promise<LimitDecision> {
  await store.beforeCount();

  try {
    await store.counters[kind].consume(key);
    store.countSucceeded();
    return ALLOWED;
  } catch (error: unknown) {
    // rate-limiter-flexible rejects with its result when the limit is reached, and with an
    // Error when the store failed.
    if (error instanceof RateLimiterRes) {
      store.countSucceeded();
      return refusedFor(error.msBeforeNext);
    }

    store.countFailed(error);
    return decisionWhenStoreFails(rule);
  }
}

/**
 * Per-caller limits: queries and mutations per person per minute, confirmations per change
 * request per ten minutes. With `redisUrl` the counts live in Redis; while Redis is unreachable
 * queries are allowed and mutations and confirmations are refused for a few seconds.
 */
export async function createRateLimiter(
  config: RateLimitConfig,
  logger: Logger,
): Promise<RateLimiter> {
  const rules = limitRules(checkCounts(config));
  // The Redis client is loaded only when it is configured: it adds tens of milliseconds to the
  // start of a gateway that counts in memory.
  const store =
    config.redisUrl === undefined
      ? createMemoryStore(rules, logger)
      : (await import('./redis-store.js')).createRedisStore(rules, config.redisUrl, logger);

  return {
    consume: (kind, key) => consumeFrom(store, rules[kind], kind, key),
    close: () => store.close(),
  };
}

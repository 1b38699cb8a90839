import { RateLimiterRedis } from 'rate-limiter-flexible';

import type { Logger } from '../logger.js';
import type { CountingStore } from './counting-store.js';
import { keyPrefix } from './counting-store.js';
import type { LimitRule } from './limit-rules.js';
import type { LimitKind } from './rate-limiter.js';
import { createRedisConnection, type RedisConnection } from './redis-connection.js';

function redisCounter(
  kind: LimitKind,
  rule: LimitRule,
  connection: RedisConnection,
): RateLimiterRedis {
  // Refusing to even try while the client is not ready keeps a count from waiting on a
  // reconnect; the caller then applies the kind's rule for a store outage.
  return new RateLimiterRedis({
    storeClient: connection.client,
    rejectIfRedisNotReady: true,
    keyPrefix: keyPrefix(kind),
    points: rule.points,
    duration: rule.windowSeconds,
  });
}

/** Counts in Redis, so every replica on the same Redis enforces one shared limit. */
export function createRedisStore(
  rules: Record<LimitKind, LimitRule>,
  redisUrl: string,
  logger: Logger,
): CountingStore {
  const connection = createRedisConnection(redisUrl, logger);

  return {
    counters: {
      query: redisCounter('query', rules.query, connection),
      mutation: redisCounter('mutation', rules.mutation, connection),
      confirmation: redisCounter('confirmation', rules.confirmation, connection),
    },
    // A count made the moment the gateway starts waits (boundedly) for the first connection,
    // rather than being refused because the handshake has not finished yet.
    beforeCount: () => connection.firstAttempt,
    countSucceeded: () => connection.reportSuccess(),
    countFailed: (error) => connection.reportFailure(error),
    close: () => connection.close(),
  };
}

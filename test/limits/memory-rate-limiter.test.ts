import { describe, expect, it } from '@jest/globals';

import {
  createRateLimiter,
  defaultLimitCounts,
  type RateLimitConfig,
} from '../../src/limits/create-rate-limiter.js';
import { capturedLogger } from './captured-logger.js';
import { allowed, consumeTimes, expectRefusedWithin } from './decisions.js';

const small: RateLimitConfig = {
  queriesPerMinute: 3,
  mutationsPerMinute: 2,
  confirmationsPerChangeRequest: 1,
};

describe('createRateLimiter without Redis', () => {
  it('allows the default counts per minute and per change request, then refuses', async () => {
    const { logger, lines } = capturedLogger();
    const limiter = await createRateLimiter(defaultLimitCounts, logger);

    expect(await consumeTimes(limiter, 'query', 'person-a', 120)).toEqual(allowed(120));
    expectRefusedWithin(await limiter.consume('query', 'person-a'), 59, 60);

    expect(await consumeTimes(limiter, 'mutation', 'person-a', 10)).toEqual(allowed(10));
    expectRefusedWithin(await limiter.consume('mutation', 'person-a'), 59, 60);

    expect(await consumeTimes(limiter, 'confirmation', 'change-request-1', 3)).toEqual(allowed(3));
    expectRefusedWithin(await limiter.consume('confirmation', 'change-request-1'), 599, 600);

    await limiter.close();
    expect(lines).toEqual([]);
  });

  it('limits each caller on its own: A is refused while B is still allowed', async () => {
    const limiter = await createRateLimiter(small, capturedLogger().logger);

    expect(await consumeTimes(limiter, 'mutation', 'person-a', 2)).toEqual(allowed(2));
    expectRefusedWithin(await limiter.consume('mutation', 'person-a'), 59, 60);

    expect(await consumeTimes(limiter, 'mutation', 'person-b', 2)).toEqual(allowed(2));
    expectRefusedWithin(await limiter.consume('mutation', 'person-b'), 59, 60);
    expectRefusedWithin(await limiter.consume('mutation', 'person-a'), 59, 60);

    await limiter.close();
  });

  it('counts each kind on its own', async () => {
    const limiter = await createRateLimiter(small, capturedLogger().logger);

    expect(await consumeTimes(limiter, 'mutation', 'person-a', 2)).toEqual(allowed(2));
    expectRefusedWithin(await limiter.consume('mutation', 'person-a'), 59, 60);

    expect(await consumeTimes(limiter, 'query', 'person-a', 3)).toEqual(allowed(3));
    expectRefusedWithin(await limiter.consume('query', 'person-a'), 59, 60);

    expect(await limiter.consume('confirmation', 'person-a')).toEqual({ allowed: true });
    expectRefusedWithin(await limiter.consume('confirmation', 'person-a'), 599, 600);

    await limiter.close();
  });

  it('counts confirmations per change request', async () => {
    const limiter = await createRateLimiter(small, capturedLogger().logger);

    expect(await limiter.consume('confirmation', 'change-request-1')).toEqual({ allowed: true });
    expectRefusedWithin(await limiter.consume('confirmation', 'change-request-1'), 599, 600);
    expect(await limiter.consume('confirmation', 'change-request-2')).toEqual({ allowed: true });

    await limiter.close();
  });

  it('keeps refusing while the window lasts, however often the caller retries', async () => {
    const limiter = await createRateLimiter(small, capturedLogger().logger);
    await consumeTimes(limiter, 'mutation', 'person-a', 2);

    const retries = await consumeTimes(limiter, 'mutation', 'person-a', 5);

    for (const decision of retries) expectRefusedWithin(decision, 59, 60);
    await limiter.close();
  });

  it('rejects counts that are not positive integers, naming the setting', async () => {
    const { logger } = capturedLogger();

    await expect(createRateLimiter({ ...small, mutationsPerMinute: 0 }, logger)).rejects.toThrow(
      new RangeError('rate limit "mutationsPerMinute" must be a positive integer, got 0'),
    );
    await expect(createRateLimiter({ ...small, queriesPerMinute: 2.5 }, logger)).rejects.toThrow(
      new RangeError('rate limit "queriesPerMinute" must be a positive integer, got 2.5'),
    );
  });

  it('rejects a Redis URL of another scheme without echoing it', async () => {
    const create = () =>
      createRateLimiter(
        { ...small, redisUrl: 'http://user:hunter2@cache:6379' },
        capturedLogger().logger,
      );

    await expect(create()).rejects.toThrow(
      new TypeError('redisUrl must be a redis:// or rediss:// URL'),
    );
  });
});

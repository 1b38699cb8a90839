import { afterEach, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { setTimeout as delay } from 'node:timers/promises';

import { createRateLimiter, type RateLimitConfig } from '../../src/limits/create-rate-limiter.js';
import type { LimitDecision, LimitKind, RateLimiter } from '../../src/limits/rate-limiter.js';
import { freePort, startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { capturedLogger, LEVEL, linesAt, type LogLine } from './captured-logger.js';
import { allowed, consumeTimes, expectRefusedWithin } from './decisions.js';

const counts: Omit<RateLimitConfig, 'redisUrl'> = {
  queriesPerMinute: 3,
  mutationsPerMinute: 2,
  confirmationsPerChangeRequest: 1,
};

const UNREACHABLE_WARNING =
  'Redis for rate limits is unreachable: queries are let through, mutations and confirmations are refused until it is back';

const refusedWhileDown: LimitDecision = { allowed: false, retryAfterSeconds: 5 };

// Far above the limiter's own bounds (1 s to connect, 0.5 s per command), far below a hang.
const PROMPT_MS = 2000;

let cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function redisServer(port?: number): Promise<RedisServer> {
  const server = await startRedisServer({ port });
  cleanups.push(() => server.stop());
  return server;
}

async function limiterOn(redisUrl: string): Promise<{
  limiter: RateLimiter;
  lines: LogLine[];
  raw: () => string;
}> {
  const { logger, lines, raw } = capturedLogger();
  const limiter = await createRateLimiter({ ...counts, redisUrl }, logger);
  cleanups.push(() => limiter.close());
  return { limiter, lines, raw };
}

function adminClient(url: string): Redis {
  const client = new Redis(url, { lazyConnect: true });
  cleanups.push(async () => {
    client.disconnect();
  });
  return client;
}

async function promptly(
  limiter: RateLimiter,
  kind: LimitKind,
  key: string,
): Promise<LimitDecision> {
  const started = Date.now();
  const decision = await limiter.consume(kind, key);
  expect(Date.now() - started).toBeLessThan(PROMPT_MS);
  return decision;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(20);
  }
}

async function expectOutageDecisions(limiter: RateLimiter): Promise<void> {
  expect(await promptly(limiter, 'query', 'person-a')).toEqual({ allowed: true });
  expect(await promptly(limiter, 'mutation', 'person-a')).toEqual(refusedWhileDown);
  expect(await promptly(limiter, 'confirmation', 'change-request-1')).toEqual(refusedWhileDown);
}

describe('createRateLimiter with Redis', () => {
  it('enforces one limit shared by two replicas on the same Redis', async () => {
    const server = await redisServer();
    const replicaOne = await limiterOn(server.url);
    const replicaTwo = await limiterOn(server.url);

    expect(await replicaOne.limiter.consume('mutation', 'person-a')).toEqual({ allowed: true });
    expect(await replicaTwo.limiter.consume('mutation', 'person-a')).toEqual({ allowed: true });
    expectRefusedWithin(await replicaOne.limiter.consume('mutation', 'person-a'), 59, 60);
    expectRefusedWithin(await replicaTwo.limiter.consume('mutation', 'person-a'), 59, 60);
    expect(await replicaTwo.limiter.consume('mutation', 'person-b')).toEqual({ allowed: true });
    expect(await replicaOne.limiter.consume('confirmation', 'change-request-1')).toEqual({
      allowed: true,
    });
    expectRefusedWithin(
      await replicaTwo.limiter.consume('confirmation', 'change-request-1'),
      599,
      600,
    );

    const admin = adminClient(server.url);
    const keys = await admin.keys('card-pin-gateway:rl:*');
    expect(keys.sort()).toEqual([
      'card-pin-gateway:rl:confirmation:change-request-1',
      'card-pin-gateway:rl:mutation:person-a',
      'card-pin-gateway:rl:mutation:person-b',
    ]);
    expect(await admin.get('card-pin-gateway:rl:mutation:person-a')).toBe('4');
    expect(linesAt(replicaOne.lines, LEVEL.warn)).toEqual([]);
    expect(linesAt(replicaTwo.lines, LEVEL.info)).toEqual([
      { msg: 'Redis for rate limits connected', redis: `127.0.0.1:${server.port}` },
    ]);
  });

  it('keeps answering when Redis stops: queries allowed, the rest refused, one warn line', async () => {
    const server = await redisServer();
    const { limiter, lines } = await limiterOn(server.url);
    expect(await consumeTimes(limiter, 'mutation', 'person-a', 2)).toEqual(allowed(2));

    await server.stop();

    await expectOutageDecisions(limiter);
    await expectOutageDecisions(limiter);
    await delay(700); // several reconnect attempts fail meanwhile
    await expectOutageDecisions(limiter);
    // The reason depends on which is seen first, the closed socket or a count that failed on it.
    expect(linesAt(lines, LEVEL.warn)).toEqual([
      { msg: UNREACHABLE_WARNING, redis: `127.0.0.1:${server.port}`, reason: expect.any(String) },
    ]);
    expect(linesAt(lines, LEVEL.error)).toEqual([]);
  });

  it('counts again once Redis is back on the same address, with one info line', async () => {
    const server = await redisServer();
    const { limiter, lines } = await limiterOn(server.url);
    expect(await consumeTimes(limiter, 'mutation', 'person-a', 2)).toEqual(allowed(2));
    await server.stop();
    expect(await promptly(limiter, 'mutation', 'person-a')).toEqual(refusedWhileDown);

    await redisServer(server.port);
    await waitFor(() => linesAt(lines, LEVEL.info).length === 2);

    // The new Redis starts empty: the window begins afresh.
    expect(await consumeTimes(limiter, 'mutation', 'person-a', 2)).toEqual(allowed(2));
    expectRefusedWithin(await limiter.consume('mutation', 'person-a'), 59, 60);
    expect(linesAt(lines, LEVEL.warn)).toHaveLength(1);
    expect(linesAt(lines, LEVEL.info)).toEqual([
      { msg: 'Redis for rate limits connected', redis: `127.0.0.1:${server.port}` },
      { msg: 'Redis for rate limits is reachable again', redis: `127.0.0.1:${server.port}` },
    ]);
  });

  it('answers at once when Redis is unreachable from the start, without logging the password', async () => {
    const port = await freePort();
    const { limiter, lines, raw } = await limiterOn(`redis://:hunter2-secret@127.0.0.1:${port}`);

    await expectOutageDecisions(limiter);
    await delay(300);
    await expectOutageDecisions(limiter);

    expect(linesAt(lines, LEVEL.warn)).toEqual([
      { msg: UNREACHABLE_WARNING, redis: `127.0.0.1:${port}`, reason: 'ECONNREFUSED' },
    ]);
    expect(raw()).not.toContain('hunter2');
  });

  it('refuses within the command timeout when Redis hangs, and recovers when it answers', async () => {
    const server = await redisServer();
    const { limiter, lines } = await limiterOn(server.url);
    expect(await limiter.consume('mutation', 'person-a')).toEqual({ allowed: true });

    server.pause();
    try {
      await expectOutageDecisions(limiter);
    } finally {
      server.resume();
    }

    expect(await limiter.consume('mutation', 'person-b')).toEqual({ allowed: true });
    expect(linesAt(lines, LEVEL.warn)).toEqual([
      { msg: UNREACHABLE_WARNING, redis: `127.0.0.1:${server.port}`, reason: 'Command timed out' },
    ]);
    expect(linesAt(lines, LEVEL.info)).toEqual([
      { msg: 'Redis for rate limits connected', redis: `127.0.0.1:${server.port}` },
      { msg: 'Redis for rate limits is reachable again', redis: `127.0.0.1:${server.port}` },
    ]);
  });

  it('closes its Redis connection on close, without a warn line', async () => {
    const server = await redisServer();
    const { limiter, lines } = await limiterOn(server.url);
    expect(await limiter.consume('query', 'person-a')).toEqual({ allowed: true });
    const admin = adminClient(server.url);
    await admin.connect();
    const clientsBefore = String(await admin.client('LIST'))
      .trim()
      .split('\n');
    expect(clientsBefore).toHaveLength(2); // the limiter's and the admin's

    await limiter.close();
    await limiter.close();

    const clients = String(await admin.client('LIST'))
      .trim()
      .split('\n');
    expect(clients).toHaveLength(1);
    expect(linesAt(lines, LEVEL.warn)).toEqual([]);
  });
});

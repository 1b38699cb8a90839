import { Redis, type RedisOptions } from 'ioredis';

import type { Logger } from '../logger.js';

/** One ioredis client for the rate limits, and what the limiter tells it about each count. */
export interface RedisConnection {
  readonly client: Redis;
  /** Resolves once the first connection attempt has succeeded, failed or run out of time. */
  readonly firstAttempt: Promise<void>;
  reportSuccess(): void;
  reportFailure(error: unknown): void;
  close(): Promise<void>;
}

type Health = 'connecting' | 'up' | 'down';

/** Longest wait for a TCP connection, and for the very first one to become ready. */
export const CONNECT_TIMEOUT_MS = 1000;

/** Longest wait for one Redis reply: a hung Redis must not hang the GraphQL request. */
export const COMMAND_TIMEOUT_MS = 500;

const RECONNECT_FIRST_DELAY_MS = 100;
const RECONNECT_MAX_DELAY_MS = 1000;
const CLOSE_TIMEOUT_MS = 2000;

/**
 * Reconnects forever, since a replica must pick the shared counts up again on its own once
 * Redis is back, but the delay doubles from 100 ms up to a bounded 1 s.
 */
function reconnectDelay(attempt: number): number {
  return Math.min(
    RECONNECT_FIRST_DELAY_MS * 2 ** Math.min(attempt - 1, 10),
    RECONNECT_MAX_DELAY_MS,
  );
}

// Without the offline queue a command sent while disconnected fails at once instead of waiting
// for a reconnect; together with the timeouts, no count ever waits longer than about a second.
const clientOptions: RedisOptions = {
  enableOfflineQueue: false,
  connectTimeout: CONNECT_TIMEOUT_MS,
  commandTimeout: COMMAND_TIMEOUT_MS,
  maxRetriesPerRequest: 1,
  retryStrategy: reconnectDelay,
};

/**
 * Where Redis is, for log lines: host and port only, since a Redis URL may carry a password.
 * Throws a `TypeError` that does not echo the URL when it is not a redis:// or rediss:// URL.
 */
export function describeRedisEndpoint(redisUrl: string): string {
  const invalid = new TypeError('redisUrl must be a redis:// or rediss:// URL');
  if (!URL.canParse(redisUrl)) throw invalid;

  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw invalid;

  return `${url.hostname}:${url.port === '' ? '6379' : url.port}`;
}

// Read by shape rather than `instanceof Error`: socket errors may come from another realm (a
// test runner's sandbox, for one), and only the code or message is wanted anyway.
function describeFailure(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown failure';
  if ('code' in error && typeof error.code === 'string') return error.code;
  if ('message' in error && typeof error.message === 'string') return error.message;

  return 'unknown failure';
}

/**
 * Connects to Redis for the rate limits. The connection's health is tracked from the client's
 * events and from the outcome of each count, and only a change of health is logged: one warn
 * line when Redis becomes unreachable, one info line when it is back.
 */
export function createRedisConnection(redisUrl: string, logger: Logger): RedisConnection {
  const endpoint = describeRedisEndpoint(redisUrl);
  const client = new Redis(redisUrl, clientOptions);
  let health: Health = 'connecting';
  let closing: Promise<void> | undefined;

  const markUp = (): void => {
    if (closing !== undefined || health === 'up') return;

    const message =
      health === 'down'
        ? 'Redis for rate limits is reachable again'
        : 'Redis for rate limits connected';
    health = 'up';
    logger.info({ redis: endpoint }, message);
  };

  const markDown = (reason: string): void => {
    if (closing !== undefined || health === 'down') return;

    health = 'down';
    logger.warn(
      { redis: endpoint, reason },
      'Redis for rate limits is unreachable: queries are let through, mutations and confirmations are refused until it is back',
    );
  };

  client.on('ready', markUp);
  client.on('error', (error: unknown) => markDown(describeFailure(error)));
  client.on('close', () => markDown('connection closed'));

  const firstAttempt = waitForFirstAttempt(client, () => markDown('not ready in time'));

  return {
    client,
    firstAttempt,
    reportSuccess: markUp,
    reportFailure: (error) => markDown(describeFailure(error)),
    close: () => {
      closing ??= shutDown(client);
      return closing;
    },
  };
}

function waitForFirstAttempt(client: Redis, onTimeout: () => void): Promise<void> {
  return new Promise((resolve) => {
    const settle = (): void => {
      clearTimeout(timer);
      client.off('ready', settle);
      client.off('error', settle);
      client.off('end', settle);
      resolve();
    };

    const timer = setTimeout(() => {
      onTimeout();
      settle();
    }, CONNECT_TIMEOUT_MS);
    timer.unref();

    client.once('ready', settle);
    client.once('error', settle);
    client.once('end', settle);
  });
}

async function shutDown(client: Redis): Promise<void> {
  if (client.status === 'end') return;

  const ended = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
    timer.unref();
    client.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
  });

  if (client.status === 'ready') {
    await client.quit().catch(() => client.disconnect());
  } else {
    client.disconnect();
  }

  await ended;
}

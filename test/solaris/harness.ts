import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';

import { pino } from 'pino';
import { MockAgent } from 'undici';

import type { Logger } from '../../src/logger.js';
import { DEFAULT_SOLARIS_TIMEOUTS, type SolarisClientConfig } from '../../src/solaris/config.js';
import { createSolarisClient } from '../../src/solaris/create-solaris-client.js';
import { SolarisError } from '../../src/solaris/errors.js';
import type { SolarisApi, SolarisObserver } from '../../src/solaris/types.js';

export const API_URL = 'https://api.solaris.test';
export const AUTH_URL = 'https://auth.solaris.test';
export const CLIENT_ID = 'gateway-client-id';
export const CLIENT_SECRET = 'client-secret-4f9a1c';
export const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
export const TOKEN_FORM = 'grant_type=client_credentials&scope=partners';

/** A client config for tests: the production defaults, test hosts and credentials. */
export function testConfig(overrides: Partial<SolarisClientConfig> = {}): SolarisClientConfig {
  return {
    ...DEFAULT_SOLARIS_TIMEOUTS,
    apiUrl: API_URL,
    authUrl: AUTH_URL,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    pinKeyScope: 'global',
    ...overrides,
  };
}

/** One parsed pino line. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger at debug level whose output stays in memory. */
export function captureLogs(): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });

  return { logger: pino({ level: 'debug' }, stream), lines, text: () => text };
}

/** Everything an observer was told, in order. */
export interface ObserverLog {
  observer: SolarisObserver;
  calls: Array<{ endpoint: string; status: number | 'error'; requestId?: string }>;
  tokenFetches: string[];
  breakerStates: string[];
}

export function recordObserver(): ObserverLog {
  const log: ObserverLog = {
    calls: [],
    tokenFetches: [],
    breakerStates: [],
    observer: {
      onCall: ({ endpoint, status, requestId }) => {
        log.calls.push(
          requestId === undefined ? { endpoint, status } : { endpoint, status, requestId },
        );
      },
      onTokenFetch: (outcome) => log.tokenFetches.push(outcome),
      onBreakerStateChange: (state) => log.breakerStates.push(state),
    },
  };
  return log;
}

/** A request as an interceptor saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | null;
}

/** A `MockAgent` with the network disabled, its two origins, and a client wired to it. */
export interface MockedSolaris {
  agent: MockAgent;
  api: ReturnType<MockAgent['get']>;
  auth: ReturnType<MockAgent['get']>;
  client: SolarisApi;
  logs: ReturnType<typeof captureLogs>;
  observed: ObserverLog;
  /** Requests seen by `intercept` replies, in arrival order. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

export function mockSolaris(
  overrides: Partial<SolarisClientConfig> = {},
  now?: () => number,
): MockedSolaris {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const logs = captureLogs();
  const observed = recordObserver();
  const config = testConfig(overrides);
  const client = createSolarisClient(config, {
    logger: logs.logger,
    observer: observed.observer,
    dispatcher: agent,
    now,
  });

  return {
    agent,
    api: agent.get(new URL(config.apiUrl).origin),
    auth: agent.get(new URL(config.authUrl).origin),
    client,
    logs,
    observed,
    seen: [],
    close: async () => {
      await client.close();
      await agent.close();
    },
  };
}

/** What a reply callback gets, reduced to what the tests compare. */
export function seenRequest(opts: {
  method: string;
  path: string;
  headers?: unknown;
  body?: unknown;
}): SeenRequest {
  return {
    method: opts.method,
    path: opts.path,
    headers: { ...(opts.headers as Record<string, string>) },
    body: typeof opts.body === 'string' ? opts.body : null,
  };
}

/** Answers the token request `times` times with `token`, recording each request in `seen`. */
export function replyToken(
  solaris: MockedSolaris,
  token = 'token-1',
  options: { times?: number; expiresIn?: number } = {},
): void {
  solaris.auth
    .intercept({ path: '/oauth2/token', method: 'POST' })
    .reply((opts) => {
      solaris.seen.push(seenRequest(opts));
      return {
        statusCode: 200,
        data: {
          access_token: token,
          token_type: 'bearer',
          expires_in: options.expiresIn ?? 3599,
          scope: 'partners',
        },
        responseOptions: { headers: { 'content-type': 'application/json' } },
      };
    })
    .times(options.times ?? 1);
}

/** Answers one API request with `status` and `data`, recording the request in `seen`. */
export function replyApi(
  solaris: MockedSolaris,
  method: 'GET' | 'POST',
  path: string,
  status: number,
  data: object | string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): void {
  solaris.api.intercept({ path, method }).reply((opts) => {
    solaris.seen.push(seenRequest(opts));
    return { statusCode: status, data, responseOptions: { headers } };
  });
}

/** A documented example body from `test/fixtures/solaris`. */
export function fixture(name: string): Record<string, unknown> {
  const url = new URL(`../fixtures/solaris/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** Every field of a `SolarisError`, for comparing a failure as one whole value. */
export interface ErrorFields {
  code: string;
  message: string;
  httpStatus: number | null;
  solarisCode: string | null;
  solarisErrorId: string | null;
  detail: string | null;
  fieldErrors: Array<{ field: string | null; message: string }>;
  retryAfterSeconds: number | null;
}

/** Awaits a call that must fail with a `SolarisError` and returns all its fields. */
export async function failureOf(call: Promise<unknown>): Promise<ErrorFields> {
  try {
    await call;
  } catch (error: unknown) {
    if (!(error instanceof SolarisError)) throw error;

    return {
      code: error.code,
      message: error.message,
      httpStatus: error.httpStatus,
      solarisCode: error.solarisCode,
      solarisErrorId: error.solarisErrorId,
      detail: error.detail,
      fieldErrors: error.fieldErrors,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  throw new Error('expected the call to fail with a SolarisError');
}

/** The fields of an `UNAVAILABLE` failure that carries nothing but its message and status. */
export function unavailable(message: string, httpStatus: number | null = null): ErrorFields {
  return {
    code: 'SOLARIS_UNAVAILABLE',
    message,
    httpStatus,
    solarisCode: null,
    solarisErrorId: null,
    detail: null,
    fieldErrors: [],
    retryAfterSeconds: null,
  };
}

import { performance } from 'node:perf_hooks';

import { z } from 'zod';

import type { Logger } from '../logger.js';
import { errorFromTransportFailure, parseRetryAfter } from './answer-mapping.js';
import { recordCall } from './call-record.js';
import type { SolarisClientConfig } from './config.js';
import { createDeadline, withinDeadline, type Deadline } from './deadline.js';
import { parseJson, readErrorBody } from './error-body.js';
import { SolarisError } from './errors.js';
import type { Transport, UpstreamAnswer, UpstreamBase, UpstreamRequest } from './transport.js';
import type { SolarisObserver } from './types.js';

/** Hands out the OAuth access token every API call carries. */
export interface TokenProvider {
  /** The cached token, or the one being fetched; never more than one fetch is in flight. */
  getToken(deadline: Deadline): Promise<string>;
  /** Forgets `token` if it is still the cached one, so a burst of 401s causes one new fetch. */
  invalidate(token: string): void;
}

export interface TokenProviderDeps {
  config: SolarisClientConfig;
  auth: UpstreamBase;
  transport: Transport;
  logger: Logger;
  observer: SolarisObserver;
  now: () => number;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

const tokenBody = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z
    .string()
    .regex(/^bearer$/i)
    .optional(),
});

/** Answers of a token endpoint that mean the client id or secret were not accepted. */
const REFUSAL_STATUSES = new Set([400, 401, 403]);

/** Creates a provider that fetches tokens with the client-credentials grant and caches them. */
export function createTokenProvider(deps: TokenProviderDeps): TokenProvider {
  const request = tokenRequest(deps.config, deps.auth);
  let cached: CachedToken | null = null;
  let inFlight: Promise<CachedToken> | null = null;

  const startFetch = (): Promise<CachedToken> => {
    const fetching = fetchToken(deps, request)
      .then((token) => {
        cached = token;
        return token;
      })
      .finally(() => {
        inFlight = null;
      });
    inFlight = fetching;
    return fetching;
  };

  return {
    getToken: async (deadline) => {
      if (cached !== null && cached.expiresAt > deps.now()) return cached.token;

      // Waits for the shared fetch, but gives up when this caller's own deadline ends.
      const abandoned = (): SolarisError =>
        errorFromTransportFailure(deadline.reason, 'oauth_token', deadline);
      const token = await withinDeadline(inFlight ?? startFetch(), deadline, abandoned);
      return token.token;
    },
    invalidate: (token) => {
      if (cached?.token === token) cached = null;
    },
  };
}

function tokenRequest(config: SolarisClientConfig, auth: UpstreamBase): UpstreamRequest {
  const credentials = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');

  return {
    endpoint: 'oauth_token',
    origin: auth.origin,
    path: `${auth.basePath}/oauth2/token`,
    method: 'POST',
    headers: {
      authorization: `Basic ${credentials}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: 'grant_type=client_credentials&scope=partners',
  };
}

/**
 * One token request under its own deadline: it is shared by every call waiting for it, so no
 * single caller's signal may end it.
 */
async function fetchToken(deps: TokenProviderDeps, request: UpstreamRequest): Promise<CachedToken> {
  const { logger, observer } = deps;
  const started = performance.now();
  const durationMs = (): number => performance.now() - started;
  let answer: UpstreamAnswer | null = null;

  try {
    answer = await deps.transport.send(request, createDeadline(deps.config.callTimeoutMs));
    const token = tokenFromAnswer(answer, deps);

    recordCall(logger, observer, {
      endpoint: 'oauth_token',
      status: answer.status,
      durationMs: durationMs(),
    });
    observer.onTokenFetch?.('success');
    return token;
  } catch (error: unknown) {
    const failure = error instanceof SolarisError ? error : unexpected(error);
    const status = answer?.status ?? failure.httpStatus ?? 'error';

    recordCall(logger, observer, { endpoint: 'oauth_token', status, durationMs: durationMs() });
    observer.onTokenFetch?.('failure');
    logger.warn(
      {
        endpoint: 'oauth_token',
        code: failure.code,
        httpStatus: failure.httpStatus,
        solarisCode: failure.solarisCode,
      },
      failure.message,
    );
    throw failure;
  }
}

function tokenFromAnswer(answer: UpstreamAnswer, deps: TokenProviderDeps): CachedToken {
  const { status } = answer;
  if (status < 200 || status > 299) throw tokenRefusal(answer);

  const json = parseJson(answer.body);
  const token = readTokenBody(json);
  if (token === null) {
    throw new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `Solaris answered oauth_token with HTTP ${status} but a body that is not a bearer token`,
      { httpStatus: status },
    );
  }

  // Renew a margin before expiry so no call sets off with a token that lapses in transit; a
  // lifetime no longer than the margin is still cached for half of it rather than not at all.
  const margin = deps.config.tokenRefreshMarginSeconds;
  const { expiresIn } = token;
  const lifetimeSeconds = expiresIn > margin ? expiresIn - margin : expiresIn / 2;
  return { token: token.accessToken, expiresAt: deps.now() + lifetimeSeconds * 1000 };
}

function tokenRefusal(answer: UpstreamAnswer): SolarisError {
  const { status } = answer;
  const facts = readErrorBody(answer.body);
  const code = facts.solarisCode === null ? '' : ` (${facts.solarisCode})`;
  const details = {
    httpStatus: status,
    solarisCode: facts.solarisCode,
    solarisErrorId: facts.solarisErrorId,
  };

  if (REFUSAL_STATUSES.has(status)) {
    return new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `Solaris refused the client credentials: oauth_token answered HTTP ${status}${code}`,
      details,
    );
  }

  return new SolarisError(
    'SOLARIS_UNAVAILABLE',
    `Solaris answered oauth_token with HTTP ${status}${code}`,
    {
      ...details,
      retryAfterSeconds: status === 429 ? parseRetryAfter(answer.headers['retry-after']) : null,
    },
  );
}

function readTokenBody(json: unknown): { accessToken: string; expiresIn: number } | null {
  const parsed = tokenBody.safeParse(json);
  if (!parsed.success) return null;

  return { accessToken: parsed.data.access_token, expiresIn: parsed.data.expires_in };
}

function unexpected(error: unknown): SolarisError {
  return new SolarisError('SOLARIS_UNAVAILABLE', 'Fetching a Solaris token failed unexpectedly', {
    cause: error,
  });
}

import { performance } from 'node:perf_hooks';

import type { Logger } from '../logger.js';
import { errorFromTransportFailure, resultFromAnswer, type BodyParser } from './answer-mapping.js';
import { recordCall } from './call-record.js';
import type { SolarisClientConfig } from './config.js';
import { createDeadline, type Deadline } from './deadline.js';
import { readErrorBody } from './error-body.js';
import { SolarisError } from './errors.js';
import type { Resilience } from './resilience.js';
import type { TokenProvider } from './token-provider.js';
import type { Transport, UpstreamAnswer, UpstreamBase, UpstreamRequest } from './transport.js';
import type { CallOptions, SolarisEndpoint, SolarisObserver } from './types.js';

/** What an endpoint module asks of the API: one request and how to read its answer. */
export interface ApiCallSpec<T> {
  endpoint: SolarisEndpoint;
  method: 'GET' | 'POST';
  /** Path below the API base, its dynamic segments already passed through `pathSegment`. */
  path: string;
  /** JSON body of a POST, with Solaris's snake_case member names. */
  body?: Record<string, string>;
  parse: BodyParser<T>;
}

/** Sends one authorized API call under the deadline, breaker and retry rules. */
export type ApiCaller = <T>(spec: ApiCallSpec<T>, options?: CallOptions) => Promise<T>;

export interface ApiCallerDeps {
  config: SolarisClientConfig;
  api: UpstreamBase;
  transport: Transport;
  tokens: TokenProvider;
  resilience: Resilience;
  logger: Logger;
  observer: SolarisObserver;
}

/** Creates the caller every endpoint module goes through. */
export function createApiCaller(deps: ApiCallerDeps): ApiCaller {
  return async (spec, options = {}) => {
    const deadline = createDeadline(deps.config.callTimeoutMs, options);
    const attempt = () => authorizedCall(deps, spec, deadline, options.requestId);
    // The breaker may hold a call back while its half-open probe runs; the deadline still holds.
    const abandoned = (): SolarisError =>
      errorFromTransportFailure(deadline.reason, spec.endpoint, deadline);

    try {
      return await deps.resilience.run(attempt, {
        retryable: spec.method === 'GET',
        deadline,
        abandoned,
      });
    } catch (error: unknown) {
      // A call whose deadline ended fails as this endpoint's call, whichever step it was at
      // (waiting for the token, held by the breaker, or in the exchange), unless Solaris answered.
      const failure =
        deadline.ended && !answeredBySolaris(error)
          ? abandoned()
          : errorFromTransportFailure(error, spec.endpoint, deadline);
      logFailure(deps.logger, spec.endpoint, failure, options.requestId);
      throw failure;
    } finally {
      deadline.release();
    }
  };
}

function answeredBySolaris(error: unknown): boolean {
  return error instanceof SolarisError && error.httpStatus !== null;
}

/**
 * Encodes one dynamic path segment, so an id can never reach another path. An empty id names
 * nothing, so it fails as not found without a call.
 */
export function pathSegment(value: string, name: string): string {
  if (value === '') {
    throw new SolarisError('SOLARIS_NOT_FOUND', `An empty ${name} names nothing at Solaris`);
  }

  return encodeURIComponent(value);
}

/**
 * Sends the request with the current token. Solaris checks the token before it does any work, so
 * a 401 is the one answer after which even a POST may go out again, once, with a fresh token.
 */
async function authorizedCall<T>(
  deps: ApiCallerDeps,
  spec: ApiCallSpec<T>,
  deadline: Deadline,
  requestId: string | undefined,
): Promise<T> {
  const request = apiRequest(deps.api, spec);
  const token = await deps.tokens.getToken(deadline);
  const answer = await exchange(deps, request, token, deadline, requestId);
  if (answer.status !== 401) return resultFromAnswer(answer, spec.endpoint, spec.parse);

  deps.tokens.invalidate(token);
  const freshToken = await deps.tokens.getToken(deadline);
  const retried = await exchange(deps, request, freshToken, deadline, requestId);
  return resultFromAnswer(retried, spec.endpoint, spec.parse);
}

function apiRequest<T>(api: UpstreamBase, spec: ApiCallSpec<T>): UpstreamRequest {
  const request: UpstreamRequest = {
    endpoint: spec.endpoint,
    origin: api.origin,
    path: api.basePath + spec.path,
    method: spec.method,
    headers: { accept: 'application/json' },
  };
  if (spec.body === undefined) return request;

  return {
    ...request,
    headers: { ...request.headers, 'content-type': 'application/json' },
    body: JSON.stringify(spec.body),
  };
}

/** One HTTP exchange, recorded in the debug log and told to the observer. */
async function exchange(
  deps: ApiCallerDeps,
  request: UpstreamRequest,
  token: string,
  deadline: Deadline,
  requestId: string | undefined,
): Promise<UpstreamAnswer> {
  const { logger, observer } = deps;
  const { endpoint } = request;
  const started = performance.now();
  const authorized = {
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${token}` },
  };

  try {
    const answer = await deps.transport.send(authorized, deadline);
    const solarisErrorId = answer.status >= 400 ? readErrorBody(answer.body).solarisErrorId : null;

    recordCall(logger, observer, {
      endpoint,
      status: answer.status,
      durationMs: performance.now() - started,
      requestId,
      solarisErrorId,
    });
    return answer;
  } catch (error: unknown) {
    const status = error instanceof SolarisError ? (error.httpStatus ?? 'error') : 'error';
    recordCall(logger, observer, {
      endpoint,
      status,
      durationMs: performance.now() - started,
      requestId,
    });
    throw error;
  }
}

/** The one warn line of a failed call: codes and ids only, never a body, token or secret. */
function logFailure(
  logger: Logger,
  endpoint: SolarisEndpoint,
  failure: SolarisError,
  requestId: string | undefined,
): void {
  logger.warn(
    {
      endpoint,
      requestId,
      code: failure.code,
      httpStatus: failure.httpStatus,
      solarisCode: failure.solarisCode,
      solarisErrorId: failure.solarisErrorId,
    },
    failure.message,
  );
}

import type { Deadline } from './deadline.js';
import { parseJson, readErrorBody } from './error-body.js';
import { SolarisError } from './errors.js';
import type { UpstreamAnswer } from './transport.js';
import type { SolarisEndpoint } from './types.js';

/** Reads a successful body into a result; `null` when the body is not the expected shape. */
export type BodyParser<T> = (json: unknown) => T | null;

/** Undici and socket error codes of a connection that ended under a request. */
const CONNECTION_LOST_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
]);

const TRANSPORT_FAILURES: Readonly<Record<string, string>> = {
  UND_ERR_CONNECT_TIMEOUT: 'no connection within the connect timeout',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers within the headers timeout',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled past the body timeout',
  UND_ERR_SOCKET: 'the other side closed the connection',
  UND_ERR_CLOSED: 'the client is closed',
  UND_ERR_DESTROYED: 'the client is closed',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  ECONNABORTED: 'the connection was closed',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the host is unreachable',
  UND_ERR_HTTP_PARSER: 'the answer is not valid HTTP',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the body length differs from its content-length',
};

/**
 * Turns an answer into the endpoint's result: a 2xx body of the expected shape is parsed, every
 * other answer becomes the `SolarisError` its status and body call for.
 */
export function resultFromAnswer<T>(
  answer: UpstreamAnswer,
  endpoint: SolarisEndpoint,
  parse: BodyParser<T>,
): T {
  if (answer.status < 200 || answer.status > 299) throw errorFromAnswer(answer, endpoint);

  const result = parse(parseJson(answer.body));
  if (result === null) {
    throw new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `Solaris answered ${endpoint} with HTTP ${answer.status} but a body that is not the expected ${endpoint} object`,
      { httpStatus: answer.status },
    );
  }

  return result;
}

/**
 * Maps a non-2xx answer by its status; the body only adds Solaris's code, error id and detail.
 * A 401 arrives here only when a freshly fetched token was refused too.
 */
export function errorFromAnswer(answer: UpstreamAnswer, endpoint: SolarisEndpoint): SolarisError {
  const { status } = answer;
  const facts = readErrorBody(answer.body);
  const details = {
    httpStatus: status,
    solarisCode: facts.solarisCode,
    solarisErrorId: facts.solarisErrorId,
    detail: facts.detail,
  };
  const answered = `Solaris answered ${endpoint} with HTTP ${status}${codeSuffix(facts.solarisCode)}`;
  const invalidTan = facts.solarisCode === 'invalid_tan';

  if (status === 400) {
    return new SolarisError('SOLARIS_VALIDATION', answered, {
      ...details,
      fieldErrors: facts.fieldErrors,
    });
  }

  if (status === 401) {
    return new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `${answered}: it refused a fresh token`,
      details,
    );
  }

  if ((status === 403 || status === 422) && invalidTan) {
    return new SolarisError('SOLARIS_INVALID_TAN', answered, details);
  }

  if (status === 403) return new SolarisError('SOLARIS_UNAUTHORIZED_ACTION', answered, details);

  if (status === 404) return new SolarisError('SOLARIS_NOT_FOUND', answered, details);

  if (status === 422) return new SolarisError('SOLARIS_UNPROCESSABLE', answered, details);

  if (status === 429) {
    return new SolarisError('SOLARIS_RATE_LIMITED', answered, {
      ...details,
      retryAfterSeconds: parseRetryAfter(answer.headers['retry-after']),
    });
  }

  return new SolarisError('SOLARIS_UNAVAILABLE', answered, details);
}

/**
 * Maps a call that got no usable answer: the deadline, the caller's abort, or an undici or
 * socket error, told apart by `code` (never by message text).
 */
export function errorFromTransportFailure(
  error: unknown,
  endpoint: SolarisEndpoint,
  deadline: Deadline,
): SolarisError {
  if (error instanceof SolarisError) return error;

  if (deadline.timedOut()) {
    return new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `Solaris did not answer ${endpoint} within the ${deadline.timeoutMs} ms deadline`,
      { cause: error },
    );
  }

  if (deadline.cancelledByCaller()) {
    return new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `The ${endpoint} call was cancelled before Solaris answered`,
      { cause: error },
    );
  }

  const code = failureCode(error);
  const what = (code === null ? undefined : TRANSPORT_FAILURES[code]) ?? 'a transport error';
  const message = `Solaris ${endpoint} call failed: ${what}${codeSuffix(code)}`;
  return new SolarisError('SOLARIS_UNAVAILABLE', message, { cause: error });
}

/** Whether a failure is a connection that ended under the request, such as a stale socket. */
export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof SolarisError) || error.httpStatus !== null) return false;

  const code = failureCode(error.cause);
  return code !== null && CONNECTION_LOST_CODES.has(code);
}

/**
 * The longest wait a `Retry-After` is passed on with. A longer one is no advice an app can act
 * on, and past 2^31 - 1 it could not even be sent: GraphQL's `Int` is 32 bits, and the field
 * would fail the whole operation.
 */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

/** `Retry-After` as whole seconds from now, from delta seconds or an HTTP date, capped. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  nowMs: number = Date.now(),
): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || text === '') return null;

  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);

  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;

  return Math.min(Math.max(0, Math.ceil((at - nowMs) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** The `code` of an error, or of its direct cause (undici sometimes wraps socket errors). */
function failureCode(error: unknown): string | null {
  const own = codeOf(error);
  if (own !== null) return own;

  return error instanceof Error ? codeOf(error.cause) : null;
}

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;

  return typeof error.code === 'string' ? error.code : null;
}

function codeSuffix(code: string | null): string {
  return code === null ? '' : ` (${code})`;
}

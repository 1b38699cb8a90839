import { Pool, type Dispatcher } from 'undici';

import { errorFromTransportFailure } from './answer-mapping.js';
import type { SolarisClientConfig } from './config.js';
import type { Deadline } from './deadline.js';
import { SolarisError } from './errors.js';
import type { SolarisEndpoint } from './types.js';

/** One HTTP request to Solaris or its token endpoint. */
export interface UpstreamRequest {
  endpoint: SolarisEndpoint;
  origin: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** A complete answer: the body has been read to its end. */
export interface UpstreamAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends requests over pooled keep-alive connections, one pool per origin. */
export interface Transport {
  /** Resolves with the whole answer, or rejects with a `SolarisError` (never anything else). */
  send(request: UpstreamRequest, deadline: Deadline): Promise<UpstreamAnswer>;
  /** Closes the pools once the requests in flight have ended. */
  close(): Promise<void>;
}

/**
 * Creates the transport for the given origins. With `dispatcher` (tests) every request goes to
 * it and no pool is made; the dispatcher then belongs to whoever passed it and is not closed.
 */
export function createTransport(
  config: SolarisClientConfig,
  origins: string[],
  dispatcher?: Dispatcher,
): Transport {
  const pools = new Map<string, Pool>();
  if (dispatcher === undefined) {
    for (const origin of new Set(origins)) pools.set(origin, createPool(origin, config));
  }

  const dispatcherFor = (origin: string): Dispatcher => {
    const target = dispatcher ?? pools.get(origin);
    if (target === undefined) throw new TypeError(`No connection pool for origin "${origin}"`);

    return target;
  };

  let closed: Promise<void> | null = null;

  return {
    send: (request, deadline) =>
      send(dispatcherFor(request.origin), request, deadline, config.maxResponseBytes),
    close: () => {
      closed ??= Promise.all([...pools.values()].map((pool) => pool.close())).then(() => undefined);
      return closed;
    },
  };
}

function createPool(origin: string, config: SolarisClientConfig): Pool {
  return new Pool(origin, {
    connections: config.connections,
    connect: { timeout: config.connectTimeoutMs },
    headersTimeout: config.headersTimeoutMs,
    bodyTimeout: config.bodyTimeoutMs,
    // Both bounds, so a server's `Keep-Alive: timeout=` hint cannot stretch the idle time past
    // the point where the upstream (or a proxy before it) closes the socket under a request.
    keepAliveTimeout: config.keepAliveTimeoutMs,
    keepAliveMaxTimeout: config.keepAliveTimeoutMs,
  });
}

/**
 * Sends one request through undici's dispatch API and collects the answer in memory. The
 * request ends with the deadline: its listener aborts the request through undici's own
 * controller, so no abort signal and no body stream is made per call.
 */
function send(
  dispatcher: Dispatcher,
  request: UpstreamRequest,
  deadline: Deadline,
  maxBytes: number,
): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const collector = new AnswerCollector(request.endpoint, deadline, maxBytes, resolve, (error) =>
      reject(errorFromTransportFailure(error, request.endpoint, deadline)),
    );
    try {
      dispatcher.dispatch(
        {
          origin: request.origin,
          path: request.path,
          method: request.method,
          headers: request.headers,
          body: request.body ?? null,
        },
        collector,
      );
    } catch (error: unknown) {
      collector.onResponseError(null, error);
    }
  });
}

type Controller = Dispatcher.DispatchController;

/**
 * Collects one answer whole, or fails once it proves larger than `maxBytes`: an announced
 * length over the limit is refused before any of the body is read, a streamed one as soon as it
 * passes the limit. Either way the request is aborted, which closes its socket, so no socket is
 * left waiting for a reader.
 */
class AnswerCollector implements Dispatcher.DispatchHandler {
  readonly #endpoint: SolarisEndpoint;
  readonly #deadline: Deadline;
  readonly #maxBytes: number;
  readonly #resolve: (answer: UpstreamAnswer) => void;
  readonly #reject: (error: unknown) => void;
  #stopListening: () => void = () => undefined;
  #status = 0;
  #headers: UpstreamAnswer['headers'] = {};
  #chunks: Buffer[] = [];
  #size = 0;
  #settled = false;

  constructor(
    endpoint: SolarisEndpoint,
    deadline: Deadline,
    maxBytes: number,
    resolve: (answer: UpstreamAnswer) => void,
    reject: (error: unknown) => void,
  ) {
    this.#endpoint = endpoint;
    this.#deadline = deadline;
    this.#maxBytes = maxBytes;
    this.#resolve = resolve;
    this.#reject = reject;
  }

  onRequestStart(controller: Controller): void {
    // Called again when undici retries the request on a fresh socket; one listener is enough.
    this.#stopListening();
    this.#stopListening = this.#deadline.onEnd(() => controller.abort(abortReason(this.#deadline)));
  }

  onResponseStart(
    controller: Controller,
    statusCode: number,
    headers: UpstreamAnswer['headers'],
  ): void {
    this.#status = statusCode;
    this.#headers = headers;
    this.#chunks = [];
    this.#size = 0;
    const length = declaredLength(headers);
    if (length !== null && length > this.#maxBytes) this.#refuseOversized(controller);
  }

  onResponseData(controller: Controller, chunk: Buffer): void {
    if (this.#settled) return;

    this.#size += chunk.length;
    if (this.#size > this.#maxBytes) {
      this.#refuseOversized(controller);
      return;
    }
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.#settled) return;

    this.#settle();
    const body = this.#chunks.length === 1 ? this.#chunks[0] : Buffer.concat(this.#chunks);
    this.#resolve({ status: this.#status, headers: this.#headers, body: body ?? Buffer.alloc(0) });
  }

  onResponseError(_controller: Controller | null, error: unknown): void {
    if (this.#settled) return;

    this.#settle();
    this.#reject(error);
  }

  #refuseOversized(controller: Controller): void {
    this.#settle();
    this.#reject(
      new SolarisError(
        'SOLARIS_UNAVAILABLE',
        `Solaris answered ${this.#endpoint} with HTTP ${this.#status} and a body over ${this.#maxBytes} bytes`,
        { httpStatus: this.#status },
      ),
    );
    controller.abort(new Error('The answer is over the size limit'));
  }

  #settle(): void {
    this.#settled = true;
    this.#stopListening();
  }
}

/** undici takes an Error as the reason a request was aborted. */
function abortReason(deadline: Deadline): Error {
  return deadline.reason instanceof Error ? deadline.reason : new Error('The call was cancelled');
}

function declaredLength(headers: UpstreamAnswer['headers']): number | null {
  const value = headers['content-length'];
  const length = Number(Array.isArray(value) ? value[0] : value);
  return value === undefined || !Number.isFinite(length) ? null : length;
}

/** Where requests to one configured base URL go: its origin, and a path prefix it may carry. */
export interface UpstreamBase {
  origin: string;
  basePath: string;
}

/** Splits a configured base URL such as `https://api.solaris-sandbox.de` into origin and prefix. */
export function upstreamBase(url: string): UpstreamBase {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`Solaris URL "${parsed.origin}" must use http or https`);
  }

  return { origin: parsed.origin, basePath: parsed.pathname.replace(/\/+$/, '') };
}

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

type ResponseBody = Dispatcher.ResponseData['body'];

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

async function send(
  dispatcher: Dispatcher,
  request: UpstreamRequest,
  deadline: Deadline,
  maxBytes: number,
): Promise<UpstreamAnswer> {
  try {
    const response = await dispatcher.request({
      origin: request.origin,
      path: request.path,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: deadline.signal,
    });

    const { statusCode: status, headers } = response;
    const body = await readBody(response.body, declaredLength(headers), maxBytes);
    if (body === null) {
      throw new SolarisError(
        'SOLARIS_UNAVAILABLE',
        `Solaris answered ${request.endpoint} with HTTP ${status} and a body over ${maxBytes} bytes`,
        { httpStatus: status },
      );
    }

    return { status, headers, body };
  } catch (error: unknown) {
    throw errorFromTransportFailure(error, request.endpoint, deadline);
  }
}

/**
 * Reads the whole body, or discards it (`null`) once it proves larger than `maxBytes`. Either
 * way the body is consumed to its end or destroyed, so no socket is left waiting for a reader.
 */
async function readBody(
  body: ResponseBody,
  length: number | null,
  maxBytes: number,
): Promise<Buffer | null> {
  if (length !== null && length > maxBytes) {
    await body.dump().catch(() => undefined);
    return null;
  }
  // A declared length is one undici holds the body to (it fails an answer that runs longer), so
  // the body is read whole at once rather than chunk by chunk.
  if (length !== null) {
    const bytes = await body.bytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    // Leaving the loop destroys the stream, and with it the connection it was read from.
    if (size > maxBytes) return null;

    chunks.push(buffer);
  }

  return Buffer.concat(chunks);
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

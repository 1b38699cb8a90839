import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `X-Request-Id` when it is a plain token (so ids can be followed
 * across systems), otherwise a new UUID. Anything else a client sends is not trusted into logs.
 */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  if (typeof header === 'string' && ACCEPTABLE_REQUEST_ID.test(header)) {
    return header;
  }
  return randomUUID();
}

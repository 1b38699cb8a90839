import type { IncomingMessage, ServerResponse } from 'node:http';

import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets for `options`, worked out once. With no per-request directive (no CSP
 * nonce function) helmet sets the same headers on every response, so the gateway copies this
 * set onto each reply instead of running helmet's middleware chain per request.
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };

  let failure: unknown = null;
  let finished = false;
  helmet(options)(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error ?? null;
      finished = true;
    },
  );
  if (failure !== null) throw failure;
  if (!finished) throw new TypeError('helmet did not finish synchronously; headers would vary');

  return Object.freeze(Object.fromEntries(headers));
}

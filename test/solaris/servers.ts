import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { fixture } from './harness.js';

/** A real HTTP server on 127.0.0.1 that plays Solaris's token endpoint and one API handler. */
export interface TestServer {
  url: string;
  /** API requests (everything but the token endpoint) seen so far, as `METHOD path`. */
  apiRequests: string[];
  server: Server;
  close(): Promise<void>;
}

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

/** Starts a server whose token endpoint always grants a token and whose API is `handler`. */
export async function startServer(handler: ApiHandler): Promise<TestServer> {
  const apiRequests: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    if (req.url === '/oauth2/token') {
      sendJson(res, 200, fixture('oauth-token-200'));
      return;
    }

    apiRequests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    handler(req, res, apiRequests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiRequests,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

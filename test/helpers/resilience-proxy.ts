import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

import { Agent, request } from 'undici';

/** A TCP proxy on 127.0.0.1 that counts the connections a client opens through it. */
export interface CountingProxy {
  /** `http://127.0.0.1:PORT`, to configure as the client's upstream. */
  url: string;
  /** Where accepted connections go from now on; until set, they are closed at once. */
  forwardTo(url: string): void;
  /** Client connections open now. */
  open(): number;
  /** The most client connections that were open at once. */
  peak(): number;
  /** Client connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

/**
 * Starts the proxy. Bytes pass through unchanged both ways; when either side ends or fails, both
 * sockets are destroyed, so a closed connection is counted closed as soon as it is.
 */
export async function startCountingProxy(): Promise<CountingProxy> {
  let target: { host: string; port: number } | null = null;
  const sockets = new Set<Socket>();
  let peak = 0;
  let accepted = 0;

  const server = createServer((client) => {
    accepted += 1;
    sockets.add(client);
    peak = Math.max(peak, sockets.size);
    client.once('close', () => sockets.delete(client));
    if (target === null) {
      client.destroy();
      return;
    }

    const upstream = connect(target.port, target.host);
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      // As undici and Node's HTTP server do: no Nagle delay on small writes.
      socket.setNoDelay(true);
      socket.once('error', closeBoth);
      socket.once('close', closeBoth);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    forwardTo: (url) => {
      const parsed = new URL(url);
      target = { host: parsed.hostname, port: Number(parsed.port) };
    },
    open: () => sockets.size,
    peak: () => peak,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Headers a hop owns; they are never passed on from one side to the other. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/** Says which headers to add to an answer: a status fault cannot set headers of its own. */
export type ExtraHeaders = (
  request: { method: string; path: string },
  status: number,
) => Record<string, string>;

/** An HTTP proxy on 127.0.0.1 that passes requests on and adds headers to chosen answers. */
export interface HeaderProxy {
  url: string;
  /** Where requests go from now on; until set, they are answered 502. */
  forwardTo(url: string): void;
  close(): Promise<void>;
}

/** Starts the proxy; bodies are buffered, which suits Solaris's small ones. */
export async function startHeaderProxy(extraHeaders: ExtraHeaders): Promise<HeaderProxy> {
  const agent = new Agent({ connections: 16 });
  let target: string | null = null;

  const server = createHttpServer((req, res) => {
    const forwarded = target === null ? null : forward(agent, target, req);
    if (forwarded === null) {
      res.writeHead(502).end();
      return;
    }

    forwarded
      .then(({ status, headers, body }) => {
        const extra = extraHeaders({ method: req.method ?? 'GET', path: req.url ?? '/' }, status);
        res.writeHead(status, { ...headers, ...extra }).end(body);
      })
      .catch(() => res.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    forwardTo: (url) => {
      target = url;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await agent.close();
    },
  };
}

async function forward(
  agent: Agent,
  target: string,
  req: IncomingMessage,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);

  const response = await request(`${target}${req.url ?? '/'}`, {
    dispatcher: agent,
    method: (req.method ?? 'GET') as 'GET' | 'POST',
    headers: endToEnd(req.headers),
    body: chunks.length === 0 ? null : Buffer.concat(chunks),
  });
  const body = Buffer.from(await response.body.arrayBuffer());
  return { status: response.statusCode, headers: endToEnd(response.headers), body };
}

function endToEnd(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name.toLowerCase())) continue;

    kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

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

import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { afterEach, describe, expect, it } from '@jest/globals';

import { createSolarisClient } from '../../src/solaris/create-solaris-client.js';
import type { SolarisApi } from '../../src/solaris/types.js';
import { captureLogs, fixture, testConfig } from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';

let server: Server | undefined;
let client: SolarisApi | undefined;

afterEach(async () => {
  await client?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server === undefined ? resolve(null) : server.close(resolve)));
  client = undefined;
  server = undefined;
});

/** How the server saw one connection end. */
interface ConnectionLog {
  /** The client sent FIN: it closed the idle socket itself. */
  endedByClient: boolean;
  closed: boolean;
}

/**
 * A server that closes idle sockets after 2 s and, like many proxies, sends no `Keep-Alive:
 * timeout=` hint the client could adapt to.
 */
async function startIdleClosingServer(): Promise<{
  url: string;
  connections: ConnectionLog[];
  requests: string[];
}> {
  const connections: ConnectionLog[] = [];
  const requests: string[] = [];
  server = createServer((req, res) => {
    req.resume();
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const body = JSON.stringify(
      req.url === '/oauth2/token' ? fixture('oauth-token-200') : fixture('card-200'),
    );
    // Setting Connection ourselves stops Node from adding its `Keep-Alive: timeout=2` hint.
    res.writeHead(200, {
      connection: 'keep-alive',
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
  server.keepAliveTimeout = 2000;
  server.on('connection', (socket: Socket) => {
    const log: ConnectionLog = { endedByClient: false, closed: false };
    connections.push(log);
    socket.on('end', () => (log.endedByClient = true));
    socket.on('close', () => (log.closed = true));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return { url: `http://127.0.0.1:${port}`, connections, requests };
}

describe('idle keep-alive sockets', () => {
  it('are closed by the pool before the server closes them, so a call after 3 s idle succeeds', async () => {
    const { url, connections, requests } = await startIdleClosingServer();
    client = createSolarisClient(testConfig({ apiUrl: url, authUrl: url }), {
      logger: captureLogs().logger,
    });

    expect((await client.getCard(CARD_ID)).id).toBe(CARD_ID);
    const usedBeforeIdle = connections.length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await client.getCard(CARD_ID)).id).toBe(CARD_ID);

    // Every socket of the first call was closed by the client after its 1 s idle bound, before
    // the server's 2 s; the later call opened a fresh one and needed no retry to succeed.
    expect(connections.slice(0, usedBeforeIdle)).toEqual(
      connections.slice(0, usedBeforeIdle).map(() => ({ endedByClient: true, closed: true })),
    );
    expect(connections.slice(usedBeforeIdle)).toEqual([{ endedByClient: false, closed: false }]);
    expect(requests).toEqual([
      'POST /oauth2/token',
      `GET /v1/cards/${CARD_ID}`,
      `GET /v1/cards/${CARD_ID}`,
    ]);
  });
});

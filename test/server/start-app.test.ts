import { createServer, type Server } from 'node:net';

import { afterAll, beforeAll, expect, it } from '@jest/globals';

import { startApp } from '../../src/app.js';
import { createDevelopmentKey } from '../../src/auth/development-auth.js';
import { loadConfig } from '../../src/config.js';
import { startSolarisSim, type SolarisSim } from '../../src/solaris-sim/server.js';
import { captureLogs } from '../helpers/log-capture.js';
import { freePort } from '../helpers/redis-server.js';

let sim: SolarisSim;
let occupier: Server;
let occupiedPort: number;

beforeAll(async () => {
  sim = await startSolarisSim();
  occupier = createServer();
  await new Promise<void>((resolve) => occupier.listen(0, '127.0.0.1', resolve));
  occupiedPort = (occupier.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => occupier.close(resolve));
  await sim.close();
});

function canListenOn(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

it('closes the GraphQL port again when the metrics port cannot be had', async () => {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    METRICS_PORT: String(occupiedPort),
  });

  const starting = startApp({
    config,
    logger: captureLogs().logger,
    upstream: {
      apiUrl: sim.url,
      authUrl: sim.url,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
    },
    developmentKey: await createDevelopmentKey(),
  });

  await expect(starting).rejects.toMatchObject({ code: 'EADDRINUSE' });
  expect(await canListenOn(port)).toBe(true);
});

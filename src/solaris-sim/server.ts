import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ConnectionControl } from './connection-control.js';
import { DEFAULT_SEED } from './default-seed.js';
import { createRequestListener } from './dispatcher.js';
import { FaultBook } from './faults.js';
import { Journal } from './journal.js';
import { PinKeyRing } from './pin-key-ring.js';
import { parseSeed } from './seed-file.js';
import type { SimContext } from './sim-context.js';
import { createSimState } from './sim-state.js';
import { TokenStore } from './token-store.js';
import type { SimOptions, SolarisSim } from './types.js';

export type { SimCard, SimDevice, SimOptions, SimPerson, SimSeed, SolarisSim } from './types.js';
export { simOptionsFromEnv } from './env-options.js';

/** Starts the embedded Solaris on 127.0.0.1 (an ephemeral port unless told otherwise). */
export async function startSolarisSim(options: SimOptions = {}): Promise<SolarisSim> {
  const host = options.host ?? '127.0.0.1';
  const sim = await createContext(options);

  const control = new ConnectionControl();
  const server = createServer(createRequestListener(sim, control));
  server.on('connection', (socket) => control.track(socket));

  const port = await listen(server, options.port ?? 0, host);
  sim.config.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: sim.config.baseUrl,
    clientId: sim.config.clientId,
    clientSecret: sim.config.clientSecret,
    currentKeyId: () => sim.keys.currentKeyId(),
    rotateKey: () => sim.keys.rotate(),
    close: () => (closing ??= closeServer(server, control)),
  };
}

async function createContext(options: SimOptions): Promise<SimContext> {
  const changeRequestTtlSeconds = positiveSeconds(options, 'changeRequestTtlSeconds', 300);
  const tokenTtlSeconds = positiveSeconds(options, 'tokenTtlSeconds', 3599);
  const keyGraceSeconds = options.keyGraceSeconds ?? 300;
  if (!(keyGraceSeconds >= 0)) throw new TypeError('keyGraceSeconds must be 0 or more');

  const seed = parseSeed(options.seed ?? DEFAULT_SEED, 'the seed option');
  const keys = await PinKeyRing.create(options.pinKey, keyGraceSeconds);

  return {
    config: {
      baseUrl: '',
      clientId: options.clientId ?? 'sim-client-id',
      clientSecret: options.clientSecret ?? 'sim-client-secret',
      changeRequestTtlMs: changeRequestTtlSeconds * 1000,
    },
    state: createSimState(seed),
    keys,
    tokens: new TokenStore(tokenTtlSeconds),
    faults: new FaultBook(),
    journal: new Journal(),
  };
}

function positiveSeconds(
  options: SimOptions,
  name: 'changeRequestTtlSeconds' | 'tokenTtlSeconds',
  fallback: number,
): number {
  const value = options[name] ?? fallback;
  if (!(value > 0)) throw new TypeError(`${name} must be more than 0, got ${value}`);
  return value;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops accepting, then destroys every socket, so that even a stalled request ends at once. */
function closeServer(server: Server, control: ConnectionControl): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    control.closeAll();
    server.closeAllConnections();
  });
}

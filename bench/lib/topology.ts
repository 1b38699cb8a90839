import { fileURLToPath } from 'node:url';

import { imageCommand } from '../../scripts/image-command.js';

import type { BenchIdentity } from './identity.js';
import {
  LISTENING_LINE,
  answers200,
  freePort,
  runCommand,
  startProcess,
  type RunningProcess,
} from './processes.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How the Docker image starts the gateway: its node flags, entry point and environment. */
const IMAGE = imageCommand(new URL('../../Dockerfile', import.meta.url));

/** Where the benchmark's own servers are compiled to (git-ignored with the results). */
export const BENCH_DIST = `${ROOT}bench/results/dist`;

/** Gateway and baseline share one core; the upstream and the load generator the other. */
export const SERVER_CORE = 1;
export const LOAD_CORE = 0;

/** The highest per-minute limit the gateway's configuration takes. */
const RATE_LIMIT_CEILING = '10000000';

const SIM_CLIENT_ID = 'bench-client';
const SIM_CLIENT_SECRET = 'bench-client-secret';

/**
 * Builds the gateway (`npm run build`) and compiles the benchmark's servers. `BENCH_NO_BUILD=1`
 * keeps `dist/` as it is, to measure a build edited by hand.
 */
export async function buildAll(): Promise<void> {
  if (process.env['BENCH_NO_BUILD'] !== '1')
    await runCommand('npm', ['run', 'build', '--silent'], ROOT);
  await runCommand('npx', ['tsc', '-p', 'bench/tsconfig.json'], ROOT);
}

/** The embedded Solaris as its own process, on an ephemeral port. */
export async function startSolaris(tokenTtlSeconds?: number): Promise<RunningProcess> {
  return startProcess({
    name: 'embedded Solaris',
    core: LOAD_CORE,
    nodeArgs: [`${ROOT}dist/solaris-sim/main.js`],
    env: {
      SIM_PORT: '0',
      SIM_CLIENT_ID,
      SIM_CLIENT_SECRET,
      ...(tokenTtlSeconds === undefined ? {} : { SIM_TOKEN_TTL_S: String(tokenTtlSeconds) }),
    },
    ready: { kind: 'stdout', pattern: /Solaris simulator on (http:\/\/127\.0\.0\.1:\d+)/ },
  });
}

export const SOLARIS_CREDENTIALS = { clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET };

/** The replay upstream serving `recordingFile`, answering after `delayMs`. */
export async function startReplay(recordingFile: string, delayMs: number): Promise<RunningProcess> {
  return startProcess({
    name: `replay upstream (${delayMs} ms)`,
    core: LOAD_CORE,
    nodeArgs: [`${BENCH_DIST}/replay-upstream.js`],
    env: { REPLAY_RECORDING: recordingFile, REPLAY_DELAY_MS: String(delayMs), PORT: '0' },
    ready: { kind: 'stdout', pattern: LISTENING_LINE },
  });
}

export interface ServerTarget {
  upstreamUrl: string;
  identity: BenchIdentity;
}

/** The environment gateway and baseline both read. */
export function serverEnvironment(target: ServerTarget, port: number): Record<string, string> {
  return {
    // The image's own settings (such as its malloc tuning) first, for the baseline as well.
    ...IMAGE.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SOLARIS_API_URL: target.upstreamUrl,
    SOLARIS_AUTH_URL: target.upstreamUrl,
    SOLARIS_CLIENT_ID: SIM_CLIENT_ID,
    SOLARIS_CLIENT_SECRET: SIM_CLIENT_SECRET,
    AUTH_JWKS_FILE: target.identity.jwksFile,
    AUTH_ISSUER: target.identity.issuer,
    AUTH_AUDIENCE: target.identity.audience,
    RATE_LIMIT_QUERIES_PER_MINUTE: RATE_LIMIT_CEILING,
    RATE_LIMIT_MUTATIONS_PER_MINUTE: RATE_LIMIT_CEILING,
    METRICS_PORT: '0',
    LOG_LEVEL: 'warn',
  };
}

export interface GatewayLaunch {
  /** Extra node flags, such as `--cpu-prof`. */
  nodeFlags?: string[];
  /** Extra environment on top of the production settings. */
  env?: Record<string, string>;
  /** The script to run instead of `dist/main.js`, such as another build of the gateway. */
  entry?: string;
  /** When the gateway counts as started; by default when `/healthz` answers. */
  probe?: (baseUrl: string) => Promise<boolean>;
  port?: number;
  onStdout?: (text: string) => void;
  /** Started in the baseline's place (`--versus`): without `BENCH_GATEWAY_NODE_FLAGS`. */
  versus?: boolean;
}

/**
 * Node flags every gateway of the run starts with, from `BENCH_GATEWAY_NODE_FLAGS` (split at
 * spaces), to try V8 settings that `NODE_OPTIONS` does not take.
 */
const GATEWAY_NODE_FLAGS = (process.env['BENCH_GATEWAY_NODE_FLAGS'] ?? '')
  .split(' ')
  .filter(Boolean);

/** The gateway in production mode, started as the Docker image starts it, pinned to the server core. */
export async function startGateway(
  target: ServerTarget,
  launch: GatewayLaunch = {},
): Promise<RunningProcess> {
  const port = launch.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const probe = launch.probe ?? ((url: string) => answers200(`${url}/healthz`));
  return startProcess({
    name: 'gateway',
    core: SERVER_CORE,
    nodeArgs: [
      ...IMAGE.nodeFlags,
      ...(launch.versus === true ? [] : GATEWAY_NODE_FLAGS),
      ...(launch.nodeFlags ?? []),
      launch.entry ?? `${ROOT}${IMAGE.entry}`,
    ],
    env: { ...serverEnvironment(target, port), ...launch.env },
    ready: { kind: 'probe', baseUrl, probe: () => probe(baseUrl) },
    ...(launch.onStdout === undefined ? {} : { onStdout: launch.onStdout }),
  });
}

/** The baseline, compiled like the gateway, pinned to the same core. */
export async function startBaseline(target: ServerTarget): Promise<RunningProcess> {
  return startProcess({
    name: 'baseline',
    core: SERVER_CORE,
    nodeArgs: [`${BENCH_DIST}/baseline-server.js`],
    env: serverEnvironment(target, 0),
    ready: { kind: 'stdout', pattern: LISTENING_LINE },
  });
}

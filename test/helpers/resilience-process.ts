import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  DEVELOPMENT_KEY_FILE,
  mintDevelopmentToken,
  readDevelopmentKey,
} from '../../src/auth/development-auth.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(REPO_ROOT, 'src/main.ts');
/** tsx's loader by path: the process runs in a directory of its own, outside the repository. */
const TSX_LOADER = join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs');

/** How the process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `src/main.ts` running as its own process, with the embedded Solaris, in a temp directory. */
export interface GatewayProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` of the gateway. */
  url: string;
  /** `http://127.0.0.1:PORT` of the embedded Solaris. */
  simUrl: string;
  /** Every JSON log line written so far. */
  logs(): Record<string, unknown>[];
  /** Resolves once the process has exited. */
  exited: Promise<Exit>;
  /** A development bearer token the process trusts, signed with the key it created. */
  token(personId: string): Promise<string>;
  /** Kills the process if it still runs and removes its directory. */
  dispose(): Promise<void>;
}

/**
 * Starts the gateway as `npm start` would, but on ephemeral ports, and resolves once both the
 * embedded Solaris and the gateway said where they listen.
 */
export async function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const cwd = await mkdtemp(join(tmpdir(), 'card-pin-gateway-'));
  // Jest's own module flags are not the gateway's.
  const inherited = { ...process.env };
  delete inherited.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd,
    env: { ...inherited, PORT: '0', SIM_PORT: '0', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });

  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete) {
      const parsed = parseLogLine(line);
      if (parsed !== null) lines.push(parsed);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });

  const dispose = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    await rm(cwd, { recursive: true, force: true });
  };

  try {
    const [simUrl, graphqlUrl] = await Promise.all([
      loggedUrl(lines, 'embedded Solaris started (development only)', exited),
      loggedUrl(lines, 'gateway listening', exited),
    ]);
    return {
      child,
      url: new URL(graphqlUrl).origin,
      simUrl,
      logs: () => lines,
      exited,
      token: async (personId) =>
        mintDevelopmentToken(await readDevelopmentKey(join(cwd, DEVELOPMENT_KEY_FILE)), personId),
      dispose,
    };
  } catch (error: unknown) {
    await dispose();
    throw new Error(`The gateway process did not start: ${String(error)}\n${stderr}`);
  }
}

function parseLogLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;

  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The `url` of the first log line with `msg`, once it is written. */
async function loggedUrl(
  lines: Record<string, unknown>[],
  msg: string,
  exited: Promise<Exit>,
): Promise<string> {
  let ended = false;
  void exited.then(() => {
    ended = true;
  });

  for (let waited = 0; waited < 20_000; waited += 20) {
    const url = lines.find((line) => line.msg === msg)?.url;
    if (typeof url === 'string') return url;

    if (ended) throw new Error(`the process exited before logging "${msg}"`);

    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no "${msg}" line within 20 s`);
}

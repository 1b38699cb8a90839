import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

import { request } from 'undici';

/** A server the benchmark started, pinned to one core. */
export interface RunningProcess {
  name: string;
  pid: number;
  /** Where it listens. */
  url: string;
  /** The last lines it wrote to stderr, for when it fails. */
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface ProcessSpec {
  name: string;
  /** The CPU core it runs on (`taskset -c`). */
  core: number;
  /** Arguments to node: flags and the script. */
  nodeArgs: string[];
  env: Record<string, string>;
  /**
   * How it tells where it listens: a stdout line whose first group is the URL, or a probe of
   * `baseUrl` that is repeated every few milliseconds until it says yes.
   */
  ready:
    | { kind: 'stdout'; pattern: RegExp }
    | { kind: 'probe'; baseUrl: string; probe: () => Promise<boolean> };
  startTimeoutMs?: number;
  /** Told everything the process writes to stdout. */
  onStdout?: (text: string) => void;
}

/** Every process started and not yet exited, so that a failed run leaves none behind. */
const running = new Set<RunningProcess>();

/** Stops every process still running; the runner's last step, whatever happened before. */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map((process) => process.stop()));
}

/** Spawns `node` pinned to a core and waits until it listens. */
export async function startProcess(spec: ProcessSpec): Promise<RunningProcess> {
  const child = spawn('taskset', ['-c', String(spec.core), process.execPath, ...spec.nodeArgs], {
    env: { PATH: process.env['PATH'] ?? '', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Both pipes are always read, so that a chatty process can never block on a full pipe.
  const stderrLines: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderrLines.push(text);
    if (stderrLines.length > 50) stderrLines.shift();
  });
  child.stdout?.setEncoding('utf8').on('data', spec.onStdout ?? (() => undefined));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stderr = () => stderrLines.join('');

  const url = await withTimeout(
    spec.ready.kind === 'stdout'
      ? listeningUrl(child, spec.ready.pattern)
      : probed(spec.ready, exited),
    spec.startTimeoutMs ?? 15_000,
    () => 'it did not get ready in time',
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${spec.name} did not start (${String(error)}): ${stderr()}`, { cause: error });
  });
  if (child.pid === undefined) throw new Error(`${spec.name} has no pid`);

  const started: RunningProcess = {
    name: spec.name,
    pid: child.pid,
    url,
    stderr,
    stop: async (graceMs = 5000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;

      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(started);
  void exited.then(() => running.delete(started));
  return started;
}

/** The line the benchmark's own servers print once they listen. */
export const LISTENING_LINE = /listening (http:\/\/127\.0\.0\.1:\d+)/;

function listeningUrl(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      seen += text;
      const match = pattern.exec(seen);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${String(code)} before listening`)));
  });
}

/** Repeats the probe every 5 ms until it says yes. */
async function probed(
  ready: { baseUrl: string; probe: () => Promise<boolean> },
  exited: Promise<void>,
): Promise<string> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error('exited before it was ready');
    if (await ready.probe()) return ready.baseUrl;
    await sleep(5);
  }
}

/** Whether a GET of `url` answers 200; a refused connection is a no. */
export async function answers200(url: string): Promise<boolean> {
  try {
    const response = await request(url);
    await response.body.dump();
    return response.statusCode === 200;
  } catch {
    return false;
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port was assigned');
  return address.port;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a command to its end, failing with its output when it fails. */
export async function runCommand(command: string, args: string[], cwd: string): Promise<void> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
}

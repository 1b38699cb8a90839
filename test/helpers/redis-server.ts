import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

/** A throwaway redis-server on 127.0.0.1, owned by one test. */
export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server and waits for it to exit. */
  stop(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open and nothing answers. */
  pause(): void;
  /** Lets a paused process run again (SIGCONT). */
  resume(): void;
}

export interface RedisServerOptions {
  /** Listen on this port, e.g. to bring a stopped server back; default: a free port. */
  port?: number;
}

const READY_TIMEOUT_MS = 5000;

/** A port nothing listens on right now, found by letting the kernel pick one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  const address = server.address();
  server.close();
  await once(server, 'close');

  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };

    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

async function waitUntilReady(child: ChildProcess, port: number, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited before it was ready: ${output()}`);
    }
    if (await answersPing(port)) return;

    await delay(20);
  }

  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port} within ${READY_TIMEOUT_MS} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;

  const exited = once(child, 'exit');
  child.kill('SIGCONT');
  child.kill('SIGKILL');
  await exited;
}

/**
 * Starts Debian's redis-server on 127.0.0.1 without persistence and resolves once it answers
 * PING. Bring a stopped server back with `startRedisServer({ port: server.port })`.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn('redis-server', [...args, '--loglevel', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const spawnFailure = once(child, 'spawn').then(
    () => undefined,
    (error: unknown) => error,
  );

  const failure = await spawnFailure;
  if (failure !== undefined) {
    throw new Error(
      `could not start redis-server (run scripts/test-setup.mjs): ${String(failure)}`,
    );
  }
  await waitUntilReady(child, port, () => output);

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopChild(child),
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
  };
}

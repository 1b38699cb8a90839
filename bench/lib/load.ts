import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { LoadResult, LoadSpec } from './load-spec.js';
import {
  coreBusy,
  coreTimes,
  type CoreTimes,
  processCpuMicros,
  processMemory,
  resetPeakMemory,
} from './proc-stats.js';
import { BENCH_DIST, LOAD_CORE } from './topology.js';

let specCounter = 0;

/** Told when the worker starts sending and when it has stopped, to read /proc around the load. */
export interface LoadHooks {
  started?(): Promise<void>;
  finished?(): Promise<void>;
}

/** Runs the load worker pinned to the load core and returns what it measured. */
export async function runLoad(
  spec: LoadSpec,
  scratchDirectory: string,
  hooks: LoadHooks = {},
): Promise<LoadResult> {
  specCounter += 1;
  const specFile = join(scratchDirectory, `load-${specCounter}.json`);
  await writeFile(specFile, JSON.stringify(spec));

  const child = spawn(
    'taskset',
    ['-c', String(LOAD_CORE), process.execPath, `${BENCH_DIST}/load-worker.js`, specFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines = workerLines(child.stdout);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const started = await lines.next();
  if (started.value === STARTED_LINE) await hooks.started?.();
  const result = started.value === STARTED_LINE ? await lines.next() : started;
  if (result.value !== undefined) await hooks.finished?.();

  const code = await exited;
  if (code !== 0 || result.value === undefined) {
    throw new Error(`The load worker failed (${code}): ${stderr}`);
  }
  return JSON.parse(result.value) as LoadResult;
}

/** The line the worker prints right before the first request. */
export const STARTED_LINE = 'started';

async function* workerLines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  let buffered = '';
  for await (const chunk of stream) {
    buffered += String(chunk);
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      yield buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  }
}

/** One run against a server, with what it cost that server and the machine. */
export interface MeasuredRun {
  load: LoadResult;
  /** The server's CPU time over the run divided by the requests answered. */
  cpuMicrosPerOperation: number;
  /** The server's peak resident memory during the run (its life's peak where no reset works). */
  peakRssBytes: number;
  rssBytes: number;
  /** How busy each core was over the run, 0 to 1. */
  coreBusy: number[];
  /** The server's own share of its core; the rest of that core's busy time is someone else's. */
  serverCoreShare: number;
}

/** Runs `spec` and reads the server's /proc figures and the cores' around it. */
export async function measureRun(
  serverPid: number,
  spec: LoadSpec,
  scratchDirectory: string,
): Promise<MeasuredRun> {
  await resetPeakMemory(serverPid);
  let cpuBefore = 0;
  let coresBefore: CoreTimes = [];
  let startedAt = 0;
  let cpuMicros = 0;
  let busy: number[] = [];
  let elapsedMicros = 0;

  const load = await runLoad(spec, scratchDirectory, {
    started: async () => {
      cpuBefore = await processCpuMicros(serverPid);
      coresBefore = await coreTimes();
      startedAt = performance.now();
    },
    finished: async () => {
      elapsedMicros = (performance.now() - startedAt) * 1000;
      cpuMicros = (await processCpuMicros(serverPid)) - cpuBefore;
      busy = coreBusy(coresBefore, await coreTimes());
    },
  });
  const memory = await processMemory(serverPid);

  return {
    load,
    cpuMicrosPerOperation: load.requests > 0 ? cpuMicros / load.requests : 0,
    peakRssBytes: memory.peakRssBytes,
    rssBytes: memory.rssBytes,
    coreBusy: busy,
    serverCoreShare: cpuMicros / elapsedMicros,
  };
}

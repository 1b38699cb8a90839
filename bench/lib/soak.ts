import type { LoadResult, LoadSpec } from './load-spec.js';
import { runLoad } from './load.js';
import { openSockets, processMemory } from './proc-stats.js';
import { sleep } from './processes.js';
import { requestHeaders, type BenchSetup } from './setup.js';
import { startGateway, startReplay } from './topology.js';

/** Resident memory and open sockets of the gateway at one moment. */
export interface SoakReading {
  label: string;
  rssMb: number;
  openSockets: number;
}

/** The heap V8 kept after each full (mark-compact) collection: what is really alive. */
export interface LiveHeap {
  /** After the first full collection once the warm-up was over. */
  firstAfterWarmUpMb: number | null;
  /** After the last full collection of the run. */
  lastMb: number | null;
  fullCollections: number;
}

export interface SoakResult {
  warmUpOperations: number;
  operations: number;
  seconds: number;
  stoppedByTimeLimit: boolean;
  failures: { non2xx: number; errors: number; timeouts: number; wrongAnswers: number };
  readings: SoakReading[];
  /** RSS at the end over RSS at the start (after the warm-up), minus one. */
  rssGrowth: number;
  /** The most sockets seen open during the run (sampled each second). */
  peakSockets: number;
  liveHeap: LiveHeap;
}

/** `Mark-Compact 150.3 (175.2) -> 38.8 (175.2) MB` in V8's `--trace-gc` lines. */
const FULL_COLLECTION = /Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g;

const WARM_UP_OPERATIONS = 10_000;
const SOAK_OPERATIONS = 100_000;
const SOAK_MAX_SECONDS = 600;
const CONNECTIONS = 10;

/**
 * 100,000 operations (key queries and PIN changes in turn) through the gateway, after a
 * 10,000-operation warm-up, stopping after ten minutes at the latest. Memory and sockets are
 * read when the gateway is fresh, after the warm-up (the start), after the run (the end), and
 * once more after two idle seconds, when the upstream keep-alive sockets have closed.
 */
export async function runSoak(setup: BenchSetup): Promise<SoakResult> {
  const replay = await startReplay(setup.recordingFile, 0);
  // --trace-gc tells the heap left after each full collection: growth there would be a leak,
  // growth of RSS alone is V8 giving the old generation more room.
  const liveAfterCollection: number[] = [];
  const gateway = await startGateway(
    { upstreamUrl: replay.url, identity: setup.identity },
    {
      nodeFlags: ['--trace-gc'],
      env: setup.gatewayEnv,
      onStdout: (text) => {
        for (const match of text.matchAll(FULL_COLLECTION)) {
          liveAfterCollection.push(Number(match[1]));
        }
      },
    },
  );
  const read = async (label: string): Promise<SoakReading> => ({
    label,
    rssMb: (await processMemory(gateway.pid)).rssBytes / 1024 / 1024,
    openSockets: await openSockets(gateway.pid),
  });

  try {
    const readings = [await read('fresh (before any operation)')];
    const spec = (amount: number, maxSeconds: number): LoadSpec => ({
      url: `${gateway.url}/graphql`,
      connections: CONNECTIONS,
      durationSeconds: maxSeconds,
      amount,
      maxSeconds,
      timeoutSeconds: 10,
      headers: requestHeaders(setup),
      requests: [setup.requests.pinEncryptionKey, setup.requests.changeCardPin],
      keepSamples: false,
    });

    const warmUp = await runLoad(spec(WARM_UP_OPERATIONS, 120), setup.scratch);
    const collectionsBeforeSoak = liveAfterCollection.length;
    const start = await read(`start (after ${WARM_UP_OPERATIONS} warm-up operations)`);
    readings.push(start);

    let peakSockets = 0;
    const sampler = setInterval(() => {
      void openSockets(gateway.pid).then((count) => (peakSockets = Math.max(peakSockets, count)));
    }, 1000);
    const soak = await runLoad(spec(SOAK_OPERATIONS, SOAK_MAX_SECONDS), setup.scratch).finally(() =>
      clearInterval(sampler),
    );
    const end = await read(`end (after ${soak.requests} operations)`);
    readings.push(end);
    await sleep(2000);
    readings.push(await read('end + 2 s idle'));

    return {
      warmUpOperations: warmUp.requests,
      operations: soak.requests,
      seconds: soak.durationSeconds,
      stoppedByTimeLimit: soak.stoppedByTimeLimit,
      failures: failuresOf([warmUp, soak]),
      readings,
      rssGrowth: end.rssMb / start.rssMb - 1,
      peakSockets,
      liveHeap: {
        firstAfterWarmUpMb: liveAfterCollection[collectionsBeforeSoak] ?? null,
        lastMb: liveAfterCollection[liveAfterCollection.length - 1] ?? null,
        fullCollections: liveAfterCollection.length - collectionsBeforeSoak,
      },
    };
  } finally {
    await gateway.stop();
    await replay.stop();
  }
}

function failuresOf(runs: LoadResult[]): SoakResult['failures'] {
  const total = (pick: (run: LoadResult) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0);
  return {
    non2xx: total((run) => run.non2xx),
    errors: total((run) => run.errors),
    timeouts: total((run) => run.timeouts),
    wrongAnswers: total((run) => Object.values(run.wrongAnswers).reduce((a, b) => a + b, 0)),
  };
}

import type { LoadRequest, LoadSpec } from './load-spec.js';
import { measureRun, type MeasuredRun } from './load.js';
import type { OperationName } from './operations.js';
import type { RunningProcess } from './processes.js';
import { waitForQuietCores } from './quiet.js';
import { percentile } from './stats.js';
import { LOAD_CORE, SERVER_CORE } from './topology.js';

/** One cell of the comparison: an operation at a concurrency against an upstream delay. */
export interface CaseSpec {
  operation: OperationName;
  connections: number;
  delayMs: number;
}

export interface Timing {
  warmUpSeconds: number;
  roundSeconds: number;
  rounds: number;
}

/** One server's figures for a case, over all its rounds. */
export interface TargetSummary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicrosPerOperation: number;
  peakRssMb: number;
  /** Busy fraction of each core, averaged over the rounds. */
  coreBusy: number[];
  /** Busy time on the server core that was not the server's own (other processes). */
  foreignServerCoreLoad: number;
  requests: number;
  /** Non-2xx answers, socket errors, timeouts and wrong bodies: all must be 0. */
  failures: { non2xx: number; errors: number; timeouts: number; wrongAnswers: number };
  firstWrongAnswer: string | null;
  rounds: RoundFigures[];
}

export interface RoundFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMicrosPerOperation: number;
  coreBusy: number[];
}

export interface CaseResult extends CaseSpec {
  gateway: TargetSummary;
  baseline: TargetSummary;
  /** Gateway divided by baseline. */
  ratios: {
    throughput: number;
    p50: number;
    p99: number;
    cpuPerOperation: number;
    peakRss: number;
  };
  /** Gateway p99 minus baseline p99. */
  p99DeltaMs: number;
  /** Why the figures of this case may not be trusted as they are. */
  flags: string[];
}

export interface Targets {
  gateway: RunningProcess;
  baseline: RunningProcess;
}

/**
 * Measures one case: a warm-up against each server, then rounds interleaved gateway, baseline,
 * gateway, baseline, so that drift in the machine hits both alike.
 */
export async function compareCase(
  spec: CaseSpec,
  targets: Targets,
  request: LoadRequest,
  headers: Record<string, string>,
  timing: Timing,
  scratch: string,
): Promise<CaseResult> {
  const loadSpec = (server: RunningProcess, seconds: number): LoadSpec => ({
    url: `${server.url}/graphql`,
    connections: spec.connections,
    durationSeconds: seconds,
    maxSeconds: seconds + 10,
    timeoutSeconds: 10,
    headers,
    requests: [request],
    keepSamples: true,
  });

  for (const server of [targets.gateway, targets.baseline]) {
    await measureRun(server.pid, loadSpec(server, timing.warmUpSeconds), scratch);
  }

  const runs: Record<'gateway' | 'baseline', MeasuredRun[]> = { gateway: [], baseline: [] };
  for (let round = 0; round < timing.rounds; round += 1) {
    for (const name of ['gateway', 'baseline'] as const) {
      const server = targets[name];
      runs[name].push(await cleanRun(server.pid, loadSpec(server, timing.roundSeconds), scratch));
    }
  }

  const gateway = summarize(runs.gateway);
  const baseline = summarize(runs.baseline);
  return {
    ...spec,
    gateway,
    baseline,
    ratios: {
      throughput: gateway.requestsPerSecond / baseline.requestsPerSecond,
      p50: gateway.p50Ms / baseline.p50Ms,
      p99: gateway.p99Ms / baseline.p99Ms,
      cpuPerOperation: gateway.cpuMicrosPerOperation / baseline.cpuMicrosPerOperation,
      peakRss: gateway.peakRssMb / baseline.peakRssMb,
    },
    p99DeltaMs: gateway.p99Ms - baseline.p99Ms,
    flags: [...flagsOf('gateway', gateway), ...flagsOf('baseline', baseline)],
  };
}

/** Other processes' share of the server core during a run. */
export function foreignLoad(run: MeasuredRun): number {
  return Math.max(0, (run.coreBusy[SERVER_CORE] ?? 0) - run.serverCoreShare);
}

/** Busy time of other processes on the server core above which a run is tried again. */
const MAX_FOREIGN_LOAD = 0.1;
const ATTEMPTS = 3;

/**
 * One run on a machine that others share: it starts once the cores are quiet, and is tried again
 * (three times at most) while other processes took more than 10 % of the server core; the least
 * disturbed attempt counts.
 */
export async function cleanRun(
  serverPid: number,
  spec: LoadSpec,
  scratch: string,
): Promise<MeasuredRun> {
  let best: MeasuredRun | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    await waitForQuietCores();
    const run = await measureRun(serverPid, spec, scratch);
    if (best === null || foreignLoad(run) < foreignLoad(best)) best = run;
    if (foreignLoad(run) <= MAX_FOREIGN_LOAD) break;
  }
  if (best === null) throw new TypeError('cleanRun made no attempt');
  return best;
}

function summarize(runs: MeasuredRun[]): TargetSummary {
  const samples = runs.flatMap((run) => run.load.samples ?? []).sort((a, b) => a - b);
  const requests = sum(runs.map((run) => run.load.requests));
  const seconds = sum(runs.map((run) => run.load.durationSeconds));
  const cpuMicros = sum(runs.map((run) => run.cpuMicrosPerOperation * run.load.requests));
  const coreBusy = averageCores(runs.map((run) => run.coreBusy));

  return {
    requestsPerSecond: requests / seconds,
    p50Ms: percentile(samples, 0.5) / 1000,
    p99Ms: percentile(samples, 0.99) / 1000,
    cpuMicrosPerOperation: requests > 0 ? cpuMicros / requests : 0,
    peakRssMb: Math.max(...runs.map((run) => run.peakRssBytes)) / 1024 / 1024,
    coreBusy,
    foreignServerCoreLoad: Math.max(...runs.map(foreignLoad)),
    requests,
    failures: {
      non2xx: sum(runs.map((run) => run.load.non2xx)),
      errors: sum(runs.map((run) => run.load.errors)),
      timeouts: sum(runs.map((run) => run.load.timeouts)),
      wrongAnswers: sum(runs.map((run) => sum(Object.values(run.load.wrongAnswers)))),
    },
    firstWrongAnswer:
      runs.find((run) => run.load.firstWrongAnswer !== null)?.load.firstWrongAnswer ?? null,
    rounds: runs.map((run) => ({
      requestsPerSecond: run.load.requestsPerSecond,
      p50Ms: run.load.latencyMs.p50,
      p99Ms: run.load.latencyMs.p99,
      cpuMicrosPerOperation: run.cpuMicrosPerOperation,
      coreBusy: run.coreBusy,
    })),
  };
}

/** A run is flagged when it had failures, or when its core or the load's core was contended. */
function flagsOf(name: string, summary: TargetSummary): string[] {
  const flags: string[] = [];
  const { non2xx, errors, timeouts, wrongAnswers } = summary.failures;
  if (non2xx + errors + timeouts + wrongAnswers > 0) {
    flags.push(
      `${name}: ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts, ${wrongAnswers} wrong bodies`,
    );
  }
  if ((summary.coreBusy[LOAD_CORE] ?? 0) > 0.95) {
    flags.push(`${name}: the load core was saturated, so this is a floor`);
  }
  if (summary.foreignServerCoreLoad > 0.05) {
    flags.push(
      `${name}: ${Math.round(summary.foreignServerCoreLoad * 100)} % of the server core went to other processes`,
    );
  }
  return flags;
}

function averageCores(perRun: number[][]): number[] {
  const cores = perRun[0]?.length ?? 0;
  return Array.from(
    { length: cores },
    (_, core) => sum(perRun.map((run) => run[core] ?? 0)) / perRun.length,
  );
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

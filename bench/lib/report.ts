import type { CaseResult } from './compare.js';
import type { ColdStart } from './cold-start.js';
import type { ProfileResult } from './profile-run.js';
import type { SoakResult } from './soak.js';
import type { UpstreamEfficiency } from './upstream-efficiency.js';

/** One target of the benchmark and whether it was reached. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (value: number) => `${Math.round(value * 100)}`;

/** The comparison as a Markdown table, one row per case. */
export function comparisonTable(cases: CaseResult[]): string {
  const header = [
    'operation',
    'conns',
    'upstream',
    'req/s gateway / baseline (ratio)',
    'p50 ms gw / base',
    'p99 ms gw / base (ratio, Δ)',
    'CPU µs/op gw / base',
    'peak RSS MB gw / base',
    'core 0/1 busy % gw run | base run',
  ];
  const rows = cases.map((result) => {
    const { gateway: gw, baseline: base, ratios } = result;
    return [
      result.operation,
      String(result.connections),
      result.delayMs === 0 ? 'at once' : `${result.delayMs} ms`,
      `${number(gw.requestsPerSecond)} / ${number(base.requestsPerSecond)} (${number(ratios.throughput, 2)})`,
      `${number(gw.p50Ms, 2)} / ${number(base.p50Ms, 2)}`,
      `${number(gw.p99Ms, 2)} / ${number(base.p99Ms, 2)} (${number(ratios.p99, 2)}, ${result.p99DeltaMs >= 0 ? '+' : ''}${number(result.p99DeltaMs, 2)})`,
      `${number(gw.cpuMicrosPerOperation)} / ${number(base.cpuMicrosPerOperation)}`,
      `${number(gw.peakRssMb)} / ${number(base.peakRssMb)}`,
      `${gw.coreBusy.map(percent).join('/')} | ${base.coreBusy.map(percent).join('/')}`,
    ];
  });
  return markdown(header, rows);
}

/** Every flag of every case, or a line saying there were none. */
export function flagLines(cases: CaseResult[]): string[] {
  const lines = cases.flatMap((result) =>
    result.flags.map(
      (flag) => `${result.operation} @${result.connections}, ${result.delayMs} ms: ${flag}`,
    ),
  );
  return lines.length === 0 ? ['No run had errors, wrong answers or contended cores.'] : lines;
}

/** The targets, checked against what was measured. */
export function checkTargets(
  cases: CaseResult[],
  coldStart: ColdStart | null,
  soak: SoakResult | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const result of cases.filter((each) => each.delayMs === 0 && each.connections === 50)) {
    checks.push({
      target: `${result.operation} @50, upstream at once: throughput >= 0.75 of baseline`,
      measured: number(result.ratios.throughput, 2),
      met: result.ratios.throughput >= 0.75,
    });
    checks.push({
      target: `${result.operation} @50, upstream at once: p99 <= 1.5x baseline`,
      measured: `${number(result.ratios.p99, 2)}x`,
      met: result.ratios.p99 <= 1.5,
    });
  }
  for (const result of cases.filter((each) => each.delayMs > 0)) {
    const label = `${result.operation} @${result.connections}, upstream ${result.delayMs} ms`;
    checks.push({
      target: `${label}: throughput within 5 %`,
      measured: `${number((result.ratios.throughput - 1) * 100, 1)} %`,
      met: result.ratios.throughput >= 0.95,
    });
    checks.push({
      target: `${label}: p99 within 3 ms`,
      measured: `${result.p99DeltaMs >= 0 ? '+' : ''}${number(result.p99DeltaMs, 2)} ms`,
      met: result.p99DeltaMs <= 3,
    });
  }
  if (cases.length > 0) {
    const peak = Math.max(...cases.map((result) => result.gateway.peakRssMb));
    checks.push({
      target: 'gateway peak RSS < 200 MB',
      measured: `${number(peak)} MB`,
      met: peak < 200,
    });
  }
  if (coldStart !== null) {
    checks.push({
      target: 'cold start < 1 s (spawn to first answered operation)',
      measured: `median ${number(coldStart.medianMs)} ms, max ${number(coldStart.maxMs)} ms`,
      met: coldStart.maxMs < 1000,
    });
  }
  if (soak !== null) {
    checks.push({
      target: 'RSS growth over the soak < 10 %',
      measured: `${number(soak.rssGrowth * 100, 1)} %`,
      met: soak.rssGrowth < 0.1,
    });
  }
  return checks;
}

export function targetTable(checks: TargetCheck[]): string {
  return markdown(
    ['target', 'measured', 'met'],
    checks.map((check) => [check.target, check.measured, check.met ? 'yes' : 'NO']),
  );
}

export function efficiencyLines(efficiency: UpstreamEfficiency): string[] {
  const line = (name: string, calls: UpstreamEfficiency['pinEncryptionKey']) =>
    `${name}: ${calls.operations} operations (${calls.failedOperations} failed); per operation ` +
    `${number(calls.cardLookups, 2)} card lookups, ${number(calls.keyFetches, 2)} key fetches, ` +
    `${number(calls.pinPosts, 2)} PIN POSTs`;
  const renewal = efficiency.tokenRenewal;
  return [
    line('pinEncryptionKey', efficiency.pinEncryptionKey),
    line('changeCardPin', efficiency.changeCardPin),
    `token requests over both runs: ${efficiency.tokenRequests} (one token lifetime)`,
    `token requests in ${renewal.runSeconds} s with a ${renewal.tokenLifetimeSeconds} s token lifetime: ${renewal.tokenRequests}`,
  ];
}

export function coldStartLine(coldStart: ColdStart): string {
  return `cold start (spawn to first answered operation): ${coldStart.runsMs.map((ms) => number(ms)).join(', ')} ms; median ${number(coldStart.medianMs)} ms`;
}

export function soakLines(soak: SoakResult): string[] {
  const { non2xx, errors, timeouts, wrongAnswers } = soak.failures;
  return [
    `${soak.operations} operations in ${number(soak.seconds, 1)} s after ${soak.warmUpOperations} warm-up operations${soak.stoppedByTimeLimit ? ' (stopped by the time limit)' : ''}; ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts, ${wrongAnswers} wrong bodies`,
    ...soak.readings.map(
      (reading) =>
        `${reading.label}: RSS ${number(reading.rssMb, 1)} MB, ${reading.openSockets} open sockets`,
    ),
    `peak open sockets during the run: ${soak.peakSockets}; RSS growth start to end: ${number(soak.rssGrowth * 100, 1)} %`,
    `heap alive after full collections: ${liveHeapText(soak.liveHeap.firstAfterWarmUpMb)} after the warm-up, ${liveHeapText(soak.liveHeap.lastMb)} at the end (${soak.liveHeap.fullCollections} full collections in the run)`,
  ];
}

function liveHeapText(mb: number | null): string {
  return mb === null ? 'unknown' : `${number(mb, 1)} MB`;
}

export function profileLines(result: ProfileResult): string[] {
  const { summary } = result;
  const perOperation = (ms: number) =>
    result.operations > 0 ? (ms * 1000) / result.operations : 0;
  const entry = (item: { name: string; ms: number; share: number }) =>
    `  ${number(item.share * 100, 1).padStart(5)} %  ${number(perOperation(item.ms)).padStart(5)} µs/op  ${item.name}`;
  return [
    `${result.operation} @${result.connections} for ${result.seconds} s: ${number(result.requestsPerSecond)} req/s; ${number(perOperation(summary.busyMs))} µs of CPU per operation under the profiler over ${result.operations} operations (start-up's ${number(summary.moduleLoadingMs)} ms of module loading left out); profile ${result.profileFile}`,
    'self time by area:',
    ...summary.areasSelf.slice(0, 15).map(entry),
    'time with the area on the stack:',
    ...summary.areasInclusive.slice(0, 15).map(entry),
    'self time by function:',
    ...summary.topFunctions.slice(0, 25).map(entry),
    'time with the function on the stack:',
    ...summary.topFunctionsInclusive.slice(0, 40).map(entry),
  ];
}

function markdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

import { readFileSync } from 'node:fs';

import autocannon from 'autocannon';

import type { LoadResult, LoadSpec } from './lib/load-spec.js';
import { percentile } from './lib/stats.js';

/**
 * Drives one bounded autocannon run against 127.0.0.1 and prints its result as one JSON line.
 * Runs in its own process so that the load can be pinned to a core of its own. Every response's
 * status and body are compared with the expected ones; latencies are kept at full resolution.
 */

const spec = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadSpec;
if (new URL(spec.url).hostname !== '127.0.0.1') throw new Error('Load goes to 127.0.0.1 only');

const wrong: Record<string, number> = {};
let firstWrong: string | null = null;
const latencies: number[] = [];

const requests = spec.requests.map((request) => ({
  method: 'POST',
  path: new URL(spec.url).pathname,
  headers: spec.headers,
  body: request.body,
  onResponse: (status: number, body: string) => {
    const matches =
      request.match === 'exact' ? body === request.expected : body.startsWith(request.expected);
    if (status === 200 && matches) return;

    wrong[request.name] = (wrong[request.name] ?? 0) + 1;
    firstWrong ??= `${request.name}: HTTP ${status} ${body.slice(0, 300)}`;
  },
}));

let stopped = false;
process.stdout.write('started\n');
const startedAt = performance.now();
const instance = autocannon(
  {
    url: spec.url,
    connections: spec.connections,
    timeout: spec.timeoutSeconds,
    requests,
    ...(spec.amount === undefined ? { duration: spec.durationSeconds } : { amount: spec.amount }),
  },
  (error, result) => {
    clearTimeout(hardStop);
    if (error !== null) throw error;

    const durationSeconds = (performance.now() - startedAt) / 1000;
    latencies.sort((a, b) => a - b);
    const output: LoadResult = {
      requests: result.requests.total,
      durationSeconds,
      requestsPerSecond: result.requests.total / durationSeconds,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      wrongAnswers: wrong,
      firstWrongAnswer: firstWrong,
      latencyMs: {
        p50: percentile(latencies, 0.5),
        p99: percentile(latencies, 0.99),
        max: latencies[latencies.length - 1] ?? 0,
      },
      stoppedByTimeLimit: stopped,
      ...(spec.keepSamples ? { samples: latencies.map((value) => Math.round(value * 1000)) } : {}),
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  },
);

instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
  latencies.push(ms);
});

const hardStop = setTimeout(() => {
  stopped = true;
  instance.stop();
}, spec.maxSeconds * 1000);

import { execFileSync } from 'node:child_process';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { measureColdStart } from './lib/cold-start.js';
import { compareCase, type CaseResult, type CaseSpec, type Timing } from './lib/compare.js';
import { OPERATION_NAMES, type OperationName } from './lib/operations.js';
import { profileGateway, type ProfileResult } from './lib/profile-run.js';
import {
  checkTargets,
  coldStartLine,
  comparisonTable,
  efficiencyLines,
  flagLines,
  profileLines,
  soakLines,
  targetTable,
} from './lib/report.js';
import { stopAllProcesses } from './lib/processes.js';
import { prepareBench, requestHeaders, type BenchSetup } from './lib/setup.js';
import { runSoak, type SoakResult } from './lib/soak.js';
import { ROOT, startBaseline, startGateway, startReplay } from './lib/topology.js';
import { measureUpstreamEfficiency } from './lib/upstream-efficiency.js';

/**
 * `npm run bench`: the gateway against the baseline (the same upstream work without GraphQL),
 * upstream efficiency, cold start. `-- --soak`: 100,000 operations through the gateway.
 * `-- --profile`: a CPU profile of the gateway under load. `-- --quick`: short runs, to try the
 * harness. `-- --gateway-env NAME=value` (repeatable) starts the gateway with extra settings.
 * `-- --only changeCardPin@50@0` measures that one case (operation, connections, upstream delay)
 * and skips cold start and upstream efficiency, to try one change quickly. `-- --cold-start`
 * measures cold start alone, over 7 spawns. `-- --gateway-entry <file>` measures another server
 * in the gateway's place, such as `bench/results/dist/experiments/naive-gateway.js`;
 * `-- --versus <file>` another in the baseline's place, such as a copy of `dist/` made before a
 * change (`cp -r dist dist-before`, then `--versus dist-before/main.js`).
 */

const CONNECTIONS = [10, 50];
const UPSTREAM_DELAYS_MS = [0, 20];

const { values: args } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    'warm-up': { type: 'string' },
    'gateway-env': { type: 'string', multiple: true, default: [] },
    only: { type: 'string' },
    'cold-start': { type: 'boolean', default: false },
    'gateway-entry': { type: 'string' },
    versus: { type: 'string' },
  },
});

const timing: Timing = {
  warmUpSeconds: Number(args['warm-up'] ?? (args.quick ? 1 : 3)),
  roundSeconds: Number(args.seconds ?? (args.quick ? 2 : 6)),
  rounds: Number(args.rounds ?? 2),
};
const gatewayEnv = Object.fromEntries(
  args['gateway-env'].map((pair) => {
    const separator = pair.indexOf('=');
    if (separator < 1) throw new Error(`--gateway-env takes NAME=value, got "${pair}"`);
    return [pair.slice(0, separator), pair.slice(separator + 1)];
  }),
);

const only = parseOnly(args.only);
const versusEntry = args.versus === undefined ? undefined : join(ROOT, args.versus);
const gatewayEntry =
  args['gateway-entry'] === undefined ? undefined : join(ROOT, args['gateway-entry']);

function parseOnly(value: string | undefined): CaseSpec | null {
  if (value === undefined) return null;
  const [operation, connections, delayMs] = value.split('@');
  if (!OPERATION_NAMES.some((name) => name === operation)) {
    throw new Error(`--only names an operation first (${OPERATION_NAMES.join(', ')})`);
  }
  return {
    operation: operation as OperationName,
    connections: Number(connections ?? 50),
    delayMs: Number(delayMs ?? 0),
  };
}

async function main(): Promise<void> {
  console.log('Building the gateway and the benchmark servers, recording the embedded Solaris...');
  const setup = await prepareBench(gatewayEnv);
  try {
    if (args.soak) {
      await soakMode(setup);
    } else if (args['cold-start']) {
      const coldStart = await withReplay(setup, 0, (url) => measureColdStart(setup, url, 7));
      console.log(`\n${coldStartLine(coldStart)}`);
      await writeResults('-cold-start', { coldStart });
    } else if (args.profile) {
      await profileMode(setup);
    } else {
      await comparisonMode(setup);
    }
  } finally {
    await stopAllProcesses();
    await setup.cleanUp();
  }
}

async function comparisonMode(setup: BenchSetup): Promise<void> {
  if (only !== null) {
    const cases = await compareAtDelay(setup, only.delayMs);
    console.log(`\n${comparisonTable(cases)}\n`);
    flagLines(cases).forEach((line) => console.log(line));
    await writeResults('-only', { timing, cases });
    return;
  }

  console.log('\nUpstream efficiency (gateway on the embedded Solaris, journal counted):');
  const efficiency = await measureUpstreamEfficiency(setup);
  efficiencyLines(efficiency).forEach((line) => console.log(`  ${line}`));

  const coldStart = await withReplay(setup, 0, (url) => measureColdStart(setup, url, 3));
  console.log(`\n${coldStartLine(coldStart)}`);

  const cases: CaseResult[] = [];
  for (const delayMs of UPSTREAM_DELAYS_MS) {
    cases.push(...(await compareAtDelay(setup, delayMs)));
  }

  console.log(`\n${comparisonTable(cases)}\n`);
  flagLines(cases).forEach((line) => console.log(line));
  const targets = checkTargets(cases, coldStart, null);
  console.log(`\n${targetTable(targets)}`);
  await writeResults('', { timing, efficiency, coldStart, cases, targets });
}

async function compareAtDelay(setup: BenchSetup, delayMs: number): Promise<CaseResult[]> {
  return withReplay(setup, delayMs, async (upstreamUrl) => {
    const target = { upstreamUrl, identity: setup.identity };
    const gateway = await startGateway(target, {
      env: setup.gatewayEnv,
      ...(gatewayEntry === undefined ? {} : { entry: gatewayEntry }),
    });
    // `--versus`: another build of the gateway in the baseline's place, for an A/B of a change.
    const baseline =
      versusEntry === undefined
        ? await startBaseline(target)
        : await startGateway(target, { env: setup.gatewayEnv, entry: versusEntry, versus: true });
    try {
      const cases: CaseResult[] = [];
      for (const operation of OPERATION_NAMES) {
        for (const connections of CONNECTIONS) {
          if (only !== null && (only.operation !== operation || only.connections !== connections)) {
            continue;
          }
          const spec = { operation, connections, delayMs };
          console.log(`measuring ${operation} @${connections}, upstream ${delayMs} ms...`);
          cases.push(
            await compareCase(
              spec,
              { gateway, baseline },
              setup.requests[operation],
              requestHeaders(setup),
              timing,
              setup.scratch,
            ),
          );
        }
      }
      return cases;
    } finally {
      await Promise.all([gateway.stop(), baseline.stop()]);
    }
  });
}

async function soakMode(setup: BenchSetup): Promise<void> {
  console.log('\nSoak: 100,000 operations through the gateway (stops after 10 minutes at most)...');
  const soak: SoakResult = await runSoak(setup);
  soakLines(soak).forEach((line) => console.log(`  ${line}`));
  const targets = checkTargets([], null, soak);
  console.log(`\n${targetTable(targets)}`);
  await writeResults('-soak', { soak, targets });
}

async function profileMode(setup: BenchSetup): Promise<void> {
  const profiles: ProfileResult[] = [];
  for (const operation of OPERATION_NAMES) {
    if (only !== null && only.operation !== operation) continue;
    console.log(`\nProfiling the gateway: ${operation} @50, upstream at once...`);
    const result = await profileGateway(
      setup,
      operation,
      timing.roundSeconds + 2,
      setup.gatewayEnv,
      gatewayEntry,
    );
    profileLines(result).forEach((line) => console.log(line));
    profiles.push(result);
  }
  await writeResults('-profile', { profiles });
}

async function withReplay<T>(
  setup: BenchSetup,
  delayMs: number,
  work: (upstreamUrl: string) => Promise<T>,
): Promise<T> {
  const replay = await startReplay(setup.recordingFile, delayMs);
  try {
    return await work(replay.url);
  } finally {
    await replay.stop();
  }
}

async function writeResults(suffix: string, results: Record<string, unknown>): Promise<void> {
  const directory = join(ROOT, 'bench/results');
  await mkdir(directory, { recursive: true });
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const file = await unusedName(
    join(
      directory,
      `${new Date().toISOString().slice(0, 10)}-${commit}${args.quick ? '-quick' : ''}${suffix}`,
    ),
  );
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    commit,
    uncommittedSourceChanges: git(['status', '--porcelain', '--', 'src']) !== '',
    gatewayEnv,
    at: new Date().toISOString(),
  };
  await writeFile(file, `${JSON.stringify({ environment, ...results }, null, 2)}\n`);
  console.log(`\nResults written to ${file}`);
}

/** `<base>.json`, or `<base>-2.json` and so on when an earlier run of the day took that name. */
async function unusedName(base: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const file = attempt === 1 ? `${base}.json` : `${base}-${attempt}.json`;
    if (!(await exists(file))) return file;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function git(gitArgs: string[]): string {
  return execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' }).trim();
}

await main();

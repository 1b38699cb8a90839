import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { summarizeProfile, type ProfileSummary } from './cpu-profile.js';
import { runLoad } from './load.js';
import type { OperationName } from './operations.js';
import { requestHeaders, type BenchSetup } from './setup.js';
import { ROOT, startGateway, startReplay } from './topology.js';

export interface ProfileResult {
  operation: OperationName;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  /** Operations answered while the profile ran (warm-up included), to put time per operation. */
  operations: number;
  profileFile: string;
  summary: ProfileSummary;
}

const PROFILE_DIRECTORY = join(ROOT, 'bench/results/profiles');

/**
 * Runs the gateway under `node --cpu-prof` with the upstream answering at once, drives one
 * operation at 50 connections after a warm-up, stops it cleanly (the profile is written on
 * exit) and sums the profile.
 */
export async function profileGateway(
  setup: BenchSetup,
  operation: OperationName,
  seconds: number,
  gatewayEnv: Record<string, string>,
  entry?: string,
): Promise<ProfileResult> {
  const directory = join(PROFILE_DIRECTORY, `${Date.now()}-${operation}`);
  await mkdir(directory, { recursive: true });
  const replay = await startReplay(setup.recordingFile, 0);
  const gateway = await startGateway(
    { upstreamUrl: replay.url, identity: setup.identity },
    {
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${directory}`],
      env: gatewayEnv,
      ...(entry === undefined ? {} : { entry }),
    },
  );

  let requestsPerSecond = 0;
  let operations = 0;
  try {
    const spec = (durationSeconds: number) => ({
      url: `${gateway.url}/graphql`,
      connections: 50,
      durationSeconds,
      maxSeconds: durationSeconds + 10,
      timeoutSeconds: 10,
      headers: requestHeaders(setup),
      requests: [setup.requests[operation]],
      keepSamples: false,
    });
    const warmUp = await runLoad(spec(3), setup.scratch);
    const run = await runLoad(spec(seconds), setup.scratch);
    requestsPerSecond = run.requestsPerSecond;
    operations = warmUp.requests + run.requests;
  } finally {
    await gateway.stop(15_000);
    await replay.stop();
  }

  const [file] = (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`The gateway wrote no profile into ${directory}`);
  const profileFile = join(directory, file);
  return {
    operation,
    connections: 50,
    seconds,
    requestsPerSecond,
    operations,
    profileFile,
    summary: await summarizeProfile(profileFile),
  };
}

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_SEED } from '../../src/solaris-sim/default-seed.js';
import { createIdentity, type BenchIdentity } from './identity.js';
import type { LoadRequest } from './load-spec.js';
import {
  changeRequestAnswer,
  keyAnswer,
  operationBody,
  type OperationName,
  type SolarisChangeRequest,
  type SolarisPinKey,
} from './operations.js';
import { recordSolaris, type Recording } from './recording.js';
import { SOLARIS_CREDENTIALS, buildAll, startSolaris } from './topology.js';

/** A PIN that passes Solaris's rules: four digits, no run, no digit three times. */
const BENCH_PIN = '4826';

/** Everything the runs share: a scratch directory, the identity, the recorded Solaris answers. */
export interface BenchSetup {
  scratch: string;
  identity: BenchIdentity;
  /** The cardholder's bearer token every request carries. */
  bearerToken: string;
  recording: Recording;
  recordingFile: string;
  /** Each operation's request and the exact answer it must get from the replay upstream. */
  requests: Record<OperationName, LoadRequest>;
  /** Extra settings every gateway of this run starts with. */
  gatewayEnv: Record<string, string>;
  cleanUp(): Promise<void>;
}

const CARDHOLDER = DEFAULT_SEED.cards[0];

/** Builds gateway and benchmark servers, makes the identity, and records the embedded Solaris. */
export async function prepareBench(gatewayEnv: Record<string, string> = {}): Promise<BenchSetup> {
  if (CARDHOLDER === undefined) throw new Error('The default seed has no card');

  await buildAll();
  const scratch = await mkdtemp(join(tmpdir(), 'card-pin-bench-'));
  const identity = await createIdentity(scratch);
  const bearerToken = await identity.token(CARDHOLDER.person_id);

  const solaris = await startSolaris();
  const recording = await recordSolaris({
    solarisUrl: solaris.url,
    ...SOLARIS_CREDENTIALS,
    personId: CARDHOLDER.person_id,
    cardId: CARDHOLDER.id,
    pin: BENCH_PIN,
  }).finally(() => solaris.stop());
  const recordingFile = join(scratch, 'recording.json');
  await writeFile(recordingFile, JSON.stringify(recording));

  return {
    scratch,
    identity,
    bearerToken,
    recording,
    recordingFile,
    requests: replayRequests(recording),
    gatewayEnv,
    cleanUp: () => rm(scratch, { recursive: true, force: true }),
  };
}

function replayRequests(recording: Recording): Record<OperationName, LoadRequest> {
  const inputs = {
    cardId: recording.cardId,
    encryptedPin: recording.encryptedPin,
    keyId: recording.keyId,
  };
  const key = JSON.parse(recording.pinKey.body) as SolarisPinKey;
  const changeRequest = JSON.parse(recording.pinChange.body) as SolarisChangeRequest;

  return {
    pinEncryptionKey: {
      name: 'pinEncryptionKey',
      body: operationBody('pinEncryptionKey', inputs),
      expected: keyAnswer(key),
      match: 'exact',
    },
    changeCardPin: {
      name: 'changeCardPin',
      body: operationBody('changeCardPin', inputs),
      expected: changeRequestAnswer(changeRequest),
      match: 'exact',
    },
  };
}

/** The headers every benchmark request carries. */
export function requestHeaders(setup: BenchSetup): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${setup.bearerToken}`,
  };
}

import { request } from 'undici';

import type { LoadRequest } from './load-spec.js';
import { runLoad } from './load.js';
import { operationBody, type OperationName } from './operations.js';
import { recordSolaris } from './recording.js';
import type { BenchSetup } from './setup.js';
import { requestHeaders } from './setup.js';
import { SOLARIS_CREDENTIALS, startGateway, startSolaris } from './topology.js';

/** Upstream calls per operation, counted from the embedded Solaris's journal. */
export interface CallsPerOperation {
  operations: number;
  failedOperations: number;
  cardLookups: number;
  keyFetches: number;
  pinPosts: number;
  tokenRequests: number;
}

export interface UpstreamEfficiency {
  pinEncryptionKey: CallsPerOperation;
  changeCardPin: CallsPerOperation;
  /** Token requests over both runs; the gateway's token outlives them, so 1 is expected. */
  tokenRequests: number;
  /** A run under a one-second token lifetime: about one token request per second expected. */
  tokenRenewal: { tokenLifetimeSeconds: number; runSeconds: number; tokenRequests: number };
}

interface JournalEntry {
  method: string;
  path: string;
}

const OPERATIONS_PER_RUN = { pinEncryptionKey: 400, changeCardPin: 200 };

/**
 * A short bounded run of each operation through the gateway against the embedded Solaris, then
 * the journal is counted: card lookups, key fetches and PIN POSTs per operation, and tokens.
 */
export async function measureUpstreamEfficiency(setup: BenchSetup): Promise<UpstreamEfficiency> {
  const counted = await withGatewayOnSolaris(setup, undefined, async (solarisUrl, gatewayUrl) => {
    const requests = await solarisRequests(setup, solarisUrl);
    await clearJournal(solarisUrl);

    const perOperation = {} as Record<OperationName, CallsPerOperation>;
    let tokenRequests = 0;
    for (const operation of ['pinEncryptionKey', 'changeCardPin'] as const) {
      const load = await runLoad(
        {
          url: `${gatewayUrl}/graphql`,
          connections: 10,
          durationSeconds: 30,
          amount: OPERATIONS_PER_RUN[operation],
          maxSeconds: 60,
          timeoutSeconds: 10,
          headers: requestHeaders(setup),
          requests: [requests[operation]],
          keepSamples: false,
        },
        setup.scratch,
      );
      const entries = await journal(solarisUrl);
      await clearJournal(solarisUrl);
      const failed = load.non2xx + load.errors + sumValues(load.wrongAnswers);
      perOperation[operation] = perOperationCounts(entries, load.requests, failed);
      tokenRequests += perOperation[operation].tokenRequests;
    }
    return { ...perOperation, tokenRequests };
  });

  return { ...counted, tokenRenewal: await measureTokenRenewal(setup) };
}

/**
 * With a 61-second token from Solaris and the gateway's 60-second renewal margin, the gateway's
 * token lives one second: a five-second run should ask for about five.
 */
async function measureTokenRenewal(setup: BenchSetup): Promise<UpstreamEfficiency['tokenRenewal']> {
  const runSeconds = 5;
  return withGatewayOnSolaris(setup, 61, async (solarisUrl, gatewayUrl) => {
    const requests = await solarisRequests(setup, solarisUrl);
    await clearJournal(solarisUrl);
    await runLoad(
      {
        url: `${gatewayUrl}/graphql`,
        connections: 4,
        durationSeconds: runSeconds,
        maxSeconds: runSeconds + 10,
        timeoutSeconds: 10,
        headers: requestHeaders(setup),
        requests: [requests.pinEncryptionKey],
        keepSamples: false,
      },
      setup.scratch,
    );
    const entries = await journal(solarisUrl);
    return {
      tokenLifetimeSeconds: 1,
      runSeconds,
      tokenRequests: entries.filter(isTokenRequest).length,
    };
  });
}

async function withGatewayOnSolaris<T>(
  setup: BenchSetup,
  tokenTtlSeconds: number | undefined,
  work: (solarisUrl: string, gatewayUrl: string) => Promise<T>,
): Promise<T> {
  const solaris = await startSolaris(tokenTtlSeconds);
  try {
    const gateway = await startGateway(
      { upstreamUrl: solaris.url, identity: setup.identity },
      { env: setup.gatewayEnv },
    );
    try {
      return await work(solaris.url, gateway.url);
    } finally {
      await gateway.stop();
    }
  } finally {
    await solaris.stop();
  }
}

/**
 * Requests for this Solaris: its key differs from the recorded one, and every answer carries a
 * fresh change request id, so answers are checked by their start.
 */
async function solarisRequests(
  setup: BenchSetup,
  solarisUrl: string,
): Promise<Record<OperationName, LoadRequest>> {
  const live = await recordSolaris({
    solarisUrl,
    ...SOLARIS_CREDENTIALS,
    personId: setup.recording.personId,
    cardId: setup.recording.cardId,
    pin: '4826',
  });
  const inputs = { cardId: live.cardId, encryptedPin: live.encryptedPin, keyId: live.keyId };
  return {
    pinEncryptionKey: {
      name: 'pinEncryptionKey',
      body: operationBody('pinEncryptionKey', inputs),
      expected: `{"data":{"pinEncryptionKey":{"__typename":"PinEncryptionKey","kid":"${live.keyId}"`,
      match: 'prefix',
    },
    changeCardPin: {
      name: 'changeCardPin',
      body: operationBody('changeCardPin', inputs),
      expected: '{"data":{"changeCardPin":{"__typename":"ChangeRequest","id":"',
      match: 'prefix',
    },
  };
}

function perOperationCounts(
  entries: JournalEntry[],
  operations: number,
  failedOperations: number,
): CallsPerOperation {
  const per = (count: number) => (operations > 0 ? count / operations : 0);
  return {
    operations,
    failedOperations,
    cardLookups: per(entries.filter((entry) => isCardLookup(entry)).length),
    keyFetches: per(entries.filter((entry) => entry.path.endsWith('/pin_keys/latest')).length),
    pinPosts: per(
      entries.filter((entry) => entry.path.endsWith('/sca_pin_update_requests')).length,
    ),
    tokenRequests: entries.filter(isTokenRequest).length,
  };
}

function isCardLookup(entry: JournalEntry): boolean {
  return entry.method === 'GET' && /^\/v1\/cards\/[^/]+$/.test(entry.path);
}

function isTokenRequest(entry: JournalEntry): boolean {
  return entry.method === 'POST' && entry.path === '/oauth2/token';
}

async function journal(solarisUrl: string): Promise<JournalEntry[]> {
  const response = await request(`${solarisUrl}/__sim/requests`);
  return (await response.body.json()) as JournalEntry[];
}

async function clearJournal(solarisUrl: string): Promise<void> {
  const response = await request(`${solarisUrl}/__sim/requests`, { method: 'DELETE' });
  await response.body.dump();
}

function sumValues(record: Record<string, number>): number {
  return Object.values(record).reduce((total, value) => total + value, 0);
}

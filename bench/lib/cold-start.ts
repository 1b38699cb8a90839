import { request } from 'undici';

import { freePort } from './processes.js';
import { requestHeaders, type BenchSetup } from './setup.js';
import { median } from './stats.js';
import { startGateway } from './topology.js';

export interface ColdStart {
  runsMs: number[];
  medianMs: number;
  maxMs: number;
}

/**
 * Spawn to first answered operation: the clock starts before `node dist/main.js` is spawned and
 * stops when a `pinEncryptionKey` comes back with the expected body, probed every 5 ms. That
 * first operation includes the first Solaris token, card and key.
 */
export async function measureColdStart(
  setup: BenchSetup,
  upstreamUrl: string,
  attempts: number,
): Promise<ColdStart> {
  const runsMs: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const port = await freePort();
    const startedAt = performance.now();
    const gateway = await startGateway(
      { upstreamUrl, identity: setup.identity },
      { port, env: setup.gatewayEnv, probe: (baseUrl) => answersKey(setup, baseUrl) },
    );
    runsMs.push(performance.now() - startedAt);
    await gateway.stop();
  }
  return { runsMs, medianMs: median(runsMs), maxMs: Math.max(...runsMs) };
}

async function answersKey(setup: BenchSetup, baseUrl: string): Promise<boolean> {
  const { body, expected } = setup.requests.pinEncryptionKey;
  try {
    const response = await request(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: requestHeaders(setup),
      body,
    });
    return response.statusCode === 200 && (await response.body.text()) === expected;
  } catch {
    return false;
  }
}

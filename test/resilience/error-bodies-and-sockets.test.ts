import { afterEach, describe, expect, it } from '@jest/globals';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { clearJournal } from '../helpers/graphql-client.js';
import {
  FIXTURE_PIN_KEY,
  FIXTURE_PUBLIC_JWK,
  armFault,
  journalCalls,
  queryKey,
  sleep,
  startResilienceGateway,
  upstreamUnavailable,
  type Member,
} from '../helpers/resilience-harness.js';
import { startCountingProxy, type CountingProxy } from '../helpers/resilience-proxy.js';

const FAILURES = 200;
const CONCURRENCY = 10;
const KEEP_ALIVE_MS = 300;
const CARD = `/v1/cards/${ANNA_CARD}`;
const KEY_MEMBER = {
  __typename: 'PinEncryptionKey',
  kid: FIXTURE_PIN_KEY.kid,
  jwk: FIXTURE_PUBLIC_JWK,
};

let proxy: CountingProxy;
let gateway: TestGateway;

afterEach(async () => {
  await gateway.close();
  await proxy.close();
});

/** A gateway whose every connection to the embedded Solaris goes through the counting proxy. */
async function startProxiedGateway(): Promise<void> {
  proxy = await startCountingProxy();
  gateway = await startResilienceGateway({
    upstream: {
      apiUrl: proxy.url,
      authUrl: proxy.url,
      clientId: 'sim-client-id',
      clientSecret: 'sim-client-secret',
    },
    env: {
      SOLARIS_BREAKER_FAILURE_THRESHOLD: '10000',
      SOLARIS_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
      RATE_LIMIT_QUERIES_PER_MINUTE: '10000',
    },
  });
  proxy.forwardTo(gateway.sim.url);
}

/** An HTML error page of about `bytes` bytes, as a proxy in front of Solaris might send. */
function htmlPage(bytes: number): string {
  const filler = '<p>Internal Server Error</p>\n'.repeat(Math.ceil(bytes / 29));
  return `<!DOCTYPE html><html><head><title>500</title></head><body>${filler}</body></html>`;
}

/** `FAILURES` key queries, `CONCURRENCY` at a time. */
async function queryKeyInWaves(): Promise<Member[]> {
  const results: Member[] = [];
  for (let done = 0; done < FAILURES; done += CONCURRENCY) {
    const wave = Array.from({ length: CONCURRENCY }, () => queryKey(gateway, ANNA, ANNA_CARD));
    results.push(...(await Promise.all(wave)));
  }
  return results;
}

/** Fails `FAILURES` operations with 500 pages of `bytes`, then makes one clean one. */
async function failThenSucceed(bytes: number): Promise<void> {
  await startProxiedGateway();
  await queryKey(gateway, ANNA, ANNA_CARD);
  await clearJournal(gateway.sim.url);
  await armFault(gateway.sim.url, {
    fault: 'status',
    status: 500,
    body: htmlPage(bytes),
    contentType: 'text/html',
    times: FAILURES,
  });

  const failures = await queryKeyInWaves();
  const afterwards = await queryKey(gateway, ANNA, ANNA_CARD);

  expect(failures).toEqual(Array.from({ length: FAILURES }, () => upstreamUnavailable()));
  expect(afterwards).toEqual(KEY_MEMBER);
  expect(await journalCalls(gateway.sim.url)).toEqual([
    ...Array.from({ length: FAILURES }, () => `GET ${CARD} [status]`),
    `GET ${CARD}`,
    'GET /v1/cards/pin_keys/latest',
  ]);
}

describe('many 500 answers with large HTML bodies', () => {
  it('discards bodies over the size limit with their sockets and keeps the pool bounded', async () => {
    await failThenSucceed(200 * 1024);

    // Each oversized body ends its socket rather than being drained, so the pool opens new
    // ones, but never more at once than operations are in flight.
    expect(proxy.accepted()).toBeGreaterThanOrEqual(FAILURES);
    expect(proxy.peak()).toBeLessThanOrEqual(CONCURRENCY + 1);
    expect(proxy.open()).toBeLessThanOrEqual(CONCURRENCY + 1);

    await sleep(KEEP_ALIVE_MS + 500);
    expect(proxy.open()).toBe(0);
  });

  it('reads bodies under the size limit to the end and reuses their sockets', async () => {
    await failThenSucceed(40 * 1024);

    expect(proxy.accepted()).toBeLessThanOrEqual(CONCURRENCY + 1);
    expect(proxy.peak()).toBeLessThanOrEqual(CONCURRENCY + 1);

    await sleep(KEEP_ALIVE_MS + 500);
    expect(proxy.open()).toBe(0);
  });
});

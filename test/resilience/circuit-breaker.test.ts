import { performance } from 'node:perf_hooks';

import { afterEach, describe, expect, it } from '@jest/globals';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { clearJournal } from '../helpers/graphql-client.js';
import {
  FIXTURE_PIN_KEY,
  FIXTURE_PUBLIC_JWK,
  armFault,
  clearFaults,
  journalCalls,
  queryKey,
  sleep,
  startResilienceGateway,
  timed,
  upstreamUnavailable,
} from '../helpers/resilience-harness.js';

const THRESHOLD = 30;
const HALF_OPEN_AFTER_MS = 3000;
const CARD = `/v1/cards/${ANNA_CARD}`;
const HTML_503 =
  '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503</h1></body></html>';
const KEY_MEMBER = {
  __typename: 'PinEncryptionKey',
  kid: FIXTURE_PIN_KEY.kid,
  jwk: FIXTURE_PUBLIC_JWK,
};

let gateway: TestGateway;

afterEach(async () => {
  await gateway.close();
});

/** The breaker states the gateway logged, in order. */
function breakerStates(): unknown[] {
  return gateway.logs
    .lines()
    .filter((line) => line.breakerState !== undefined)
    .map((line) => line.breakerState);
}

describe('the circuit breaker', () => {
  it('opens after consecutive 503 pages, fails fast without calling Solaris, then recovers', async () => {
    gateway = await startResilienceGateway({
      env: {
        SOLARIS_BREAKER_FAILURE_THRESHOLD: String(THRESHOLD),
        SOLARIS_BREAKER_HALF_OPEN_AFTER_MS: String(HALF_OPEN_AFTER_MS),
        RATE_LIMIT_QUERIES_PER_MINUTE: '1000',
      },
    });
    await queryKey(gateway, ANNA, ANNA_CARD);
    await clearJournal(gateway.sim.url);
    await armFault(gateway.sim.url, {
      fault: 'status',
      status: 503,
      body: HTML_503,
      contentType: 'text/html',
    });

    const failures = [];
    for (let index = 0; index < THRESHOLD; index += 1) {
      failures.push(await queryKey(gateway, ANNA, ANNA_CARD));
    }
    const openedAt = performance.now();

    expect(failures).toEqual(Array.from({ length: THRESHOLD }, () => upstreamUnavailable()));
    expect(await journalCalls(gateway.sim.url)).toEqual(
      Array.from({ length: THRESHOLD }, () => `GET ${CARD} [status]`),
    );
    expect(breakerStates()).toEqual(['open']);

    const paused = [];
    for (let index = 0; index < 5; index += 1) {
      paused.push(await timed(() => queryKey(gateway, ANNA, ANNA_CARD)));
    }
    await clearFaults(gateway.sim.url);
    paused.push(await timed(() => queryKey(gateway, ANNA, ANNA_CARD)));

    const pausedFor = Math.ceil(HALF_OPEN_AFTER_MS / 1000);
    expect(paused.map((result) => result.value)).toEqual(
      Array.from({ length: 6 }, () => upstreamUnavailable(pausedFor)),
    );
    for (const result of paused) expect(result.ms).toBeLessThan(500);
    expect(await journalCalls(gateway.sim.url)).toHaveLength(THRESHOLD);

    await sleep(openedAt + HALF_OPEN_AFTER_MS + 100 - performance.now());
    const recovered = [
      await queryKey(gateway, ANNA, ANNA_CARD),
      await queryKey(gateway, ANNA, ANNA_CARD),
    ];

    expect(recovered).toEqual([KEY_MEMBER, KEY_MEMBER]);
    expect((await journalCalls(gateway.sim.url)).slice(THRESHOLD)).toEqual([
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
    expect(breakerStates()).toEqual(['open', 'half_open', 'closed']);
  });

  it('opens again at once when the probe after the pause fails too', async () => {
    gateway = await startResilienceGateway({
      env: {
        SOLARIS_BREAKER_FAILURE_THRESHOLD: '2',
        SOLARIS_BREAKER_HALF_OPEN_AFTER_MS: '500',
        RATE_LIMIT_QUERIES_PER_MINUTE: '1000',
      },
    });
    await queryKey(gateway, ANNA, ANNA_CARD);
    await clearJournal(gateway.sim.url);
    await armFault(gateway.sim.url, { fault: 'status', status: 503, body: HTML_503 });

    await queryKey(gateway, ANNA, ANNA_CARD);
    await queryKey(gateway, ANNA, ANNA_CARD);
    await sleep(600);
    const probe = await queryKey(gateway, ANNA, ANNA_CARD);
    const afterProbe = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(probe).toEqual(upstreamUnavailable());
    expect(afterProbe.value).toEqual(upstreamUnavailable(1));
    expect(afterProbe.ms).toBeLessThan(500);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      `GET ${CARD} [status]`,
      `GET ${CARD} [status]`,
      `GET ${CARD} [status]`,
    ]);
    expect(breakerStates()).toEqual(['open', 'half_open', 'open']);
  });
});

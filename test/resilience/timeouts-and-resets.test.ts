import { afterEach, describe, expect, it } from '@jest/globals';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { clearJournal } from '../helpers/graphql-client.js';
import {
  FIXTURE_PIN_KEY,
  FIXTURE_PUBLIC_JWK,
  armFault,
  changePin,
  clearFaults,
  journalCalls,
  queryKey,
  startResilienceGateway,
  timed,
  upstreamUnavailable,
} from '../helpers/resilience-harness.js';

const CARD = `/v1/cards/${ANNA_CARD}`;
const POST_PIN = `POST ${CARD}/sca_pin_update_requests`;
const KEY_MEMBER = {
  __typename: 'PinEncryptionKey',
  kid: FIXTURE_PIN_KEY.kid,
  jwk: FIXTURE_PUBLIC_JWK,
};

/** Slack on top of a deadline for the answer to travel back: generous, this is no speed test. */
const SLACK_MS = 1500;

let gateway: TestGateway;

afterEach(async () => {
  await gateway.close();
});

/** The gateway still serves a clean request once the fault is gone. */
async function expectRecovered(): Promise<void> {
  await clearFaults(gateway.sim.url);

  expect(await queryKey(gateway, ANNA, ANNA_CARD)).toEqual(KEY_MEMBER);
}

describe('a stalled Solaris', () => {
  it('fails a stalled key request at the call deadline with a retryable error', async () => {
    gateway = await startResilienceGateway({ env: { SOLARIS_CALL_TIMEOUT_MS: '800' } });
    await armFault(gateway.sim.url, { fault: 'stall', route: 'pin_keys' });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeGreaterThanOrEqual(800);
    expect(ms).toBeLessThan(800 + SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest [stall]',
    ]);
    await expectRecovered();
  });

  it('fails a stalled key request at the operation deadline when that comes first', async () => {
    gateway = await startResilienceGateway({
      env: { SOLARIS_CALL_TIMEOUT_MS: '20000', OPERATION_TIMEOUT_MS: '1000' },
    });
    await armFault(gateway.sim.url, { fault: 'stall', route: 'pin_keys' });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeGreaterThanOrEqual(1000);
    expect(ms).toBeLessThan(1000 + SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest [stall]',
    ]);
    await expectRecovered();
  });

  it('fails a stalled PIN change request at the deadline without sending it again', async () => {
    gateway = await startResilienceGateway({ env: { SOLARIS_CALL_TIMEOUT_MS: '800' } });
    await armFault(gateway.sim.url, { fault: 'stall', route: 'sca_pin_update_requests' });

    const { value, ms } = await timed(() => changePin(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeLessThan(800 + SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `${POST_PIN} [stall]`,
    ]);
    await expectRecovered();
  });
});

describe('trouble at the token endpoint', () => {
  it('fails at the call deadline when the token request stalls', async () => {
    gateway = await startResilienceGateway({ env: { SOLARIS_CALL_TIMEOUT_MS: '800' } });
    await armFault(gateway.sim.url, { fault: 'stall', route: '/oauth2/token', times: 1 });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeGreaterThanOrEqual(800);
    expect(ms).toBeLessThan(800 + SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual(['POST /oauth2/token [stall]']);
    await expectRecovered();
  });

  it('fetches the token again when its connection is reset under a read', async () => {
    gateway = await startResilienceGateway();
    await armFault(gateway.sim.url, { fault: 'reset-before', route: '/oauth2/token', times: 1 });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(KEY_MEMBER);
    expect(ms).toBeLessThan(SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token [reset-before]',
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
  });
});

describe('a connection reset', () => {
  it('retries the key GET once on a fresh connection and succeeds', async () => {
    gateway = await startResilienceGateway();
    await armFault(gateway.sim.url, { fault: 'reset-before', route: 'pin_keys', times: 1 });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(KEY_MEMBER);
    expect(ms).toBeLessThan(SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest [reset-before]',
      'GET /v1/cards/pin_keys/latest',
    ]);
  });

  it('fails the key GET when the retry is reset too, after exactly two attempts', async () => {
    gateway = await startResilienceGateway();
    await armFault(gateway.sim.url, { fault: 'reset-before', route: 'pin_keys', times: 2 });

    const { value, ms } = await timed(() => queryKey(gateway, ANNA, ANNA_CARD));

    expect(value).toEqual(upstreamUnavailable());
    expect(ms).toBeLessThan(SLACK_MS);
    expect(await journalCalls(gateway.sim.url)).toEqual([
      'POST /oauth2/token',
      `GET ${CARD}`,
      'GET /v1/cards/pin_keys/latest [reset-before]',
      'GET /v1/cards/pin_keys/latest [reset-before]',
    ]);
    await expectRecovered();
  });

  it.each(['reset-after', 'reset-before'] as const)(
    'never sends the PIN change request again after a %s, and says retry',
    async (fault) => {
      gateway = await startResilienceGateway();
      await queryKey(gateway, ANNA, ANNA_CARD);
      await clearJournal(gateway.sim.url);
      await armFault(gateway.sim.url, { fault, route: 'sca_pin_update_requests', times: 1 });

      const { value, ms } = await timed(() => changePin(gateway, ANNA, ANNA_CARD));

      expect(value).toEqual(upstreamUnavailable());
      expect(ms).toBeLessThan(SLACK_MS);
      expect(await journalCalls(gateway.sim.url)).toEqual([
        `GET ${CARD}`,
        'GET /v1/cards/pin_keys/latest',
        `${POST_PIN} [${fault}]`,
      ]);
      await expectRecovered();
    },
  );
});

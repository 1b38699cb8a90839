import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { afterEach, describe, expect, it } from '@jest/globals';
import { Agent, request } from 'undici';

import { ANNA, ANNA_CARD } from '../helpers/gateway.js';
import { journal, postGraphQL } from '../helpers/graphql-client.js';
import { encryptPin } from '../helpers/jwe.js';
import {
  CHANGE_PIN_MUTATION,
  FIXTURE_PIN_KEY,
  FIXTURE_PUBLIC_JWK,
  armFault,
  memberOf,
  openedChangeRequest,
  waitUntil,
} from '../helpers/resilience-harness.js';
import { spawnGateway, type GatewayProcess } from '../helpers/resilience-process.js';

const GRACE_MS = 5000;
const HOLD_MS = 2000;
const POST_PATH = `/v1/cards/${ANNA_CARD}/sca_pin_update_requests`;
const FIXTURE_KEY_FILE = fileURLToPath(
  new URL('../fixtures/pin-key.private.jwk.json', import.meta.url),
);

let gateway: GatewayProcess | null = null;

afterEach(async () => {
  await gateway?.dispose();
  gateway = null;
});

/** `/readyz` on a connection of its own: its status and body, or the connection error's code. */
async function probeReadiness(url: string): Promise<unknown> {
  const agent = new Agent();
  try {
    const response = await request(`${url}/readyz`, { dispatcher: agent });
    return { status: response.statusCode, body: await response.body.json() };
  } catch (error: unknown) {
    return { error: (error as { code?: unknown }).code };
  } finally {
    await agent.close();
  }
}

/** Waits until the process has handled SIGTERM (its own log line says so), however loaded it is. */
async function untilDraining(process: GatewayProcess): Promise<void> {
  await waitUntil(
    async () =>
      process.logs().some((line) => line.msg === 'shutting down: draining operations in flight'),
    5000,
    'the gateway to start draining',
  );
}

describe('SIGTERM during a slow PIN change', () => {
  it('finishes the operation in flight, stops being ready, and exits 0 within the grace', async () => {
    gateway = await spawnGateway({
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      SIM_PIN_KEY_FILE: FIXTURE_KEY_FILE,
      LOG_LEVEL: 'info',
    });
    const { url, simUrl } = gateway;
    expect(await probeReadiness(url)).toEqual({ status: 200, body: { status: 'ready' } });
    await armFault(simUrl, { fault: 'latency', route: POST_PATH, ms: HOLD_MS, times: 1 });

    const mutation = postGraphQL(`${url}/graphql`, CHANGE_PIN_MUTATION, {
      token: await gateway.token(ANNA),
      variables: {
        cardId: ANNA_CARD,
        encryptedPin: await encryptPin(FIXTURE_PUBLIC_JWK, '2580'),
        keyId: FIXTURE_PIN_KEY.kid,
      },
    });
    await waitUntil(
      async () => (await journal(simUrl)).some((entry) => entry.path === POST_PATH),
      HOLD_MS,
      'the PIN change request to reach Solaris',
    );
    gateway.child.kill('SIGTERM');
    const signalledAt = performance.now();
    await untilDraining(gateway);
    const readiness = await probeReadiness(url);
    const response = await mutation;
    const exit = await gateway.exited;
    const exitedAfterMs = performance.now() - signalledAt;

    expect([
      { status: 503, body: { status: 'draining' } },
      { error: 'ECONNREFUSED' },
    ]).toContainEqual(readiness);
    const member = memberOf(response.body, 'changeCardPin', response.status);
    expect(member).toEqual(openedChangeRequest(simUrl, member.id));
    expect(exit).toEqual({ code: 0, signal: null });
    // Well within the grace: once the held request is answered, nothing keeps the process up.
    expect(exitedAfterMs).toBeLessThan(HOLD_MS + 1500);
    const messages = gateway.logs().map((line) => line.msg);
    expect(messages).toContain('shutting down: draining operations in flight');
    expect(messages).toContain('stopped');
    expect(messages).not.toContain('shutdown grace period ended with operations still in flight');
  });
});

describe('SIGTERM with SHUTDOWN_DELAY_MS', () => {
  it('answers /readyz with 503 while it still serves, then exits 0', async () => {
    gateway = await spawnGateway({ SHUTDOWN_DELAY_MS: '1500', LOG_LEVEL: 'info' });
    const { url } = gateway;
    gateway.child.kill('SIGTERM');
    await untilDraining(gateway);
    const readiness = await probeReadiness(url);
    const health = await request(`${url}/healthz`, { dispatcher: new Agent() });
    const exit = await gateway.exited;

    expect(readiness).toEqual({ status: 503, body: { status: 'draining' } });
    expect({ status: health.statusCode, body: await health.body.json() }).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    expect(exit).toEqual({ code: 0, signal: null });
  });
});

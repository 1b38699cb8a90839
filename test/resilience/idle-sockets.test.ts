import { afterEach, describe, expect, it } from '@jest/globals';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import {
  armFault,
  changePin,
  openedChangeRequest,
  journalCalls,
  sleep,
  startResilienceGateway,
  timed,
  type Member,
  type Timed,
} from '../helpers/resilience-harness.js';

const CARD = `/v1/cards/${ANNA_CARD}`;
const UPSTREAM_IDLE_MS = 2000;
const PAUSE_MS = 3000;
const OPERATIONS = 3;

const gateways: TestGateway[] = [];

afterEach(async () => {
  await Promise.all(gateways.splice(0).map((gateway) => gateway.close()));
});

/** Changes the PIN `OPERATIONS` times, pausing longer than Solaris keeps an idle socket. */
async function changePinWithPauses(gateway: TestGateway): Promise<Timed<Member>[]> {
  const results: Timed<Member>[] = [];
  for (let index = 0; index < OPERATIONS; index += 1) {
    if (index > 0) await sleep(PAUSE_MS);

    results.push(await timed(() => changePin(gateway, ANNA, ANNA_CARD)));
  }
  return results;
}

describe('Solaris closing idle sockets', () => {
  it('serves operation after operation with pauses longer than the upstream idle timeout', async () => {
    // The default pool lets idle sockets go after 1 s; the second gateway keeps them 10 s, longer
    // than Solaris does, and must cope with the sockets Solaris closed under it.
    for (const keepAlive of ['1000', '10000']) {
      const gateway = await startResilienceGateway({
        env: { SOLARIS_KEEP_ALIVE_TIMEOUT_MS: keepAlive, RATE_LIMIT_MUTATIONS_PER_MINUTE: '100' },
      });
      gateways.push(gateway);
      await armFault(gateway.sim.url, { fault: 'close-idle', ms: UPSTREAM_IDLE_MS });
    }

    const runs = await Promise.all(gateways.map((gateway) => changePinWithPauses(gateway)));

    for (const [index, gateway] of gateways.entries()) {
      const results = runs[index] ?? [];
      expect(results.map((result) => result.value)).toEqual(
        results.map((result) => openedChangeRequest(gateway.sim.url, result.value.id)),
      );
      for (const result of results) expect(result.ms).toBeLessThan(1500);

      const operation = [
        `GET ${CARD} [close-idle]`,
        'GET /v1/cards/pin_keys/latest [close-idle]',
        `POST ${CARD}/sca_pin_update_requests [close-idle]`,
      ];
      expect(await journalCalls(gateway.sim.url)).toEqual([
        'POST /oauth2/token [close-idle]',
        ...operation,
        ...operation,
        ...operation,
      ]);
    }
  });
});

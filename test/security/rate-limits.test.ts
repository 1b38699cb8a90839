import { setTimeout as delay } from 'node:timers/promises';

import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { ANNA, ANNA_CARD, BEN, BEN_CARD, type TestGateway } from '../helpers/gateway.js';
import { calls } from '../helpers/graphql-client.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { startSecurityGateway } from '../helpers/security-gateway.js';
import {
  AUTHORIZE,
  CHANGE_PIN,
  CONFIRM,
  KEY_QUERY,
  encryptedPin,
  fetchKey,
  rootField,
  type ServedKey,
} from '../helpers/security-operations.js';
import { SecurityProbe } from '../helpers/security-probe.js';

const UNREACHABLE_WARNING =
  'Redis for rate limits is unreachable: queries are let through, mutations and confirmations are refused until it is back';

/** The seconds a caller refused during a Redis outage is told to wait. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

interface Started {
  gateway: TestGateway;
  probe: SecurityProbe;
}

let started: Started[] = [];
let redis: RedisServer | undefined;

afterEach(async () => {
  try {
    for (const { probe } of started) {
      await probe.expectNoLeaks();
    }
  } finally {
    await Promise.all(started.map(({ gateway }) => gateway.close()));
    await redis?.stop();
    started = [];
    redis = undefined;
  }
});

async function start(env: Record<string, string>): Promise<SecurityProbe> {
  const gateway = await startSecurityGateway({ env });
  const probe = new SecurityProbe(gateway);
  started.push({ gateway, probe });
  return probe;
}

/** The whole RateLimitedError, for a wait of at most `windowSeconds` that began `since`. */
function expectRateLimited(value: Record<string, unknown>, windowSeconds: number, since: number) {
  const retryAfterSeconds = Number(value['retryAfterSeconds']);
  const elapsedSeconds = Math.ceil((Date.now() - since) / 1000);

  expect(value).toEqual({
    __typename: 'RateLimitedError',
    message: `Too many operations; retry in ${retryAfterSeconds} s.`,
    code: 'RATE_LIMITED',
    retryable: true,
    retryAfterSeconds,
  });
  expect(retryAfterSeconds).toBeLessThanOrEqual(windowSeconds);
  expect(retryAfterSeconds).toBeGreaterThanOrEqual(windowSeconds - elapsedSeconds);
}

async function keyResult(probe: SecurityProbe, token: string, cardId: string) {
  return rootField(
    await probe.graphql(KEY_QUERY, { token, variables: { cardId } }),
    'pinEncryptionKey',
  );
}

async function changePin(
  probe: SecurityProbe,
  token: string,
  cardId: string,
  key: ServedKey,
  pin = '5813',
) {
  const jwe = await encryptedPin(probe, key, pin);
  return rootField(
    await probe.graphql(CHANGE_PIN, {
      token,
      variables: { cardId, encryptedPin: jwe, keyId: key.kid },
    }),
    'changeCardPin',
  );
}

/** A mutation that counts against the limit and then stops at the preflight. */
async function cheapMutation(probe: SecurityProbe, token: string) {
  return rootField(
    await probe.graphql(CHANGE_PIN, {
      token,
      variables: { cardId: ANNA_CARD, encryptedPin: 'x', keyId: 'k' },
    }),
    'changeCardPin',
  )['__typename'];
}

async function apiCalls(probe: SecurityProbe): Promise<string[]> {
  return calls(await probe.upstreamSinceMark()).filter((call) => call !== 'POST /oauth2/token');
}

describe('per-caller limits', () => {
  it('refuses the fourth query of a minute with RateLimitedError while another caller is served', async () => {
    const probe = await start({ RATE_LIMIT_QUERIES_PER_MINUTE: '3' });
    const anna = await probe.token(ANNA);
    const ben = await probe.token(BEN);
    const since = Date.now();

    const served = [];
    for (let query = 0; query < 3; query += 1) {
      served.push((await keyResult(probe, anna, ANNA_CARD))['__typename']);
    }
    await probe.mark();
    const refused = await keyResult(probe, anna, ANNA_CARD);
    const refusedCalls = await apiCalls(probe);
    const bens = await keyResult(probe, ben, BEN_CARD);

    expect(served).toEqual(['PinEncryptionKey', 'PinEncryptionKey', 'PinEncryptionKey']);
    expectRateLimited(refused, 60, since);
    expect(refusedCalls).toEqual([]);
    expect(bens['__typename']).toBe('PinEncryptionKey');
  });

  it('refuses the third mutation of a minute before Solaris, while queries and another caller are served', async () => {
    const probe = await start({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' });
    const anna = await probe.token(ANNA);
    const ben = await probe.token(BEN);
    const key = await fetchKey(probe, anna, ANNA_CARD);
    const since = Date.now();

    const opened = [
      (await changePin(probe, anna, ANNA_CARD, key))['__typename'],
      (await changePin(probe, anna, ANNA_CARD, key))['__typename'],
    ];
    await probe.mark();
    const refused = await changePin(probe, anna, ANNA_CARD, key);
    const refusedCalls = await apiCalls(probe);
    const annasQuery = await keyResult(probe, anna, ANNA_CARD);
    const bens = await changePin(probe, ben, BEN_CARD, key);

    expect(opened).toEqual(['ChangeRequest', 'ChangeRequest']);
    expectRateLimited(refused, 60, since);
    expect(refusedCalls).toEqual([]);
    expect(annasQuery['__typename']).toBe('PinEncryptionKey');
    expect(bens['__typename']).toBe('ChangeRequest');
  });

  it('refuses the fourth confirmation of one change request, and only of that one', async () => {
    const probe = await start({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '100' });
    const anna = await probe.token(ANNA);
    const key = await fetchKey(probe, anna, ANNA_CARD);
    const open = async () => {
      const changeRequest = await changePin(probe, anna, ANNA_CARD, key);
      const changeRequestId = String(changeRequest['id']);
      await probe.graphql(AUTHORIZE, {
        token: anna,
        variables: { changeRequestId, method: 'SMS' },
      });
      return changeRequestId;
    };
    const confirm = async (changeRequestId: string, tan: string) => {
      probe.secret(tan);
      const response = await probe.graphql(CONFIRM, {
        token: anna,
        variables: { changeRequestId, confirmation: { tan } },
      });
      return rootField(response, 'confirmPinChange');
    };
    const first = await open();
    const since = Date.now();
    await probe.mark();

    const attempts = [];
    for (const guess of ['000001', '000002', '000003']) {
      attempts.push((await confirm(first, guess))['__typename']);
    }
    const fourth = await confirm(first, (await smsCodes(probe, first))[0] ?? '');
    const confirmPosts = (await apiCalls(probe)).filter((call) => call.endsWith('/confirm'));
    const second = await open();
    const [secondCode = ''] = await smsCodes(probe, second);
    const otherChangeRequest = await confirm(second, secondCode);

    expect(attempts).toEqual([
      'InvalidTanError',
      'ChangeRequestExpiredError',
      'ChangeRequestExpiredError',
    ]);
    expectRateLimited(fourth, 600, since);
    expect(confirmPosts).toEqual([
      `POST /v1/change_requests/${first}/confirm`,
      `POST /v1/change_requests/${first}/confirm`,
      `POST /v1/change_requests/${first}/confirm`,
    ]);
    expect(otherChangeRequest['status']).toBe('COMPLETED');
  });
});

/** The one-time codes the embedded Solaris sent for a change request, registered as secrets. */
async function smsCodes(probe: SecurityProbe, changeRequestId: string): Promise<string[]> {
  const gateway = started.find((entry) => entry.probe === probe)?.gateway;
  const response = await request(`${gateway?.sim.url}/__sim/sms?person_id=${ANNA}`);
  const sent = (await response.body.json()) as { change_request_id: string; code: string }[];
  const codes = sent
    .filter((sms) => sms.change_request_id === changeRequestId)
    .map((sms) => sms.code);
  probe.secret(...codes);
  return codes;
}

describe('limits shared over Redis', () => {
  it('counts one limit across two gateway instances', async () => {
    redis = await startRedisServer();
    const env = {
      REDIS_URL: redis.url,
      RATE_LIMIT_QUERIES_PER_MINUTE: '3',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '1',
    };
    const first = await start(env);
    const second = await start(env);
    const annaOnFirst = await first.token(ANNA);
    const annaOnSecond = await second.token(ANNA);
    const since = Date.now();

    const queries = [
      (await keyResult(first, annaOnFirst, ANNA_CARD))['__typename'],
      (await keyResult(second, annaOnSecond, ANNA_CARD))['__typename'],
      (await keyResult(first, annaOnFirst, ANNA_CARD))['__typename'],
    ];
    const fourthOnSecond = await keyResult(second, annaOnSecond, ANNA_CARD);
    const fifthOnFirst = await keyResult(first, annaOnFirst, ANNA_CARD);
    const mutations = [
      await cheapMutation(first, annaOnFirst),
      await cheapMutation(second, annaOnSecond),
    ];
    const benOnSecond = await keyResult(second, await second.token(BEN), BEN_CARD);

    expect(queries).toEqual(['PinEncryptionKey', 'PinEncryptionKey', 'PinEncryptionKey']);
    expectRateLimited(fourthOnSecond, 60, since);
    expectRateLimited(fifthOnFirst, 60, since);
    expect(mutations).toEqual(['InvalidEncryptedPinError', 'RateLimitedError']);
    expect(benOnSecond['__typename']).toBe('PinEncryptionKey');
  });

  it('lets queries through and refuses mutations while Redis is down, warning once', async () => {
    redis = await startRedisServer();
    const probe = await start({ REDIS_URL: redis.url });
    const gateway = started[0]?.gateway;
    const anna = await probe.token(ANNA);
    const before = [
      (await keyResult(probe, anna, ANNA_CARD))['__typename'],
      await cheapMutation(probe, anna),
    ];

    await redis.stop();
    await probe.mark();
    const queries = [];
    const mutations = [];
    for (let round = 0; round < 3; round += 1) {
      queries.push((await keyResult(probe, anna, ANNA_CARD))['__typename']);
      mutations.push(
        rootField(
          await probe.graphql(CHANGE_PIN, {
            token: anna,
            variables: { cardId: ANNA_CARD, encryptedPin: 'x', keyId: 'k' },
          }),
          'changeCardPin',
        ),
      );
    }
    const health = await request(`${gateway?.url}/healthz`);

    expect(before).toEqual(['PinEncryptionKey', 'InvalidEncryptedPinError']);
    expect(queries).toEqual(['PinEncryptionKey', 'PinEncryptionKey', 'PinEncryptionKey']);
    const refused = {
      __typename: 'RateLimitedError',
      message: `Too many operations; retry in ${OUTAGE_RETRY_AFTER_SECONDS} s.`,
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    };
    expect(mutations).toEqual([refused, refused, refused]);
    expect(health.statusCode).toBe(200);
    await health.body.dump();
    const warnings = (gateway?.logs.lines() ?? [])
      .filter((line) => line['level'] === 40)
      .map((line) => ({ component: line['component'], msg: line['msg'] }));
    expect(warnings).toEqual([{ component: 'rate-limit', msg: UNREACHABLE_WARNING }]);
  });

  it('takes mutations again once Redis is back', async () => {
    redis = await startRedisServer();
    const probe = await start({ REDIS_URL: redis.url });
    const anna = await probe.token(ANNA);
    expect(await cheapMutation(probe, anna)).toBe('InvalidEncryptedPinError');
    await redis.stop();
    expect(await cheapMutation(probe, anna)).toBe('RateLimitedError');

    redis = await startRedisServer({ port: redis.port });
    const deadline = Date.now() + 5000;
    let outcome = await cheapMutation(probe, anna);
    while (outcome === 'RateLimitedError' && Date.now() < deadline) {
      await delay(100);
      outcome = await cheapMutation(probe, anna);
    }

    expect(outcome).toBe('InvalidEncryptedPinError');
  });
});

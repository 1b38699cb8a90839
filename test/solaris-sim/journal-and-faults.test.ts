import { connect, type Socket } from 'node:net';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { errors, request } from 'undici';

import { ALICE, ALICE_CARD, openPinChange, startTestSim, type TestSim } from './sim-client.js';

const KEY_PATH = '/v1/cards/pin_keys/latest';

describe('request journal', () => {
  let sim: TestSim;
  beforeEach(async () => {
    sim = await startTestSim();
  });
  afterEach(() => sim.stop());

  it('records every API request as it arrived, and not its own routes', async () => {
    const token = await sim.token();
    await sim.call('POST', `/v1/cards/${ALICE_CARD}/sca_pin_update_requests?x=1`, {
      token,
      rawBody: '{"encrypted_pin":"a.b.c.d.e","key_id":"k"}',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-7' },
    });
    await sim.call('GET', '/__sim/sms');

    const journal = (await sim.call('GET', '/__sim/requests')).json as Record<string, unknown>[];

    expect(journal).toHaveLength(2);
    expect(journal[0]).toMatchObject({
      seq: 1,
      method: 'POST',
      path: '/oauth2/token',
      fault: null,
    });
    expect(journal[1]).toEqual({
      seq: 2,
      method: 'POST',
      path: `/v1/cards/${ALICE_CARD}/sca_pin_update_requests`,
      query: 'x=1',
      headers: {
        host: new URL(sim.sim.url).host,
        connection: 'keep-alive',
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': '42',
        'x-request-id': 'req-7',
      },
      body: '{"encrypted_pin":"a.b.c.d.e","key_id":"k"}',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      fault: null,
    });
  });

  it('forgets its entries on DELETE and keeps counting', async () => {
    await sim.token();

    const cleared = await sim.call('DELETE', '/__sim/requests');
    const empty = await sim.call('GET', '/__sim/requests');
    await sim.call('GET', KEY_PATH);
    const after = (await sim.call('GET', '/__sim/requests')).json as { seq: number }[];

    expect(cleared.status).toBe(204);
    expect(empty.json).toEqual([]);
    expect(after.map((entry) => entry.seq)).toEqual([2]);
  });
});

describe('faults: arming, listing, clearing', () => {
  let sim: TestSim;
  beforeEach(async () => {
    sim = await startTestSim();
  });
  afterEach(() => sim.stop());

  const arm = (body: unknown) => sim.call('POST', '/__sim/faults', { body });

  it('lists armed faults and clears them', async () => {
    const armed = await arm({
      fault: 'latency',
      ms: 10,
      route: '/v1/cards',
      method: 'get',
      times: 3,
    });
    const id = (armed.json as { id: string }).id;

    const listed = await sim.call('GET', '/__sim/faults');
    const cleared = await sim.call('DELETE', '/__sim/faults');
    const after = await sim.call('GET', '/__sim/faults');

    expect(armed.status).toBe(201);
    expect(listed.json).toEqual([
      { id, fault: 'latency', ms: 10, route: '/v1/cards', method: 'GET', times: 3 },
    ]);
    expect(cleared.status).toBe(204);
    expect(after.json).toEqual([]);
  });

  it.each([
    [
      {},
      '"fault" must be one of latency, status, reset-before, reset-after, stall, close-idle, reject-token',
    ],
    [
      { fault: 'explode' },
      '"fault" must be one of latency, status, reset-before, reset-after, stall, close-idle, reject-token',
    ],
    [{ fault: 'latency' }, 'the latency fault needs "ms"'],
    [{ fault: 'status' }, 'the status fault needs "status"'],
    [{ fault: 'status', status: 99 }, '"status" must be an integer from 200 to 599'],
    [{ fault: 'latency', ms: -1 }, '"ms" must be an integer from 0 to 3600000'],
    [{ fault: 'stall', times: 0 }, '"times" must be a positive integer'],
    [{ fault: 'stall', route: 5 }, '"route" must be a string'],
    [
      { fault: 'stall', ms: 5 },
      '"ms" does not apply to the stall fault, which takes fault, route, method, times',
    ],
    [[{ fault: 'stall' }], 'the body must be one JSON object such as {"fault":"latency","ms":500}'],
  ])('refuses %j with 400', async (body, message) => {
    const reply = await arm(body);

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ error: message });
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await sim.call('POST', '/__sim/faults', { rawBody: 'fault=stall' });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ error: 'the body must be JSON' });
  });

  it('applies only to the matching route and method, counts down and disarms', async () => {
    const token = await sim.token();
    await arm({ fault: 'status', status: 503, route: 'pin_keys', method: 'GET', times: 2 });

    const card = await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token });
    const first = await sim.call('GET', KEY_PATH, { token });
    const second = await sim.call('GET', KEY_PATH, { token });
    const listed = (await sim.call('GET', '/__sim/faults')).json;
    const third = await sim.call('GET', KEY_PATH, { token });

    expect([card.status, first.status, second.status, third.status]).toEqual([200, 503, 503, 200]);
    expect(listed).toEqual([]);
  });

  it('applies the first matching fault', async () => {
    const token = await sim.token();
    await arm({ fault: 'status', status: 502, route: 'pin_keys', times: 1 });
    await arm({ fault: 'status', status: 504 });

    const first = await sim.call('GET', KEY_PATH, { token });
    const second = await sim.call('GET', KEY_PATH, { token });

    expect([first.status, second.status]).toEqual([502, 504]);
  });

  it('never hits its own routes', async () => {
    await arm({ fault: 'status', status: 500 });

    const listed = await sim.call('GET', '/__sim/faults');

    expect(listed.status).toBe(200);
  });

  it('marks the journal entries it hit with the fault kind', async () => {
    const token = await sim.token();
    await arm({ fault: 'status', status: 500, times: 1 });

    await sim.call('GET', KEY_PATH, { token });
    await sim.call('GET', KEY_PATH, { token });
    const journal = (await sim.call('GET', '/__sim/requests')).json as { fault: string | null }[];

    expect(journal.map((entry) => entry.fault)).toEqual([null, 'status', null]);
  });
});

describe('fault kinds', () => {
  let sim: TestSim;
  let token: string;
  beforeEach(async () => {
    sim = await startTestSim();
    token = await sim.token();
  });
  afterEach(() => sim.stop());

  const arm = async (body: unknown) => {
    const reply = await sim.call('POST', '/__sim/faults', { body });
    expect(reply.status).toBe(201);
  };
  const smsCount = async () => ((await sim.call('GET', '/__sim/sms')).json as unknown[]).length;

  it('latency: answers normally after the delay', async () => {
    await arm({ fault: 'latency', ms: 300, times: 1 });
    const started = Date.now();

    const reply = await sim.call('GET', KEY_PATH, { token });

    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(reply.status).toBe(200);
    expect((reply.json as { kid: string }).kid).toBe(sim.sim.currentKeyId());
  });

  it.each([
    ['an HTML page', 502, '<html><body>Bad Gateway</body></html>', 'text/html', 'text/html'],
    ['an empty body', 503, undefined, undefined, undefined],
    ['truncated JSON', 500, '{"errors":[{"id":"x","sta', undefined, 'application/json'],
    ['JSON', 429, '{"errors":[]}', 'application/json', 'application/json'],
  ])('status: answers %s', async (_case, status, body, contentType, expectedType) => {
    await arm({ fault: 'status', status, body, contentType });

    const reply = await sim.call('GET', KEY_PATH, { token });

    expect(reply.status).toBe(status);
    expect(reply.text).toBe(body ?? '');
    expect(reply.headers['content-type']).toBe(expectedType);
  });

  it('reset-before: resets the connection without handling the request', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await arm({ fault: 'reset-before', route: '/authorize' });

    const failure = await sim
      .call('POST', `/v1/change_requests/${id}/authorize`, {
        token,
        body: { delivery_method: 'mobile_number', person_id: ALICE },
      })
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'ECONNRESET' });
    expect(await smsCount()).toBe(0);
  });

  it('reset-after: handles the request fully, then resets instead of answering', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await arm({ fault: 'reset-after', route: '/authorize' });

    const failure = await sim
      .call('POST', `/v1/change_requests/${id}/authorize`, {
        token,
        body: { delivery_method: 'mobile_number', person_id: ALICE },
      })
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({ code: 'ECONNRESET' });
    expect(await smsCount()).toBe(1);
  });

  it('stall: never answers; the client times out', async () => {
    await arm({ fault: 'stall', times: 1 });

    const failure = await request(`${sim.sim.url}${KEY_PATH}`, {
      headers: { authorization: `Bearer ${token}` },
      dispatcher: sim.agent,
      headersTimeout: 200,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(errors.HeadersTimeoutError);
  });

  it('stall: close() still ends the stalled request and resolves', async () => {
    await arm({ fault: 'stall' });
    const pending = sim.call('GET', KEY_PATH, { token }).catch((error: unknown) => error);
    await waitForJournal(sim, 2);

    await sim.sim.close();

    expect(await pending).toBeInstanceOf(errors.SocketError);
  });

  it('close-idle: sends no Keep-Alive hint and closes the idle socket after ms', async () => {
    await arm({ fault: 'close-idle', ms: 150 });
    const socket = await rawConnect(sim.sim.url);

    const head = await rawGet(socket, KEY_PATH, token);
    const closedAfter = await closedWithin(socket, 3000);

    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head).toMatch(/\r\nconnection: keep-alive\r\n/i);
    expect(head).not.toMatch(/\r\nkeep-alive:/i);
    expect(closedAfter).toBeGreaterThanOrEqual(100);
  });

  it('close-idle: a socket reused before ms stays open for its next request', async () => {
    await arm({ fault: 'close-idle', ms: 400 });
    const socket = await rawConnect(sim.sim.url);

    await rawGet(socket, KEY_PATH, token);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await rawGet(socket, KEY_PATH, token);

    expect(second).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    socket.destroy();
  });

  it('without close-idle the server sends the Keep-Alive hint', async () => {
    const socket = await rawConnect(sim.sim.url);

    const head = await rawGet(socket, KEY_PATH, token);

    expect(head).toMatch(/\r\nkeep-alive: timeout=5\r\n/i);
    socket.destroy();
  });

  it('reject-token: refuses every token issued so far, for good; newer tokens work', async () => {
    const older = await sim.token();
    await arm({ fault: 'reject-token' });
    const newer = await sim.token();

    const refused = await sim.call('GET', KEY_PATH, { token: older });
    const fine = await sim.call('GET', KEY_PATH, { token: newer });
    await sim.call('DELETE', '/__sim/faults');
    const stillRefused = await sim.call('GET', KEY_PATH, { token: older });

    expect(refused.status).toBe(401);
    expect((refused.json as { errors: { code: string; detail: string }[] }).errors).toEqual([
      expect.objectContaining({ code: 'invalid_token', detail: 'Bearer Token is invalid' }),
    ]);
    expect(fine.status).toBe(200);
    expect(stillRefused.status).toBe(401);
  });

  it('reject-token: newer tokens do not use up its times', async () => {
    await arm({ fault: 'reject-token', times: 1 });
    const newer = await sim.token();

    await sim.call('GET', KEY_PATH, { token: newer });
    const listed = (await sim.call('GET', '/__sim/faults')).json as { times: number }[];
    const refused = await sim.call('GET', KEY_PATH, { token });

    expect(listed.map((fault) => fault.times)).toEqual([1]);
    expect(refused.status).toBe(401);
  });
});

async function waitForJournal(sim: TestSim, entries: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const journal = (await sim.call('GET', '/__sim/requests')).json as unknown[];
    if (journal.length >= entries) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`journal never reached ${entries} entries`);
}

function rawConnect(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends one keep-alive GET and resolves with the response head once the whole body arrived. */
function rawGet(socket: Socket, path: string, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = received.slice(0, end + 2);
      const length = Number(/\r\ncontent-length: (\d+)\r\n/i.exec(head)?.[1] ?? 0);
      if (Buffer.byteLength(received.slice(end + 4)) < length) return;
      socket.off('data', onData);
      resolve(head);
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: sim\r\nAuthorization: Bearer ${token}\r\nConnection: keep-alive\r\n\r\n`,
    );
  });
}

/** How long after now the server closed the socket; fails after `limitMs`. */
function closedWithin(socket: Socket, limitMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket stayed open')), limitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
    socket.resume();
  });
}

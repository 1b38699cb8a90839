import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { DEFAULT_SEED } from '../../src/solaris-sim/default-seed.js';
import type { SimDevice } from '../../src/solaris-sim/server.js';
import {
  ALICE,
  ALICE_CARD,
  BOB,
  CAROL,
  CAROL_CARD,
  UUID,
  openPinChange,
  startTestSim,
  verifyPin,
  type TestSim,
} from './sim-client.js';

const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

function oneError(status: string | number, code: string, title: string, detail: string) {
  return { errors: [{ id: expect.stringMatching(UUID), status, code, title, detail }] };
}

const unauthorized = oneError(
  '403',
  'unauthorized_action',
  'Unauthorized Action',
  'Unauthorized action is not allowed.',
);

/** A P-256 device key pair; the seed holds the public key as hex of its SPKI DER. */
function p256Device(id: string): { device: SimDevice; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const key = publicKey.export({ format: 'der', type: 'spki' }).toString('hex');
  return { device: { id, key_type: 'ecdsa-p256', key_purpose: 'unrestricted', key }, privateKey };
}

function signHex(privateKey: KeyObject, message: string): string {
  return sign('sha256', Buffer.from(message, 'utf8'), {
    key: privateKey,
    dsaEncoding: 'der',
  }).toString('hex');
}

describe('change request SCA over SMS', () => {
  let sim: TestSim;
  let token: string;
  beforeEach(async () => {
    sim = await startTestSim();
    token = await sim.token();
  });
  afterEach(() => sim.stop());

  const authorize = (id: string, body: unknown) =>
    sim.call('POST', `/v1/change_requests/${id}/authorize`, { token, body });
  const confirm = (id: string, body: unknown) =>
    sim.call('POST', `/v1/change_requests/${id}/confirm`, { token, body });
  const smsFor = async (personId: string) =>
    (await sim.call('GET', `/__sim/sms?person_id=${personId}`)).json as { code: string }[];

  it('sends a code, confirms with it and really changes the PIN', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');

    const authorized = await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });

    expect(authorized.status).toBe(200);
    expect(authorized.json).toEqual({
      id,
      status: 'CONFIRMATION_REQUIRED',
      updated_at: expect.stringMatching(ISO_MILLIS),
    });
    const outbox = (await sim.call('GET', `/__sim/sms?person_id=${ALICE}`)).json;
    expect(outbox).toEqual([
      {
        person_id: ALICE,
        mobile_number: '+4915100000001',
        change_request_id: id,
        code: expect.stringMatching(/^\d{6}$/),
        sent_at: expect.stringMatching(ISO_MILLIS),
      },
    ]);
    expect(await verifyPin(sim, ALICE_CARD, '4931')).toEqual({ matches: false });

    const code = (await smsFor(ALICE))[0]?.code;
    const confirmed = await confirm(id, { person_id: ALICE, tan: code });

    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toEqual({
      id,
      status: 'COMPLETED',
      updated_at: expect.stringMatching(ISO_MILLIS),
      response_body: {},
      response_code: 202,
    });
    expect(await verifyPin(sim, ALICE_CARD, '4931')).toEqual({ matches: true });
    expect(await verifyPin(sim, ALICE_CARD, '4932')).toEqual({ matches: false });
  });

  it('replaces the code when authorized again; the old code no longer works', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });
    await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });
    const [first, second] = await smsFor(ALICE);
    expect(second?.code).toMatch(/^\d{6}$/);

    // Two random codes are equal once in a million runs; then the old code is the new one.
    if (first?.code === second?.code) return;

    const reply = await confirm(id, { person_id: ALICE, tan: first?.code });
    expect(reply.status).toBe(403);
    expect(reply.json).toEqual(
      oneError('403', 'invalid_tan', 'Invalid TAN', 'The TAN is invalid.'),
    );
  });

  it('accepts the new code after authorizing again', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });
    await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });
    const latest = (await smsFor(ALICE)).at(-1)?.code;

    const reply = await confirm(id, { person_id: ALICE, tan: latest });

    expect(reply.status).toBe(200);
  });

  it('ends the change request after a wrong code', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await authorize(id, { delivery_method: 'mobile_number', person_id: ALICE });
    const code = (await smsFor(ALICE))[0]?.code ?? '';
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    const refused = await confirm(id, { person_id: ALICE, tan: wrong });
    const retried = await confirm(id, { person_id: ALICE, tan: code });

    expect(refused.status).toBe(403);
    expect(refused.json).toEqual(
      oneError('403', 'invalid_tan', 'Invalid TAN', 'The TAN is invalid.'),
    );
    expect(retried.status).toBe(422);
    expect(retried.json).toEqual(
      oneError(
        '422',
        'unprocessable_entity',
        'Unprocessable Entity',
        'change request has already ended with status FAILED',
      ),
    );
    expect(await verifyPin(sim, ALICE_CARD, '4931')).toEqual({ matches: false });
  });

  it('refuses a completed change request with 422', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await authorize(id, { delivery_method: 'static', person_id: ALICE });
    await confirm(id, { person_id: ALICE, tan: '212212' });

    const again = await authorize(id, { delivery_method: 'static', person_id: ALICE });

    expect(again.status).toBe(422);
    expect(again.json).toEqual(
      oneError(
        '422',
        'unprocessable_entity',
        'Unprocessable Entity',
        'change request has already ended with status COMPLETED',
      ),
    );
  });

  it('accepts 212212 for the static delivery method without sending an SMS', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '2580');

    const authorized = await authorize(id, { delivery_method: 'static', person_id: ALICE });
    const confirmed = await confirm(id, { person_id: ALICE, tan: '212212' });

    expect(authorized.status).toBe(200);
    expect(confirmed.status).toBe(200);
    expect(await smsFor(ALICE)).toEqual([]);
    expect(await verifyPin(sim, ALICE_CARD, '2580')).toEqual({ matches: true });
  });

  it("refuses another person's change request with 403 on authorize and confirm", async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');

    const authorizeAsBob = await authorize(id, {
      delivery_method: 'mobile_number',
      person_id: BOB,
    });
    await authorize(id, { delivery_method: 'static', person_id: ALICE });
    const confirmAsBob = await confirm(id, { person_id: BOB, tan: '212212' });

    expect(authorizeAsBob.status).toBe(403);
    expect(authorizeAsBob.json).toEqual(unauthorized);
    expect(confirmAsBob.status).toBe(403);
    expect(confirmAsBob.json).toEqual(unauthorized);
    expect(await smsFor(BOB)).toEqual([]);
    expect((await confirm(id, { person_id: ALICE, tan: '212212' })).status).toBe(200);
  });

  it('refuses SMS for a person without a mobile number', async () => {
    const id = await openPinChange(sim, token, CAROL_CARD, '4931');

    const reply = await authorize(id, { delivery_method: 'mobile_number', person_id: CAROL });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        {
          id: expect.stringMatching(UUID),
          status: 400,
          code: 'validation_error',
          title: 'Validation Error',
          detail: 'person has no verified mobile number',
          source: { field: 'mobile_number', message: 'person has no verified mobile number' },
        },
      ],
    });
  });

  it('refuses to confirm before authorization', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');

    const reply = await confirm(id, { person_id: ALICE, tan: '212212' });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        {
          id: expect.stringMatching(UUID),
          status: 400,
          code: 'validation_error',
          title: 'Validation Error',
          detail: 'change request is not awaiting confirmation',
          source: { field: 'id', message: 'change request is not awaiting confirmation' },
        },
      ],
    });
  });

  it.each([
    [
      'an unknown delivery method',
      { delivery_method: 'email', person_id: ALICE },
      'delivery_method',
      'must be one of mobile_number, device_signing, static',
    ],
    ['no person', { delivery_method: 'mobile_number' }, 'person_id', 'is missing'],
    ['no device', { delivery_method: 'device_signing' }, 'device_id', 'is missing'],
  ])('refuses to authorize with %s', async (_case, body, field, message) => {
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');

    const reply = await authorize(id, body);

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        {
          id: expect.stringMatching(UUID),
          status: 400,
          code: 'validation_error',
          title: 'Validation Error',
          detail: `${field} ${message}`,
          source: { field, message },
        },
      ],
    });
  });

  it('answers 404 for an unknown change request', async () => {
    const body = { delivery_method: 'static', person_id: ALICE };

    const authorizeReply = await authorize('nosuchcsc', body);
    const confirmReply = await confirm('nosuchcsc', { person_id: ALICE, tan: '212212' });

    const notFound = oneError(
      '404',
      'model_not_found',
      'Model Not Found',
      "Couldn't find 'Solaris::ChangeRequest' for id 'nosuchcsc'.",
    );
    expect([authorizeReply.status, confirmReply.status]).toEqual([404, 404]);
    expect(authorizeReply.json).toEqual(notFound);
    expect(confirmReply.json).toEqual(notFound);
  });
});

describe('change request expiry', () => {
  let sim: TestSim;
  afterEach(() => sim.stop());

  it('refuses a change request older than its lifetime with 422 and fails it', async () => {
    sim = await startTestSim({ changeRequestTtlSeconds: 1 });
    const token = await sim.token();
    const id = await openPinChange(sim, token, ALICE_CARD, '4931');
    await sim.call('POST', `/v1/change_requests/${id}/authorize`, {
      token,
      body: { delivery_method: 'static', person_id: ALICE },
    });

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { person_id: ALICE, tan: '212212' },
    });
    const after = await sim.call('POST', `/v1/change_requests/${id}/authorize`, {
      token,
      body: { delivery_method: 'static', person_id: ALICE },
    });

    expect(expired.status).toBe(422);
    expect(expired.json).toEqual(
      oneError('422', 'unprocessable_entity', 'Unprocessable Entity', 'change request has expired'),
    );
    expect(after.json).toEqual(
      oneError(
        '422',
        'unprocessable_entity',
        'Unprocessable Entity',
        'change request has already ended with status FAILED',
      ),
    );
    expect(await verifyPin(sim, ALICE_CARD, '4931')).toEqual({ matches: false });
  });
});

describe('change request SCA by device signing', () => {
  let sim: TestSim;
  let token: string;
  let privateKey: KeyObject;
  beforeEach(async () => {
    const alicePhone = p256Device('alice-phone');
    const bobPhone = p256Device('bob-phone');
    privateKey = alicePhone.privateKey;
    const devices: Record<string, SimDevice[]> = {
      [ALICE]: [alicePhone.device],
      [BOB]: [bobPhone.device],
    };
    const persons = DEFAULT_SEED.persons.map((person) => ({
      ...person,
      devices: devices[person.id] ?? [],
    }));
    sim = await startTestSim({ seed: { persons, cards: DEFAULT_SEED.cards } });
    token = await sim.token();
  });
  afterEach(() => sim.stop());

  async function authorizeDevice(id: string, deviceId: string) {
    return sim.call('POST', `/v1/change_requests/${id}/authorize`, {
      token,
      body: { delivery_method: 'device_signing', device_id: deviceId },
    });
  }

  it('hands out a string to sign and completes on a valid signature', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '8264');

    const authorized = await authorizeDevice(id, 'alice-phone');

    expect(authorized.status).toBe(200);
    expect(authorized.json).toEqual({
      id,
      status: 'CONFIRMATION_REQUIRED',
      updated_at: expect.stringMatching(ISO_MILLIS),
      string_to_sign: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const stringToSign = (authorized.json as { string_to_sign: string }).string_to_sign;

    const confirmed = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { device_id: 'alice-phone', signature: signHex(privateKey, stringToSign) },
    });

    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toEqual({
      id,
      status: 'COMPLETED',
      updated_at: expect.stringMatching(ISO_MILLIS),
      response_body: {},
      response_code: 202,
    });
    expect(await verifyPin(sim, ALICE_CARD, '8264')).toEqual({ matches: true });
  });

  it('refuses a signature of another string with invalid_tan and fails the change request', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '8264');
    await authorizeDevice(id, 'alice-phone');

    const refused = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { device_id: 'alice-phone', signature: signHex(privateKey, 'something else') },
    });

    expect(refused.status).toBe(403);
    expect(refused.json).toEqual(
      oneError('403', 'invalid_tan', 'Invalid TAN', 'The signature is invalid.'),
    );
    expect((await authorizeDevice(id, 'alice-phone')).status).toBe(422);
    expect(await verifyPin(sim, ALICE_CARD, '8264')).toEqual({ matches: false });
  });

  it('refuses a signature that is not hex DER', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '8264');
    await authorizeDevice(id, 'alice-phone');

    const refused = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { device_id: 'alice-phone', signature: 'not-hex' },
    });

    expect(refused.status).toBe(403);
    expect((refused.json as { errors: { code: string }[] }).errors[0]?.code).toBe('invalid_tan');
  });

  it('refuses a device bound to another person with 403, on authorize and on confirm', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '8264');

    const viaBobsPhone = await authorizeDevice(id, 'bob-phone');
    const viaUnknownPhone = await authorizeDevice(id, 'no-such-phone');
    const authorized = await authorizeDevice(id, 'alice-phone');
    const stringToSign = (authorized.json as { string_to_sign: string }).string_to_sign;
    const confirmViaBob = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { device_id: 'bob-phone', signature: signHex(privateKey, stringToSign) },
    });

    expect(viaBobsPhone.json).toEqual(unauthorized);
    expect(viaUnknownPhone.json).toEqual(unauthorized);
    expect(confirmViaBob.status).toBe(403);
    expect(confirmViaBob.json).toEqual(unauthorized);
  });

  it('treats a code sent for a device challenge as a wrong answer', async () => {
    const id = await openPinChange(sim, token, ALICE_CARD, '8264');
    await authorizeDevice(id, 'alice-phone');

    const reply = await sim.call('POST', `/v1/change_requests/${id}/confirm`, {
      token,
      body: { person_id: ALICE, tan: '212212' },
    });

    expect(reply.status).toBe(403);
    expect(reply.json).toEqual(
      oneError('403', 'invalid_tan', 'Invalid TAN', 'The TAN is invalid.'),
    );
  });
});

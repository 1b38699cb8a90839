import { readFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair } from 'jose';

import {
  ALICE_BLOCKED_CARD,
  ALICE_CARD,
  FIXTURE_KEY,
  UUID,
  encryptPin,
  startTestSim,
  type TestSim,
} from './sim-client.js';

const JWCRYPTO = JSON.parse(
  readFileSync(new URL('../fixtures/jwcrypto-jwe.json', import.meta.url), 'utf8'),
) as { kid: string; fixtures: { pin: string; jwe: string }[] };

const PATH = `/v1/cards/${ALICE_CARD}/sca_pin_update_requests`;
const KEY = { n: FIXTURE_KEY.n ?? '', e: FIXTURE_KEY.e ?? '', kid: FIXTURE_KEY.kid };

/** The whole 400 body Solaris gives for one field. */
function fieldError(field: string, message: string, detail = `${field} ${message}`) {
  return {
    errors: [
      {
        id: expect.stringMatching(UUID),
        status: 400,
        code: 'validation_error',
        title: 'Validation Error',
        detail,
        source: { field, message },
      },
    ],
  };
}

function accepted(baseUrl: string) {
  return (body: unknown) => {
    const id = (body as { id: string }).id;
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}csc$/),
      status: 'AUTHORIZATION_REQUIRED',
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
      url: `${baseUrl}/v1/change_requests/${id}/authorize`,
    });
  };
}

describe('POST /v1/cards/{card_id}/sca_pin_update_requests', () => {
  let sim: TestSim;
  let token: string;
  beforeEach(async () => {
    sim = await startTestSim();
    token = await sim.token();
  });
  afterEach(() => sim.stop());

  const post = (body: unknown, path = PATH) => sim.call('POST', path, { token, body });

  it('accepts a PIN encrypted with jose and keeps it pending', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}');

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(202);
    accepted(sim.sim.url)(reply.json);
    const verify = await sim.call('POST', `/__sim/cards/${ALICE_CARD}/verify-pin`, {
      body: { pin: '4931' },
    });
    expect(verify.json).toEqual({ matches: false });
  });

  it('sends two change requests for the same PIN sent twice (no idempotency)', async () => {
    const body = { encrypted_pin: await encryptPin(KEY, '{"pin":"4931"}'), key_id: KEY.kid };

    const first = await post(body);
    const second = await post(body);

    expect([first.status, second.status]).toEqual([202, 202]);
    expect((first.json as { id: string }).id).not.toBe((second.json as { id: string }).id);
  });

  it('accepts an INACTIVE card', async () => {
    const inactive = await startTestSim({
      seed: {
        persons: [{ id: 'p1cper', mobile_number: null }],
        cards: [
          {
            id: 'c1mcrd',
            person_id: 'p1cper',
            status: 'INACTIVE',
            type: 'VISA_DEBIT',
            masked_pan: 'x',
          },
        ],
      },
    });
    try {
      const reply = await inactive.call('POST', '/v1/cards/c1mcrd/sca_pin_update_requests', {
        token: await inactive.token(),
        body: { encrypted_pin: await encryptPin(KEY, '{"pin":"4931"}'), key_id: KEY.kid },
      });
      expect(reply.status).toBe(202);
    } finally {
      await inactive.stop();
    }
  });

  it.each(JWCRYPTO.fixtures.filter((fixture) => !['1234', '1112'].includes(fixture.pin)))(
    'accepts the jwcrypto JWE of PIN $pin',
    async ({ jwe }) => {
      expect(JWCRYPTO.kid).toBe(FIXTURE_KEY.kid);

      const reply = await post({ encrypted_pin: jwe, key_id: JWCRYPTO.kid });

      expect(reply.status).toBe(202);
      accepted(sim.sim.url)(reply.json);
    },
  );

  it.each([
    ['1234', 'must not contain sequential digits'],
    ['1112', 'must not contain a digit three or more times'],
  ])('refuses the jwcrypto JWE of PIN %s by the PIN rules', async (pin, message) => {
    const fixture = JWCRYPTO.fixtures.find((candidate) => candidate.pin === pin);

    const reply = await post({ encrypted_pin: fixture?.jwe, key_id: JWCRYPTO.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('pin', message));
  });

  it.each([
    ['12345', 'must be exactly 4 digits'],
    ['123', 'must be exactly 4 digits'],
    ['12a4', 'must be exactly 4 digits'],
    ['', 'must be exactly 4 digits'],
    ['4321', 'must not contain sequential digits'],
    ['0123', 'must not contain sequential digits'],
    ['9876', 'must not contain sequential digits'],
    ['6789', 'must not contain sequential digits'],
    ['1111', 'must not contain a digit three or more times'],
    ['5155', 'must not contain a digit three or more times'],
  ])('refuses PIN "%s": %s', async (pin, message) => {
    const encrypted = await encryptPin(KEY, JSON.stringify({ pin }));

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('pin', message));
  });

  it.each(['2468', '1357', '1123', '9087', '7712'])(
    'accepts PIN "%s" (no rule broken)',
    async (pin) => {
      const encrypted = await encryptPin(KEY, JSON.stringify({ pin }));

      const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

      expect(reply.status).toBe(202);
    },
  );

  it('refuses both missing fields at once', async () => {
    const reply = await post({});

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        fieldError('encrypted_pin', 'is missing').errors[0],
        fieldError('key_id', 'is missing').errors[0],
      ],
    });
  });

  it('refuses a field that is not a string', async () => {
    const reply = await post({ encrypted_pin: 42, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', 'must be a string'));
  });

  it('refuses a body that is not a JSON object with invalid_model', async () => {
    const reply = await sim.call('POST', PATH, { token, rawBody: 'pin=1234' });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({
      errors: [
        {
          id: expect.stringMatching(UUID),
          status: 400,
          code: 'invalid_model',
          title: 'Invalid Model',
          detail: 'body must be a JSON object',
        },
      ],
    });
  });

  it('refuses an unknown key id', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}', { kid: 'old-key' });

    const reply = await post({ encrypted_pin: encrypted, key_id: 'old-key' });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('key_id', 'is not a known key'));
  });

  it('refuses a JWE whose alg is not RSA-OAEP-256', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}', { alg: 'RSA-OAEP' });

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', 'must use alg "RSA-OAEP-256"'));
  });

  it('refuses a JWE whose enc is not A256CBC-HS512', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}', { enc: 'A256GCM' });

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', 'must use enc "A256CBC-HS512"'));
  });

  it('refuses a JWE whose kid is not the key_id', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}', { kid: 'another-kid' });

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(
      fieldError('encrypted_pin', 'must carry the key_id as kid in its protected header'),
    );
  });

  it('refuses a JWE encrypted to another key under the right kid', async () => {
    const { publicKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const other = await exportJWK(publicKey);
    const encrypted = await encryptPin(
      { n: other.n ?? '', e: other.e ?? '', kid: KEY.kid },
      '{"pin":"4931"}',
    );

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', 'could not be decrypted with the key'));
  });

  it('refuses a JWE whose ciphertext was tampered with', async () => {
    const parts = (await encryptPin(KEY, '{"pin":"4931"}')).split('.');
    const ciphertext = Buffer.from(parts[3] ?? '', 'base64url');
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 0xff;
    parts[3] = ciphertext.toString('base64url');

    const reply = await post({ encrypted_pin: parts.join('.'), key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', 'could not be decrypted with the key'));
  });

  it.each([
    ['a JWS-like three-part string', 'a.b.c', 'is not a JWE in compact serialization'],
    ['an unreadable header', '!!.a.b.c.d', 'has no readable protected header'],
  ])('refuses %s', async (_case, encryptedPin, message) => {
    const reply = await post({ encrypted_pin: encryptedPin, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('encrypted_pin', message));
  });

  it.each([
    ['a bare PIN', '4931'],
    ['a number PIN', '{"pin":4931}'],
    ['another member', '{"code":"4931"}'],
    ['a JSON array', '["4931"]'],
  ])('refuses a plaintext that is %s', async (_case, plaintext) => {
    const encrypted = await encryptPin(KEY, plaintext);

    const reply = await post({ encrypted_pin: encrypted, key_id: KEY.kid });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(
      fieldError('pin', 'must be encrypted as the JSON string {"pin":"NNNN"}'),
    );
  });

  it('answers 404 with the flat error object for an unknown card', async () => {
    const reply = await post({}, '/v1/cards/unknownmcrd/sca_pin_update_requests');

    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({
      id: expect.stringMatching(UUID),
      status: '404',
      code: 'model_not_found',
      title: 'Model Not Found',
      detail: "Couldn't find 'Solaris::PaymentCard' for id 'unknownmcrd'.",
    });
  });

  it('answers 403 with the flat error object for a blocked card', async () => {
    const encrypted = await encryptPin(KEY, '{"pin":"4931"}');

    const reply = await post(
      { encrypted_pin: encrypted, key_id: KEY.kid },
      `/v1/cards/${ALICE_BLOCKED_CARD}/sca_pin_update_requests`,
    );

    expect(reply.status).toBe(403);
    expect(reply.json).toEqual({
      id: expect.stringMatching(UUID),
      status: '403',
      code: 'unauthorized_action',
      title: 'Unauthorized Action',
      detail: 'Unauthorized action is not allowed.',
    });
  });

  it('gives every error body a fresh id', async () => {
    const first = await post({});
    const second = await post({});

    const idOf = (body: unknown) => (body as { errors: { id: string }[] }).errors[0]?.id;
    expect(idOf(first.json)).not.toBe(idOf(second.json));
  });
});

describe('PIN key rotation', () => {
  let sim: TestSim | undefined;
  afterEach(() => sim?.stop());

  async function pinChange(testSim: TestSim, token: string, kid: string, n: string, e: string) {
    const encrypted = await encryptPin({ n, e, kid }, '{"pin":"4931"}');
    return testSim.call('POST', PATH, { token, body: { encrypted_pin: encrypted, key_id: kid } });
  }

  it('publishes a new key and keeps accepting the old one during the grace time', async () => {
    sim = await startTestSim();
    const token = await sim.token();

    const newKid = await sim.sim.rotateKey();
    const latest = await sim.call('GET', '/v1/cards/pin_keys/latest', { token });
    const published = latest.json as { kid: string; n: string; e: string };

    expect(newKid).not.toBe(FIXTURE_KEY.kid);
    expect(sim.sim.currentKeyId()).toBe(newKid);
    expect(published).toEqual({
      kid: newKid,
      kty: 'RSA',
      use: 'enc',
      alg: 'RS256',
      n: published.n,
      e: 'AQAB',
    });
    expect(published.n).not.toBe(KEY.n);
    expect((await pinChange(sim, token, newKid, published.n, published.e)).status).toBe(202);
    expect((await pinChange(sim, token, KEY.kid, KEY.n, KEY.e)).status).toBe(202);
  });

  it('rotates through /__sim/pin-keys/rotate', async () => {
    sim = await startTestSim();

    const reply = await sim.call('POST', '/__sim/pin-keys/rotate');

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ kid: sim.sim.currentKeyId() });
    expect(sim.sim.currentKeyId()).not.toBe(FIXTURE_KEY.kid);
  });

  it('refuses the old key once the grace time is over', async () => {
    sim = await startTestSim({ keyGraceSeconds: 0 });
    const token = await sim.token();

    await sim.sim.rotateKey();
    const reply = await pinChange(sim, token, KEY.kid, KEY.n, KEY.e);

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(fieldError('key_id', 'is not a known key'));
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  ALICE,
  ALICE_CARD,
  FIXTURE_KEY,
  UUID,
  basicAuth,
  startTestSim,
  type TestSim,
} from './sim-client.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const GRANT = 'grant_type=client_credentials&scope=partners';

function oneError(status: number | string, code: string, title: string, detail: string) {
  return { errors: [{ id: expect.stringMatching(UUID), status, code, title, detail }] };
}

describe('POST /oauth2/token', () => {
  let sim: TestSim;
  beforeEach(async () => {
    sim = await startTestSim({
      clientId: 'partner-1',
      clientSecret: 's3cret',
      tokenTtlSeconds: 1200,
    });
  });
  afterEach(() => sim.stop());

  it('issues an opaque bearer token for the partner scope', async () => {
    const reply = await sim.call('POST', '/oauth2/token', {
      headers: { ...FORM, authorization: basicAuth('partner-1', 's3cret') },
      rawBody: GRANT,
    });

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      token_type: 'bearer',
      expires_in: 1200,
      scope: 'partners',
    });
  });

  it('issues a different token each time', async () => {
    expect(await sim.token()).not.toBe(await sim.token());
  });

  it.each([
    ['a wrong secret', basicAuth('partner-1', 'wrong')],
    ['a wrong client id', basicAuth('partner-2', 's3cret')],
    ['no credentials', undefined],
    ['a bearer header', 'Bearer abc'],
  ])('refuses %s with 401 invalid_client', async (_case, authorization) => {
    const headers: Record<string, string> = { ...FORM };
    if (authorization !== undefined) headers.authorization = authorization;

    const reply = await sim.call('POST', '/oauth2/token', { headers, rawBody: GRANT });

    expect(reply.status).toBe(401);
    expect(reply.json).toEqual(
      oneError('401', 'invalid_client', 'Invalid Client', 'Client authentication failed.'),
    );
  });

  it('refuses another grant type with 400', async () => {
    const reply = await sim.call('POST', '/oauth2/token', {
      headers: { ...FORM, authorization: basicAuth('partner-1', 's3cret') },
      rawBody: 'grant_type=password&scope=partners',
    });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(
      oneError(
        400,
        'unsupported_grant_type',
        'Unsupported Grant Type',
        'grant_type must be "client_credentials", got "password"',
      ),
    );
  });

  it('refuses another scope with 400', async () => {
    const reply = await sim.call('POST', '/oauth2/token', {
      headers: { ...FORM, authorization: basicAuth('partner-1', 's3cret') },
      rawBody: 'grant_type=client_credentials&scope=admin',
    });

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual(
      oneError(400, 'invalid_scope', 'Invalid Scope', 'scope must be "partners", got "admin"'),
    );
  });
});

describe('bearer tokens on /v1', () => {
  let sim: TestSim;
  afterEach(() => sim.stop());

  it('answers 401 token_required without a token', async () => {
    sim = await startTestSim();

    const reply = await sim.call('GET', '/v1/cards/pin_keys/latest');

    expect(reply.status).toBe(401);
    expect(reply.json).toEqual(
      oneError('401', 'token_required', 'Token Required', 'Bearer Token is not provided'),
    );
  });

  it('answers 401 invalid_token for a token it never issued', async () => {
    sim = await startTestSim();

    const reply = await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token: 'made-up' });

    expect(reply.status).toBe(401);
    expect(reply.json).toEqual(
      oneError('401', 'invalid_token', 'Invalid Token', 'Bearer Token is invalid'),
    );
  });

  it('answers 401 invalid_token once the token has expired', async () => {
    sim = await startTestSim({ tokenTtlSeconds: 1 });
    const token = await sim.token();
    expect((await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token })).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const reply = await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token });

    expect(reply.status).toBe(401);
    expect(reply.json).toEqual(
      oneError('401', 'invalid_token', 'Invalid Token', 'Bearer Token has expired'),
    );
  });
});

describe('PIN keys and cards', () => {
  let sim: TestSim;
  let token: string;
  beforeEach(async () => {
    sim = await startTestSim();
    token = await sim.token();
  });
  afterEach(() => sim.stop());

  const publishedKey = {
    kid: FIXTURE_KEY.kid,
    kty: 'RSA',
    use: 'enc',
    alg: 'RS256',
    n: FIXTURE_KEY.n,
    e: FIXTURE_KEY.e,
  };

  it('publishes the public key only, labelled RS256 as Solaris does', async () => {
    const reply = await sim.call('GET', '/v1/cards/pin_keys/latest', { token });

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(publishedKey);
    expect(sim.sim.currentKeyId()).toBe(FIXTURE_KEY.kid);
  });

  it('publishes the same key on the older card-scoped path', async () => {
    const reply = await sim.call('GET', `/v1/cards/${ALICE_CARD}/pin_keys/latest`, { token });

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(publishedKey);
  });

  it('answers 404 on the card-scoped key path for an unknown card', async () => {
    const reply = await sim.call('GET', '/v1/cards/nosuchmcrd/pin_keys/latest', { token });

    expect(reply.status).toBe(404);
    expect(reply.json).toEqual(
      oneError(
        '404',
        'model_not_found',
        'Model Not Found',
        "Couldn't find 'Solaris::PaymentCard' for id 'nosuchmcrd'.",
      ),
    );
  });

  it('generates an RSA-2048 key when given none', async () => {
    const generated = await startTestSim({ pinKey: undefined });
    try {
      const reply = await generated.call('GET', '/v1/cards/pin_keys/latest', {
        token: await generated.token(),
      });
      const key = reply.json as Record<string, string>;

      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ kid: generated.sim.currentKeyId(), alg: 'RS256', e: 'AQAB' });
      expect(Buffer.from(key.n ?? '', 'base64url').length).toBe(256);
    } finally {
      await generated.stop();
    }
  });

  it('answers a card as Solaris does', async () => {
    const reply = await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token });

    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      id: ALICE_CARD,
      person_id: ALICE,
      account_id: expect.stringMatching(/^[0-9a-f]{32}cacc$/),
      status: 'ACTIVE',
      type: 'MASTERCARD_DEBIT',
      business_id: null,
      expiration_date: expect.stringMatching(/^20\d\d-\d\d-\d\d$/),
      creation_date: expect.stringMatching(/^20\d\d-\d\d-01$/),
      new_card_ordered: false,
      reference: expect.stringMatching(/^[0-9a-f]{32}$/),
      representation: {
        line_1: 'SIM CARDHOLDER',
        masked_pan: '537458******4567',
        formatted_expiration_date: expect.stringMatching(/^\d\d\/\d\d$/),
      },
    });
    const card = reply.json as { expiration_date: string; representation: Record<string, string> };
    const [year, month] = card.expiration_date.split('-');
    expect(card.representation.formatted_expiration_date).toBe(`${month}/${year?.slice(2)}`);
  });

  it('answers the same derived card members on every start', async () => {
    const other = await startTestSim();
    try {
      const first = await sim.call('GET', `/v1/cards/${ALICE_CARD}`, { token });
      const second = await other.call('GET', `/v1/cards/${ALICE_CARD}`, {
        token: await other.token(),
      });
      expect(second.json).toEqual(first.json);
    } finally {
      await other.stop();
    }
  });

  it('answers 404 model_not_found for an unknown card', async () => {
    const reply = await sim.call('GET', '/v1/cards/0000mcrd', { token });

    expect(reply.status).toBe(404);
    expect(reply.json).toEqual(
      oneError(
        '404',
        'model_not_found',
        'Model Not Found',
        "Couldn't find 'Solaris::PaymentCard' for id '0000mcrd'.",
      ),
    );
  });

  it('answers 404 for a route Solaris does not have', async () => {
    const reply = await sim.call('GET', '/v1/persons', { token });

    expect(reply.status).toBe(404);
    expect(reply.json).toEqual(
      oneError('404', 'not_found', 'Not Found', 'No route GET /v1/persons'),
    );
  });
});

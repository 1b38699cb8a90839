import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { compactDecrypt, importJWK, type JWK } from 'jose';
import { request } from 'undici';

import {
  ANNA,
  ANNA_BLOCKED_CARD,
  ANNA_CARD,
  BEN_CARD,
  startTestGateway,
  type TestGateway,
} from '../helpers/gateway.js';
import { calls, clearJournal, journal, postGraphQL } from '../helpers/graphql-client.js';
import { armFault, fetchKey } from '../helpers/journey.js';
import { encryptPin } from '../helpers/jwe.js';
import { CHANGE_CARD_PIN, PIN_ENCRYPTION_KEY } from '../helpers/operations.js';

const fixtureKey = JSON.parse(
  readFileSync(new URL('../fixtures/pin-key.private.jwk.json', import.meta.url), 'utf8'),
) as JWK;
const jwcrypto = JSON.parse(
  readFileSync(new URL('../fixtures/jwcrypto-jwe.json', import.meta.url), 'utf8'),
) as { kid: string; fixtures: { pin: string; jwe: string }[] };

let gateway: TestGateway;
let token: string;

beforeAll(async () => {
  gateway = await startTestGateway({
    sim: { pinKey: fixtureKey },
    env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000', RATE_LIMIT_QUERIES_PER_MINUTE: '1000' },
  });
  token = await gateway.token(ANNA);
});

afterAll(async () => {
  await gateway.close();
});

beforeEach(async () => {
  await request(`${gateway.sim.url}/__sim/faults`, { method: 'DELETE' }).then((r) => r.body.dump());
  await clearJournal(gateway.sim.url);
});

async function changePin(variables: Record<string, unknown>) {
  const response = await postGraphQL(gateway.graphqlUrl, CHANGE_CARD_PIN, { token, variables });
  expect(response.status).toBe(200);
  return response.body.data?.['changeCardPin'];
}

async function validPinVariables(pin = '4931') {
  const key = await fetchKey(gateway, ANNA, ANNA_CARD);
  return { cardId: ANNA_CARD, encryptedPin: await encryptPin(key.jwk, pin), keyId: key.kid };
}

describe('pinEncryptionKey', () => {
  it('hands out the Solaris key relabelled for encryption, importable as is', async () => {
    const response = await postGraphQL(gateway.graphqlUrl, PIN_ENCRYPTION_KEY, {
      token,
      variables: { cardId: ANNA_CARD },
    });

    const { kty, n, e } = fixtureKey;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: {
        pinEncryptionKey: {
          __typename: 'PinEncryptionKey',
          kid: jwcrypto.kid,
          kty,
          use: 'enc',
          alg: 'RSA-OAEP-256',
          n,
          e,
          encryption: 'A256CBC-HS512',
          jwk: { kty, kid: jwcrypto.kid, use: 'enc', alg: 'RSA-OAEP-256', n, e },
        },
      },
    });

    // The JWK as the gateway returns it imports as an encryption key and encrypts with jose.
    const jwk = (response.body.data?.['pinEncryptionKey'] as { jwk: JWK }).jwk;
    const jwe = await encryptPin(jwk, '4931');
    const { plaintext } = await compactDecrypt(jwe, await importJWK(fixtureKey, 'RSA-OAEP-256'));
    expect(new TextDecoder().decode(plaintext)).toBe('{"pin":"4931"}');
  });

  it('shows that the embedded Solaris publishes the key with alg RS256', async () => {
    const tokenResponse = await request(`${gateway.sim.url}/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${gateway.sim.clientId}:${gateway.sim.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=partners',
    });
    const { access_token: accessToken } = (await tokenResponse.body.json()) as {
      access_token: string;
    };
    const keyResponse = await request(`${gateway.sim.url}/v1/cards/pin_keys/latest`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });

    expect(await keyResponse.body.json()).toEqual({
      kid: jwcrypto.kid,
      kty: 'RSA',
      use: 'enc',
      alg: 'RS256',
      n: fixtureKey.n,
      e: fixtureKey.e,
    });
  });

  it("answers CardNotFoundError for an unknown card and for another person's card alike", async () => {
    const unknown = await postGraphQL(gateway.graphqlUrl, PIN_ENCRYPTION_KEY, {
      token,
      variables: { cardId: 'ffffffffffffffffffffffffffffffffmcrd' },
    });
    const foreign = await postGraphQL(gateway.graphqlUrl, PIN_ENCRYPTION_KEY, {
      token,
      variables: { cardId: BEN_CARD },
    });

    const notFound = (cardId: string) => ({
      data: {
        pinEncryptionKey: {
          __typename: 'CardNotFoundError',
          cardId,
          code: 'CARD_NOT_FOUND',
          message: `No card "${cardId}" belongs to the caller.`,
          retryable: false,
        },
      },
    });
    expect(unknown.body).toEqual(notFound('ffffffffffffffffffffffffffffffffmcrd'));
    expect(foreign.body).toEqual(notFound(BEN_CARD));
  });

  it('answers CardNotEligibleError for a blocked card', async () => {
    const response = await postGraphQL(gateway.graphqlUrl, PIN_ENCRYPTION_KEY, {
      token,
      variables: { cardId: ANNA_BLOCKED_CARD },
    });

    expect(response.body).toEqual({
      data: {
        pinEncryptionKey: {
          __typename: 'CardNotEligibleError',
          cardId: ANNA_BLOCKED_CARD,
          cardStatus: 'BLOCKED',
          code: 'CARD_NOT_ELIGIBLE',
          message: `Card "${ANNA_BLOCKED_CARD}" is BLOCKED and cannot take a PIN change.`,
          retryable: false,
        },
      },
    });
  });

  it('makes one card and one key call however often a document names them', async () => {
    const query = `query ThreeTimes($cardId: ID!) {
      a: pinEncryptionKey(cardId: $cardId) { __typename }
      b: pinEncryptionKey(cardId: $cardId) { __typename }
      c: pinEncryptionKey(cardId: $cardId) { __typename }
    }`;
    const response = await postGraphQL(gateway.graphqlUrl, query, {
      token,
      variables: { cardId: ANNA_CARD },
    });

    const key = { __typename: 'PinEncryptionKey' };
    expect(response.body).toEqual({ data: { a: key, b: key, c: key } });
    expect(calls(await journal(gateway.sim.url))).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
  });
});

describe('changeCardPin', () => {
  it('opens a change request and forwards the encrypted PIN byte for byte', async () => {
    const variables = await validPinVariables();
    await clearJournal(gateway.sim.url);

    const result = await changePin(variables);

    expect(result).toEqual({
      __typename: 'ChangeRequest',
      id: expect.stringMatching(/^[0-9a-f]{32}csc$/),
      status: 'AUTHORIZATION_REQUIRED',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      authorizationUrl: expect.any(String),
      stringToSign: null,
      availableMethods: ['SMS', 'DEVICE_SIGNING'],
    });
    const entries = await journal(gateway.sim.url);
    expect(calls(entries)).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `POST /v1/cards/${ANNA_CARD}/sca_pin_update_requests`,
    ]);
    const post = entries[2];
    expect(post?.body).toBe(
      JSON.stringify({ encrypted_pin: variables.encryptedPin, key_id: variables.keyId }),
    );
    expect(post?.headers['authorization']).toMatch(/^Bearer \S+$/);
  });

  it.each(jwcrypto.fixtures.filter((fixture) => !['1234', '1112'].includes(fixture.pin)))(
    'accepts the PIN $pin encrypted by jwcrypto, an independent JOSE implementation',
    async ({ jwe }) => {
      const result = await changePin({ cardId: ANNA_CARD, encryptedPin: jwe, keyId: jwcrypto.kid });

      expect(result).toMatchObject({
        __typename: 'ChangeRequest',
        status: 'AUTHORIZATION_REQUIRED',
      });
      const post = (await journal(gateway.sim.url)).find((entry) => entry.method === 'POST');
      expect(JSON.parse(post?.body ?? '{}')).toEqual({ encrypted_pin: jwe, key_id: jwcrypto.kid });
    },
  );

  it.each([
    ['1234', 'SEQUENTIAL_DIGITS'],
    ['1112', 'REPEATED_DIGITS'],
  ])('refuses the jwcrypto-encrypted PIN %s as PinPolicyViolationError %s', async (pin, rule) => {
    const fixture = jwcrypto.fixtures.find((candidate) => candidate.pin === pin);

    const result = await changePin({
      cardId: ANNA_CARD,
      encryptedPin: fixture?.jwe,
      keyId: jwcrypto.kid,
    });

    expect(result).toEqual({
      __typename: 'PinPolicyViolationError',
      rule,
      code: 'PIN_POLICY_VIOLATION',
      message: 'Solaris refused the new PIN; ask the cardholder for another one.',
      retryable: false,
    });
  });

  it.each([
    ['9876', 'SEQUENTIAL_DIGITS'],
    ['7777', 'REPEATED_DIGITS'],
    ['123', 'LENGTH'],
    ['49310', 'LENGTH'],
  ])('maps Solaris refusing the PIN %s to rule %s', async (pin, rule) => {
    const result = await changePin(await validPinVariables(pin));

    expect(result).toMatchObject({ __typename: 'PinPolicyViolationError', rule });
  });

  it('refuses a JWE whose header is not a JSON object without calling Solaris', async () => {
    const variables = await validPinVariables();
    await clearJournal(gateway.sim.url);
    const [, ...rest] = variables.encryptedPin.split('.');

    const result = await changePin({
      ...variables,
      encryptedPin: [Buffer.from('[1,2]').toString('base64url'), ...rest].join('.'),
    });

    expect(result).toEqual({
      __typename: 'InvalidEncryptedPinError',
      reason: 'MALFORMED_HEADER',
      code: 'INVALID_ENCRYPTED_PIN',
      message: 'encryptedPin must have a protected header that is a JSON object.',
      retryable: false,
    });
    expect(await journal(gateway.sim.url)).toEqual([]);
  });

  it('answers EncryptionKeyExpiredError with the current key after a rotation', async () => {
    const stale = await validPinVariables();
    const newKid = await gateway.sim.rotateKey();
    await clearJournal(gateway.sim.url);

    const result = await changePin(stale);

    expect(result).toEqual({
      __typename: 'EncryptionKeyExpiredError',
      keyId: stale.keyId,
      currentKey: {
        kid: newKid,
        alg: 'RSA-OAEP-256',
        jwk: expect.objectContaining({ kid: newKid }),
      },
      code: 'ENCRYPTION_KEY_EXPIRED',
      message: `Key "${stale.keyId}" is not the current PIN encryption key; encrypt again with currentKey.`,
      retryable: false,
    });
    expect(calls(await journal(gateway.sim.url))).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);

    // Encrypting again with the key from the error succeeds.
    const jwk = (result as { currentKey: { jwk: JWK } }).currentKey.jwk;
    const retried = await changePin({
      cardId: ANNA_CARD,
      encryptedPin: await encryptPin(jwk, '4931'),
      keyId: newKid,
    });
    expect(retried).toMatchObject({ __typename: 'ChangeRequest' });
  });

  it('answers UnauthorizedActionError when Solaris refuses the action with 403', async () => {
    const variables = await validPinVariables();
    await armFault(gateway.sim.url, {
      fault: 'status',
      route: '/sca_pin_update_requests',
      status: 403,
      contentType: 'application/json',
      body: readFileSync(
        new URL('../fixtures/solaris/error-403-unauthorized-action-flat.json', import.meta.url),
        'utf8',
      ),
    });

    expect(await changePin(variables)).toEqual({
      __typename: 'UnauthorizedActionError',
      code: 'UNAUTHORIZED_ACTION',
      message: 'Solaris does not allow this action for this card.',
      retryable: false,
    });
  });

  it("answers ValidationError with Solaris's field errors for another 400", async () => {
    const variables = await validPinVariables();
    await armFault(gateway.sim.url, {
      fault: 'status',
      route: '/sca_pin_update_requests',
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [
          {
            id: 'e1',
            status: 400,
            code: 'invalid_model',
            title: 'Invalid Model',
            detail: 'card_id is in an invalid state',
            source: { field: 'card_id', message: 'is in an invalid state' },
          },
        ],
      }),
    });

    expect(await changePin(variables)).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'card_id', message: 'is in an invalid state' }],
      code: 'VALIDATION_FAILED',
      message: 'Solaris refused the request.',
      retryable: false,
    });
  });

  it.each([
    [
      'a 500 with the documented body',
      500,
      'application/json',
      JSON.stringify({
        id: 'x',
        status: '500',
        code: 'generic_error',
        title: 'Generic Error',
        detail: 'There was an error.',
      }),
    ],
    [
      'a 503 HTML page from a proxy',
      503,
      'text/html',
      '<html><body>Service Unavailable</body></html>',
    ],
    ['an empty 502', 502, 'text/plain', ''],
    ['truncated JSON', 200, 'application/json', '{"id": "abc", "sta'],
  ])('answers UpstreamUnavailableError for %s', async (_name, status, contentType, body) => {
    const variables = await validPinVariables();
    await armFault(gateway.sim.url, {
      fault: 'status',
      route: '/sca_pin_update_requests',
      status,
      contentType,
      body,
      times: 1,
    });

    expect(await changePin(variables)).toEqual({
      __typename: 'UpstreamUnavailableError',
      retryAfterSeconds: 2,
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Solaris is not available right now; retry later.',
      retryable: true,
    });
  });
});

describe('the Solaris token', () => {
  it('is fetched once for 50 concurrent operations', async () => {
    const fresh = await startTestGateway({
      env: { RATE_LIMIT_QUERIES_PER_MINUTE: '1000' },
    });
    try {
      const annaToken = await fresh.token(ANNA);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          postGraphQL(fresh.graphqlUrl, PIN_ENCRYPTION_KEY, {
            token: annaToken,
            variables: { cardId: ANNA_CARD },
          }),
        ),
      );

      const typenames = responses.map(
        (response) =>
          (response.body.data?.['pinEncryptionKey'] as { __typename: string }).__typename,
      );
      expect(typenames).toEqual(Array.from({ length: 50 }, () => 'PinEncryptionKey'));
      const entries = await journal(fresh.sim.url);
      expect(entries.filter((entry) => entry.path === '/oauth2/token')).toHaveLength(1);
      expect(entries.filter((entry) => entry.path === `/v1/cards/${ANNA_CARD}`)).toHaveLength(50);
    } finally {
      await fresh.close();
    }
  });
});

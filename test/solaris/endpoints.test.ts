import { afterEach, describe, expect, it } from '@jest/globals';

import {
  BASIC,
  TOKEN_FORM,
  failureOf,
  fixture,
  mockSolaris,
  replyApi,
  replyToken,
  unavailable,
  type MockedSolaris,
} from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const CHANGE_REQUEST_ID = 'd6c778822b2d7bd3b778935bcfd0d1d3csc';
const PERSON_ID = '69c673883853eafb2da9157de2bdaa05cper';
const ENCRYPTED_PIN = 'eyJhbGciOiJSU0EtT0FFUC0yNTYifQ.a2V5.aXY.Y2lwaGVy.dGFn';
const KEY_ID = '0dce6f4d-b5d0-4c7b-a7d8-cfe231a1f385';

const BEARER_GET = { accept: 'application/json', authorization: 'Bearer token-1' };
const BEARER_POST = { ...BEARER_GET, 'content-type': 'application/json' };
const TOKEN_REQUEST = {
  method: 'POST',
  path: '/oauth2/token',
  headers: {
    authorization: BASIC,
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  },
  body: TOKEN_FORM,
};

let solaris: MockedSolaris;

/** A documented body with some members left out. */
function without(name: string, ...members: string[]): Record<string, unknown> {
  const body = fixture(name);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !members.includes(key)));
}

afterEach(async () => {
  await solaris.close();
});

describe('the pin key endpoint', () => {
  it('sends GET /v1/cards/pin_keys/latest and returns the documented key as published', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    replyApi(solaris, 'GET', '/v1/cards/pin_keys/latest', 200, fixture('pin-key-latest-200'));

    const key = await solaris.client.getLatestPinKey(CARD_ID);

    expect(key).toEqual(fixture('pin-key-latest-200'));
    expect(solaris.seen).toEqual([
      TOKEN_REQUEST,
      { method: 'GET', path: '/v1/cards/pin_keys/latest', headers: BEARER_GET, body: null },
    ]);
  });

  it('uses the card-scoped path when so configured', async () => {
    solaris = mockSolaris({ pinKeyScope: 'card' });
    replyToken(solaris);
    const path = `/v1/cards/${CARD_ID}/pin_keys/latest`;
    replyApi(solaris, 'GET', path, 200, fixture('pin-key-latest-200'));

    const key = await solaris.client.getLatestPinKey(CARD_ID);

    expect(key.kid).toBe(KEY_ID);
    expect(solaris.seen[1]).toEqual({ method: 'GET', path, headers: BEARER_GET, body: null });
  });

  it('rejects a key without a modulus as an unusable answer', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    replyApi(solaris, 'GET', '/v1/cards/pin_keys/latest', 200, without('pin-key-latest-200', 'n'));

    expect(await failureOf(solaris.client.getLatestPinKey(CARD_ID))).toEqual(
      unavailable(
        'Solaris answered pin_key_latest with HTTP 200 but a body that is not the expected pin_key_latest object',
        200,
      ),
    );
  });
});

describe('the card endpoint', () => {
  it('sends GET /v1/cards/{id} and maps the documented card', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    replyApi(solaris, 'GET', `/v1/cards/${CARD_ID}`, 200, fixture('card-200'));

    const card = await solaris.client.getCard(CARD_ID);

    expect(card).toEqual({
      id: CARD_ID,
      personId: PERSON_ID,
      accountId: '3a8b7e4c9d1f2a6b5c0e8d7f1a2b3c4dcacc',
      status: 'ACTIVE',
      type: 'MASTERCARD_DEBIT',
      maskedPan: '537458******4567',
    });
    expect(solaris.seen[1]).toEqual({
      method: 'GET',
      path: `/v1/cards/${CARD_ID}`,
      headers: BEARER_GET,
      body: null,
    });
  });

  it('maps a card without account or representation to nulls', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const bare = without('card-200', 'representation', 'account_id');
    replyApi(solaris, 'GET', `/v1/cards/${CARD_ID}`, 200, bare);

    const card = await solaris.client.getCard(CARD_ID);

    expect(card).toEqual({
      id: CARD_ID,
      personId: PERSON_ID,
      accountId: null,
      status: 'ACTIVE',
      type: 'MASTERCARD_DEBIT',
      maskedPan: null,
    });
  });

  it('encodes the id so it cannot reach another path, and keeps a base path prefix', async () => {
    solaris = mockSolaris({ apiUrl: 'https://api.solaris.test/prefix/' });
    replyToken(solaris);
    replyApi(
      solaris,
      'GET',
      '/prefix/v1/cards/..%2Fchange_requests%3Fx%3D1',
      200,
      fixture('card-200'),
    );

    await solaris.client.getCard('../change_requests?x=1');

    expect(solaris.seen[1]?.path).toBe('/prefix/v1/cards/..%2Fchange_requests%3Fx%3D1');
  });

  it('fails an empty id as not found without sending anything', async () => {
    solaris = mockSolaris();

    expect(await failureOf(solaris.client.getCard(''))).toEqual({
      ...unavailable('An empty card_id names nothing at Solaris'),
      code: 'SOLARIS_NOT_FOUND',
    });
    expect(solaris.seen).toEqual([]);
  });
});

describe('the change request endpoints', () => {
  it('opens a change request with {encrypted_pin, key_id} and maps the documented answer', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/cards/${CARD_ID}/sca_pin_update_requests`;
    replyApi(solaris, 'POST', path, 202, fixture('sca-pin-update-request-200'));

    const request = await solaris.client.createPinChangeRequest(CARD_ID, {
      encryptedPin: ENCRYPTED_PIN,
      keyId: KEY_ID,
    });

    expect(request).toEqual({
      id: CHANGE_REQUEST_ID,
      status: 'AUTHORIZATION_REQUIRED',
      updatedAt: '2022-04-21T13:59:52+00:00',
      url: 'https://example.com/authorize',
      stringToSign: null,
    });
    expect(solaris.seen[1]).toEqual({
      method: 'POST',
      path,
      headers: BEARER_POST,
      body: JSON.stringify({ encrypted_pin: ENCRYPTED_PIN, key_id: KEY_ID }),
    });
  });

  it('authorizes by SMS with {delivery_method: "mobile_number", person_id}', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/change_requests/${CHANGE_REQUEST_ID}/authorize`;
    replyApi(solaris, 'POST', path, 200, {
      id: CHANGE_REQUEST_ID,
      status: 'CONFIRMATION_REQUIRED',
      updated_at: '2022-04-21T14:00:10+00:00',
    });

    const request = await solaris.client.authorizeChangeRequest(CHANGE_REQUEST_ID, {
      deliveryMethod: 'mobile_number',
      personId: PERSON_ID,
    });

    expect(request).toEqual({
      id: CHANGE_REQUEST_ID,
      status: 'CONFIRMATION_REQUIRED',
      updatedAt: '2022-04-21T14:00:10+00:00',
      url: null,
      stringToSign: null,
    });
    expect(solaris.seen[1]).toEqual({
      method: 'POST',
      path,
      headers: BEARER_POST,
      body: JSON.stringify({ delivery_method: 'mobile_number', person_id: PERSON_ID }),
    });
  });

  it('authorizes by device signing and returns the string to sign', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/change_requests/${CHANGE_REQUEST_ID}/authorize`;
    replyApi(solaris, 'POST', path, 200, {
      id: CHANGE_REQUEST_ID,
      status: 'CONFIRMATION_REQUIRED',
      updated_at: '2022-04-21T14:00:10+00:00',
      string_to_sign: 'c2lnbi10aGlzLXN0cmluZw',
    });

    const request = await solaris.client.authorizeChangeRequest(CHANGE_REQUEST_ID, {
      deliveryMethod: 'device_signing',
      deviceId: 'device-7',
    });

    expect(request.stringToSign).toBe('c2lnbi10aGlzLXN0cmluZw');
    expect(solaris.seen[1]?.body).toBe(
      JSON.stringify({ delivery_method: 'device_signing', device_id: 'device-7' }),
    );
  });

  it('confirms with the documented {person_id, tan} body and maps the documented answer', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/change_requests/${CHANGE_REQUEST_ID}/confirm`;
    replyApi(solaris, 'POST', path, 200, fixture('change-request-confirm-200'));
    const documented = fixture('change-request-confirm-request-sms');

    const request = await solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, {
      personId: String(documented.person_id),
      tan: String(documented.tan),
    });

    expect(request).toEqual({
      id: 'b520ce9090c44a989149fe7f2f94a785',
      status: 'COMPLETED',
      updatedAt: '2021-12-22T15:05:33.634+00:00',
      url: null,
      stringToSign: null,
    });
    expect(solaris.seen[1]).toEqual({
      method: 'POST',
      path,
      headers: BEARER_POST,
      body: JSON.stringify(documented),
    });
  });

  it('confirms a device signing with {device_id, signature}', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/change_requests/${CHANGE_REQUEST_ID}/confirm`;
    replyApi(solaris, 'POST', path, 200, fixture('change-request-confirm-200'));

    await solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, {
      deviceId: 'device-7',
      signature: 'MEUCIQDsignature',
    });

    expect(solaris.seen[1]?.body).toBe(
      JSON.stringify({ device_id: 'device-7', signature: 'MEUCIQDsignature' }),
    );
  });

  it('treats an unknown change request status as an unusable answer', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    const path = `/v1/change_requests/${CHANGE_REQUEST_ID}/confirm`;
    replyApi(solaris, 'POST', path, 200, {
      ...fixture('change-request-confirm-200'),
      status: 'DONE',
    });

    await expect(
      solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, {
        personId: PERSON_ID,
        tan: '212212',
      }),
    ).rejects.toThrow(
      'Solaris answered change_request_confirm with HTTP 200 but a body that is not the expected change_request_confirm object',
    );
  });
});

describe('the token', () => {
  it('is fetched once and reused by later calls', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    replyApi(solaris, 'GET', `/v1/cards/${CARD_ID}`, 200, fixture('card-200'));
    replyApi(solaris, 'GET', '/v1/cards/pin_keys/latest', 200, fixture('pin-key-latest-200'));

    await solaris.client.getCard(CARD_ID);
    await solaris.client.getLatestPinKey(CARD_ID);

    expect(solaris.seen.map((seen) => seen.path)).toEqual([
      '/oauth2/token',
      `/v1/cards/${CARD_ID}`,
      '/v1/cards/pin_keys/latest',
    ]);
  });

  it('is parsed from the documented token answer', async () => {
    solaris = mockSolaris();
    solaris.auth
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .reply(200, fixture('oauth-token-200'));
    solaris.api.intercept({ path: `/v1/cards/${CARD_ID}`, method: 'GET' }).reply((opts) => {
      solaris.seen.push({
        method: opts.method,
        path: opts.path,
        headers: { ...(opts.headers as Record<string, string>) },
        body: null,
      });
      return { statusCode: 200, data: fixture('card-200') };
    });

    await solaris.client.getCard(CARD_ID);

    expect(solaris.seen[0]?.headers.authorization).toBe('Bearer redacted-example-token');
  });
});

import { afterEach, describe, expect, it } from '@jest/globals';

import {
  BASIC,
  TOKEN_FORM,
  failureOf,
  fixture,
  mockSolaris,
  replyApi,
  replyToken,
  seenRequest,
  unavailable,
  type MockedSolaris,
} from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const CARD_PATH = `/v1/cards/${CARD_ID}`;
const CHANGE_REQUEST = fixture('sca-pin-update-request-200');
const PIN_INPUT = { encryptedPin: 'aGVhZGVy.a2V5.aXY.Y2lwaGVy.dGFn', keyId: 'key-1' };

let solaris: MockedSolaris;

afterEach(async () => {
  await solaris.close();
});

function tokenRequests(mocked: MockedSolaris): number {
  return mocked.seen.filter((seen) => seen.path === '/oauth2/token').length;
}

function bearerOf(mocked: MockedSolaris, path: string): Array<string | undefined> {
  return mocked.seen.filter((seen) => seen.path === path).map((seen) => seen.headers.authorization);
}

describe('the token request', () => {
  it('is a client-credentials POST with HTTP Basic and the partners scope', async () => {
    solaris = mockSolaris();
    replyToken(solaris);
    replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));

    await solaris.client.getCard(CARD_ID);

    expect(solaris.seen[0]).toEqual({
      method: 'POST',
      path: '/oauth2/token',
      headers: {
        authorization: BASIC,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: TOKEN_FORM,
    });
    expect(solaris.observed.tokenFetches).toEqual(['success']);
  });

  it('goes to the auth host, with its path prefix, not to the API host', async () => {
    solaris = mockSolaris({ authUrl: 'https://auth.solaris.test/tenant-a' });
    solaris.auth
      .intercept({ path: '/tenant-a/oauth2/token', method: 'POST' })
      .reply(200, fixture('oauth-token-200'));
    replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));

    await solaris.client.getCard(CARD_ID);

    expect(bearerOf(solaris, CARD_PATH)).toEqual(['Bearer redacted-example-token']);
  });
});

describe('token caching', () => {
  it('shares one token request among 50 concurrent calls', async () => {
    solaris = mockSolaris();
    solaris.auth
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .reply((opts) => {
        solaris.seen.push(seenRequest(opts));
        return { statusCode: 200, data: fixture('oauth-token-200') };
      })
      .delay(50);
    solaris.api
      .intercept({ path: (path) => path.startsWith('/v1/cards/card-'), method: 'GET' })
      .reply((opts) => ({
        statusCode: 200,
        data: { ...fixture('card-200'), id: opts.path.slice(10) },
      }))
      .times(50);

    const ids = Array.from({ length: 50 }, (_, index) => `card-${index}`);
    const cards = await Promise.all(ids.map((id) => solaris.client.getCard(id)));

    expect(cards.map((card) => card.id)).toEqual(ids);
    expect(tokenRequests(solaris)).toBe(1);
    expect(solaris.observed.tokenFetches).toEqual(['success']);
  });

  it('keeps the token until expires_in minus the margin, then fetches a new one', async () => {
    let clock = Date.parse('2024-05-01T12:00:00Z');
    solaris = mockSolaris({ tokenRefreshMarginSeconds: 60 }, () => clock);
    replyToken(solaris, 'token-1', { expiresIn: 3599 });
    replyToken(solaris, 'token-2', { expiresIn: 3599 });
    for (let call = 0; call < 3; call += 1) {
      replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));
    }

    await solaris.client.getCard(CARD_ID);
    clock += 3538_000;
    await solaris.client.getCard(CARD_ID);
    clock += 2_000;
    await solaris.client.getCard(CARD_ID);

    expect(bearerOf(solaris, CARD_PATH)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('keeps a token that lives no longer than the margin for half its life', async () => {
    let clock = Date.parse('2024-05-01T12:00:00Z');
    solaris = mockSolaris({ tokenRefreshMarginSeconds: 60 }, () => clock);
    replyToken(solaris, 'token-1', { expiresIn: 40 });
    replyToken(solaris, 'token-2', { expiresIn: 40 });
    for (let call = 0; call < 3; call += 1) {
      replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));
    }

    await solaris.client.getCard(CARD_ID);
    clock += 19_000;
    await solaris.client.getCard(CARD_ID);
    clock += 2_000;
    await solaris.client.getCard(CARD_ID);

    expect(bearerOf(solaris, CARD_PATH)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('does not cache a failed fetch: the next call asks again', async () => {
    solaris = mockSolaris();
    solaris.auth.intercept({ path: '/oauth2/token', method: 'POST' }).reply(503, '');
    replyToken(solaris, 'token-2');
    replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));

    expect(await failureOf(solaris.client.getCard(CARD_ID))).toEqual(
      unavailable('Solaris answered oauth_token with HTTP 503', 503),
    );
    await solaris.client.getCard(CARD_ID);

    expect(bearerOf(solaris, CARD_PATH)).toEqual(['Bearer token-2']);
    expect(solaris.observed.tokenFetches).toEqual(['failure', 'success']);
  });

  it('lets one waiting caller give up without ending the fetch the others wait for', async () => {
    solaris = mockSolaris();
    solaris.auth
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .reply(200, fixture('oauth-token-200'))
      .delay(100);
    replyApi(solaris, 'GET', CARD_PATH, 200, fixture('card-200'));
    const impatient = new AbortController();

    const abandoned = failureOf(solaris.client.getCard(CARD_ID, { signal: impatient.signal }));
    const patient = solaris.client.getCard(CARD_ID);
    impatient.abort();

    expect(await abandoned).toEqual(
      unavailable('The card call was cancelled before Solaris answered'),
    );
    expect((await patient).id).toBe(CARD_ID);
  });
});

describe('refused tokens', () => {
  it('maps refused client credentials to unavailable, saying so', async () => {
    solaris = mockSolaris();
    solaris.auth
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .reply(401, { error: 'invalid_client', error_description: 'client authentication failed' });

    expect(await failureOf(solaris.client.getCard(CARD_ID))).toEqual({
      ...unavailable(
        'Solaris refused the client credentials: oauth_token answered HTTP 401 (invalid_client)',
        401,
      ),
      solarisCode: 'invalid_client',
    });
    expect(solaris.observed.tokenFetches).toEqual(['failure']);
  });

  it('maps a token answer without an access token to unavailable', async () => {
    solaris = mockSolaris();
    solaris.auth
      .intercept({ path: '/oauth2/token', method: 'POST' })
      .reply(200, { token_type: 'bearer', expires_in: 3599 });

    expect(await failureOf(solaris.client.getCard(CARD_ID))).toEqual(
      unavailable(
        'Solaris answered oauth_token with HTTP 200 but a body that is not a bearer token',
        200,
      ),
    );
  });
});

describe('a token rejected mid-flight', () => {
  it('is refetched once for 50 concurrent POSTs, each sent once with each token', async () => {
    solaris = mockSolaris();
    replyToken(solaris, 'token-1');
    replyToken(solaris, 'token-2');
    solaris.api
      .intercept({ path: (path) => path.endsWith('/sca_pin_update_requests'), method: 'POST' })
      .reply((opts) => {
        const seen = seenRequest(opts);
        solaris.seen.push(seen);
        if (seen.headers.authorization === 'Bearer token-1') {
          return { statusCode: 401, data: { errors: [{ status: '401', code: 'invalid_token' }] } };
        }
        return { statusCode: 202, data: CHANGE_REQUEST };
      })
      .times(150);

    const ids = Array.from({ length: 50 }, (_, index) => `card-${index}`);
    const created = await Promise.all(
      ids.map((id) => solaris.client.createPinChangeRequest(id, PIN_INPUT)),
    );

    expect(created.map((request) => request.status)).toEqual(
      ids.map(() => 'AUTHORIZATION_REQUIRED'),
    );
    expect(tokenRequests(solaris)).toBe(2);
    for (const id of ids) {
      expect(bearerOf(solaris, `/v1/cards/${id}/sca_pin_update_requests`)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
    }
  });

  it('sends a POST twice at most: a second 401 fails the call', async () => {
    solaris = mockSolaris();
    replyToken(solaris, 'token-1');
    replyToken(solaris, 'token-2');
    const path = `/v1/cards/${CARD_ID}/sca_pin_update_requests`;
    solaris.api
      .intercept({ path, method: 'POST' })
      .reply((opts) => {
        solaris.seen.push(seenRequest(opts));
        return { statusCode: 401, data: { errors: [{ status: '401', code: 'invalid_token' }] } };
      })
      .times(3);

    expect(await failureOf(solaris.client.createPinChangeRequest(CARD_ID, PIN_INPUT))).toEqual({
      ...unavailable(
        'Solaris answered pin_update_request with HTTP 401 (invalid_token): it refused a fresh token',
        401,
      ),
      solarisCode: 'invalid_token',
    });
    expect(bearerOf(solaris, path)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });
});

describe('isReady', () => {
  it('is true when a token can be fetched, and then answers from the cache', async () => {
    solaris = mockSolaris();
    replyToken(solaris);

    expect(await solaris.client.isReady()).toBe(true);
    expect(await solaris.client.isReady()).toBe(true);
    expect(tokenRequests(solaris)).toBe(1);
  });

  it('is false, without throwing, when the credentials are refused or the host is unreachable', async () => {
    solaris = mockSolaris();
    solaris.auth.intercept({ path: '/oauth2/token', method: 'POST' }).reply(401, '');

    expect(await solaris.client.isReady()).toBe(false);
    // No interceptor is left: the mock agent refuses the next token request like a dead host.
    expect(await solaris.client.isReady()).toBe(false);
  });
});

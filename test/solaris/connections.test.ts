import { afterEach, describe, expect, it } from '@jest/globals';

import type { SolarisClientConfig } from '../../src/solaris/config.js';
import { createSolarisClient } from '../../src/solaris/create-solaris-client.js';
import type { SolarisApi } from '../../src/solaris/types.js';
import { captureLogs, failureOf, fixture, testConfig, unavailable } from './harness.js';
import { sendJson, startServer, type ApiHandler, type TestServer } from './servers.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const PIN_INPUT = { encryptedPin: 'aGVhZGVy.a2V5.aXY.Y2lwaGVy.dGFn', keyId: 'key-1' };

let server: TestServer | undefined;
let client: SolarisApi | undefined;

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

/** Starts a server with `handler` and a client pointed at it for both API and token. */
async function serve(
  handler: ApiHandler,
  overrides: Partial<SolarisClientConfig> = {},
): Promise<{ server: TestServer; client: SolarisApi }> {
  server = await startServer(handler);
  const config = testConfig({ apiUrl: server.url, authUrl: server.url, ...overrides });
  client = createSolarisClient(config, { logger: captureLogs().logger });
  return { server, client };
}

/** Closes the socket under the first API request; answers the card to every later one. */
const resetFirst: ApiHandler = (req, res, index) => {
  if (index === 1) {
    req.socket.destroy();
    return;
  }
  sendJson(
    res,
    req.method === 'POST' ? 202 : 200,
    req.method === 'POST' ? {} : fixture('card-200'),
  );
};

describe('connection resets', () => {
  it('retries a GET once when the connection is reset under it', async () => {
    const { server, client } = await serve(resetFirst);

    const card = await client.getCard(CARD_ID);

    expect(card.id).toBe(CARD_ID);
    expect(server.apiRequests).toEqual([`GET /v1/cards/${CARD_ID}`, `GET /v1/cards/${CARD_ID}`]);
  });

  it('retries a GET only once', async () => {
    const { server, client } = await serve((req) => req.socket.destroy());

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable(
        'Solaris card call failed: the other side closed the connection (UND_ERR_SOCKET)',
      ),
    );
    expect(server.apiRequests).toHaveLength(2);
  });

  it('never retries a POST whose connection was reset', async () => {
    const { server, client } = await serve(resetFirst);

    expect(await failureOf(client.createPinChangeRequest(CARD_ID, PIN_INPUT))).toEqual(
      unavailable(
        'Solaris pin_update_request call failed: the other side closed the connection (UND_ERR_SOCKET)',
      ),
    );
    expect(server.apiRequests).toEqual([`POST /v1/cards/${CARD_ID}/sca_pin_update_requests`]);
  });

  it('maps a refused connection to unavailable', async () => {
    const { server, client } = await serve(() => undefined);
    await server.close();

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable('Solaris oauth_token call failed: the connection was refused (ECONNREFUSED)'),
    );
  });
});

describe('deadlines', () => {
  it('fails a stalled call with unavailable within callTimeoutMs', async () => {
    const { client } = await serve(() => undefined, { callTimeoutMs: 300 });
    const started = performance.now();

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable('Solaris did not answer card within the 300 ms deadline'),
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('fails a stalled POST within callTimeoutMs without sending it again', async () => {
    const { server, client } = await serve(() => undefined, { callTimeoutMs: 300 });

    expect(await failureOf(client.createPinChangeRequest(CARD_ID, PIN_INPUT))).toEqual(
      unavailable('Solaris did not answer pin_update_request within the 300 ms deadline'),
    );
    expect(server.apiRequests).toHaveLength(1);
  });

  it('maps missing response headers to unavailable and does not retry', async () => {
    const { server, client } = await serve(() => undefined, { headersTimeoutMs: 200 });

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable(
        'Solaris card call failed: no response headers within the headers timeout (UND_ERR_HEADERS_TIMEOUT)',
      ),
    );
    expect(server.apiRequests).toHaveLength(1);
  });

  it('maps a body that stops arriving to unavailable', async () => {
    const { client } = await serve(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write('{"id":');
      },
      { bodyTimeoutMs: 200 },
    );

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable(
        'Solaris card call failed: the response body stalled past the body timeout (UND_ERR_BODY_TIMEOUT)',
      ),
    );
  });

  it("ends the call when the caller's signal aborts", async () => {
    const { client } = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    expect(await failureOf(client.getCard(CARD_ID, { signal: controller.signal }))).toEqual(
      unavailable('The card call was cancelled before Solaris answered'),
    );
  });
});

describe('sockets', () => {
  it('discards an oversized body without leaving its socket stuck', async () => {
    const big = JSON.stringify({ ...fixture('card-200'), padding: 'x'.repeat(200_000) });
    const { client } = await serve(
      (_req, res, index) => {
        if (index === 1) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(big);
          return;
        }
        sendJson(res, 200, fixture('card-200'));
      },
      { connections: 1, callTimeoutMs: 1000 },
    );

    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable('Solaris answered card with HTTP 200 and a body over 65536 bytes', 200),
    );
    expect((await client.getCard(CARD_ID)).id).toBe(CARD_ID);
  });

  it('reads error bodies fully, so one socket serves call after call', async () => {
    const { server, client } = await serve(
      (_req, res) => sendJson(res, 404, fixture('error-404-model-not-found')),
      { connections: 1, callTimeoutMs: 1000 },
    );
    const sockets = new Set<unknown>();
    server.server.on('request', (req) => sockets.add(req.socket));

    for (let call = 0; call < 5; call += 1) {
      expect(await failureOf(client.getCard(CARD_ID))).toEqual({
        code: 'SOLARIS_NOT_FOUND',
        message: 'Solaris answered card with HTTP 404 (model_not_found)',
        httpStatus: 404,
        solarisCode: 'model_not_found',
        solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
        detail:
          "Couldn't find 'Solaris::Identification' for id 'bbbcccfff388923eb899a5852df6cidt'.",
        fieldErrors: [],
        retryAfterSeconds: null,
      });
    }

    expect(sockets.size).toBe(1);
  });

  it('waits for calls in flight on close, then refuses new ones', async () => {
    const { client } = await serve((_req, res) => {
      setTimeout(() => sendJson(res, 200, fixture('card-200')), 100);
    });
    await client.isReady();

    const inFlight = client.getCard(CARD_ID);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.close();

    expect((await inFlight).id).toBe(CARD_ID);
    expect(await failureOf(client.getCard(CARD_ID))).toEqual(
      unavailable('Solaris card call failed: the client is closed (UND_ERR_DESTROYED)'),
    );
  });
});

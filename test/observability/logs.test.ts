import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from '@jest/globals';
import type { JWK } from 'jose';

import {
  createDevelopmentKey,
  createDevelopmentVerifier,
  mintDevelopmentToken,
} from '../../src/auth/development-auth.js';
import { loadConfig } from '../../src/config.js';
import { createRateLimiter } from '../../src/limits/create-rate-limiter.js';
import { createGateway, type Gateway } from '../../src/server/create-gateway.js';
import { UpstreamCallCounter } from '../../src/server/upstream-call-counter.js';
import type { SolarisApi } from '../../src/solaris/types.js';
import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { journal, postGraphQL } from '../helpers/graphql-client.js';
import { encryptPin } from '../helpers/jwe.js';
import { captureLogs, type CapturedLogs } from '../helpers/log-capture.js';
import {
  SHIPPED,
  simJson,
  smsCode,
  startKeyedGateway,
  walkJourney,
} from '../helpers/shipped-journey.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const NOT_FOUND_FLAT = readFileSync(
  new URL('../fixtures/solaris/error-404-model-not-found-flat.json', import.meta.url),
  'utf8',
);

type LogLine = Record<string, unknown>;

function operationLines(logs: CapturedLogs): LogLine[] {
  return logs.lines().filter((line) => line['msg'] === 'operation');
}

function linesOf(logs: CapturedLogs, requestId: string): LogLine[] {
  return logs.lines().filter((line) => line['requestId'] === requestId);
}

/** Every string value anywhere in a parsed line, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, member]) => [key, ...stringsIn(member)]);
  }
  return [];
}

/** Lines with a string holding `digits` as a whole number (not inside a longer one). */
function linesWithDigits(logs: CapturedLogs, digits: string): LogLine[] {
  const pattern = new RegExp(`(?<!\\d)${digits}(?!\\d)`);
  return logs.lines().filter((line) => stringsIn(line).some((text) => pattern.test(text)));
}

describe('log lines', () => {
  let gateway: TestGateway | null = null;
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    await gateway?.close();
    gateway = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function keyFor(headers: Record<string, string>, cardId = ANNA_CARD) {
    if (gateway === null) throw new Error('no gateway');
    return postGraphQL(gateway.graphqlUrl, SHIPPED.pinEncryptionKey, {
      token: await gateway.token(ANNA),
      variables: { cardId },
      headers,
    });
  }

  it('are each one JSON object on a line of its own', async () => {
    gateway = await startKeyedGateway();
    await walkJourney(gateway, { personId: ANNA, cardId: ANNA_CARD, pin: '2580' });
    await postGraphQL(gateway.graphqlUrl, '{ nope }', { token: await gateway.token(ANNA) });

    const text = gateway.logs.text();
    const lines = text.split('\n');

    expect(text.endsWith('\n')).toBe(true);
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const parsed: unknown = JSON.parse(line);
      expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
    }
  });

  it("carry the caller's X-Request-Id on the operation line and the Solaris lines", async () => {
    gateway = await startKeyedGateway();
    await keyFor({ 'x-request-id': 'warm-up' });

    const response = await keyFor({ 'x-request-id': 'app-7f3a.trace:42' });

    expect(response.headers['x-request-id']).toBe('app-7f3a.trace:42');
    expect(
      linesOf(gateway.logs, 'app-7f3a.trace:42').map((line) => [
        line['component'] ?? null,
        line['msg'],
        line['endpoint'] ?? null,
      ]),
    ).toEqual([
      ['solaris', 'solaris call', 'card'],
      ['solaris', 'solaris call', 'pin_key_latest'],
      [null, 'operation', null],
    ]);
  });

  it.each([
    ['spaces', 'has spaces in it'],
    ['300 characters', 'a'.repeat(300)],
    ['header-like text', 'abc%0d%0ax-injected:1'],
  ])('replace an X-Request-Id with %s by a new UUID', async (_what, sent) => {
    gateway = await startKeyedGateway();

    const response = await keyFor({ 'x-request-id': sent });

    const returned = String(response.headers['x-request-id']);
    expect(returned).toMatch(UUID);
    expect(operationLines(gateway.logs).map((line) => line['requestId'])).toEqual([returned]);
    expect(linesOf(gateway.logs, returned)).toHaveLength(3);
    expect(gateway.logs.text()).not.toContain(sent);
  });

  it('give a request without X-Request-Id a UUID of its own', async () => {
    gateway = await startKeyedGateway();

    const first = await keyFor({});
    const second = await keyFor({});

    const ids = [first, second].map((response) => String(response.headers['x-request-id']));
    expect(ids[0]).toMatch(UUID);
    expect(ids[1]).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
    expect(operationLines(gateway.logs).map((line) => line['requestId'])).toEqual(ids);
  });

  it('have one operation line per operation, with outcomes and exact upstream calls', async () => {
    gateway = await startKeyedGateway();

    await walkJourney(gateway, {
      personId: ANNA,
      cardId: ANNA_CARD,
      pin: '2580',
      headers: (step) => ({ 'x-request-id': `journey-${step}` }),
    });
    // Two root fields for one card: the per-request loaders make it one card and one key call.
    await postGraphQL(
      gateway.graphqlUrl,
      `query Twice($cardId: ID!) {
        first: pinEncryptionKey(cardId: $cardId) { __typename }
        second: pinEncryptionKey(cardId: $cardId) { __typename }
      }`,
      {
        token: await gateway.token(ANNA),
        variables: { cardId: ANNA_CARD },
        headers: { 'x-request-id': 'twice' },
      },
    );

    const fields = ({
      level,
      operationName,
      outcomes,
      errors,
      durationMs,
      upstreamCalls,
      requestId,
    }: LogLine) => ({
      level,
      operationName,
      outcomes,
      errors,
      durationMs,
      upstreamCalls,
      requestId,
    });
    const line = (
      requestId: string,
      operationName: string,
      field: string,
      resultType: string,
      upstreamCalls: number,
    ) => ({
      level: 30,
      operationName,
      outcomes: [{ field, resultType }],
      errors: 0,
      durationMs: expect.any(Number),
      upstreamCalls,
      requestId,
    });
    expect(operationLines(gateway.logs).map(fields)).toEqual([
      // The token fetch is shared by every request waiting for it, so it counts for none.
      line('journey-0', 'PinEncryptionKey', 'pinEncryptionKey', 'PinEncryptionKey', 2),
      line('journey-1', 'ChangeCardPin', 'changeCardPin', 'ChangeRequest', 3),
      line('journey-2', 'AuthorizePinChange', 'authorizePinChange', 'ChangeRequest', 1),
      line('journey-3', 'ConfirmPinChange', 'confirmPinChange', 'ChangeRequest', 1),
      {
        ...line('twice', 'Twice', 'pinEncryptionKey', 'PinEncryptionKey', 2),
        outcomes: [
          { field: 'pinEncryptionKey', resultType: 'PinEncryptionKey' },
          { field: 'pinEncryptionKey', resultType: 'PinEncryptionKey' },
        ],
      },
    ]);
  });

  it("name Solaris's error id of a card Solaris does not find", async () => {
    gateway = await startKeyedGateway();
    await keyFor({ 'x-request-id': 'warm-up' });
    await simJson(`${gateway.sim.url}/__sim/faults`, {
      fault: 'status',
      route: `/v1/cards/${ANNA_CARD}`,
      method: 'GET',
      times: 1,
      status: 404,
      body: NOT_FOUND_FLAT,
      contentType: 'application/json',
    });

    const response = await keyFor({ 'x-request-id': 'lost-card' });

    expect(response.body).toEqual({
      data: {
        pinEncryptionKey: {
          __typename: 'CardNotFoundError',
          cardId: ANNA_CARD,
          code: 'CARD_NOT_FOUND',
          message: `No card "${ANNA_CARD}" belongs to the caller.`,
          retryable: false,
        },
      },
    });
    const solarisLines = linesOf(gateway.logs, 'lost-card').filter(
      (line) => line['component'] === 'solaris',
    );
    expect(
      solarisLines.map(({ level, msg, solarisErrorId }) => ({ level, msg, solarisErrorId })),
    ).toEqual([
      { level: 20, msg: 'solaris call', solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86' },
      {
        level: 40,
        msg: 'Solaris answered card with HTTP 404 (model_not_found)',
        solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
      },
    ]);
  });

  it("name the embedded Solaris's own error id of an unknown card", async () => {
    gateway = await startKeyedGateway();

    await keyFor({ 'x-request-id': 'unknown-card' }, 'ffffffffffffffffffffffffffffffffmcrd');

    const ids = linesOf(gateway.logs, 'unknown-card')
      .filter((line) => line['component'] === 'solaris')
      .map((line) => line['solarisErrorId']);
    expect(ids).toEqual([expect.stringMatching(UUID), ids[0]]);
  });

  it('log an unexpected error once, with the request id, and tell the client nothing of it', async () => {
    const logs = captureLogs();
    const defect = new TypeError('cardFromBody read member "person_id" of undefined');
    const solaris: SolarisApi = {
      getLatestPinKey: () => Promise.reject(defect),
      getCard: () => Promise.reject(defect),
      createPinChangeRequest: () => Promise.reject(defect),
      authorizeChangeRequest: () => Promise.reject(defect),
      confirmChangeRequest: () => Promise.reject(defect),
      isReady: () => Promise.resolve(true),
      close: () => Promise.resolve(),
    };
    const served = await gatewayOver(solaris, logs);
    cleanups.push(() => served.gateway.close());

    const response = await postGraphQL(served.graphqlUrl, SHIPPED.pinEncryptionKey, {
      token: served.token,
      variables: { cardId: ANNA_CARD },
      headers: { 'x-request-id': 'defect-1' },
    });

    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error',
          path: ['pinEncryptionKey'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    const errorLines = logs.lines().filter((line) => Number(line['level']) >= 50);
    expect(errorLines).toEqual([
      expect.objectContaining({
        requestId: 'defect-1',
        msg: 'unexpected error in operation',
        err: expect.objectContaining({ type: 'TypeError', message: defect.message }),
      }),
    ]);
  });

  it('turn an absurd Retry-After from Solaris into a typed error, not an internal one', async () => {
    const upstream = await fakeSolaris((request, response) => {
      if (request.url === '/oauth2/token') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"access_token":"fake-access","token_type":"bearer","expires_in":3599}');
        return;
      }
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '99999999999' });
      response.end('{"errors":[{"id":"e-429","status":429,"code":"too_many_requests"}]}');
    });
    cleanups.push(upstream.close);
    gateway = await startKeyedGateway({
      upstream: {
        apiUrl: upstream.url,
        authUrl: upstream.url,
        clientId: 'id',
        clientSecret: 'secret',
      },
    });

    const response = await keyFor({ 'x-request-id': 'throttled' });

    expect(response.body).toEqual({
      data: {
        pinEncryptionKey: {
          __typename: 'UpstreamUnavailableError',
          retryAfterSeconds: 86_400,
          code: 'UPSTREAM_UNAVAILABLE',
          message: 'Solaris is not available right now; retry later.',
          retryable: true,
        },
      },
    });
    expect(gateway.logs.lines().filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });

  it('never carry a secret, through a whole journey and a wrong code', async () => {
    gateway = await startKeyedGateway();
    const bearer = await gateway.token(ANNA);
    const key = (await keyFor({})).body.data?.['pinEncryptionKey'] as { kid: string; jwk: JWK };
    const encryptedPin = await encryptPin(key.jwk, '9173');
    const opened = await postGraphQL(gateway.graphqlUrl, SHIPPED.changeCardPin, {
      token: bearer,
      variables: { cardId: ANNA_CARD, encryptedPin, keyId: key.kid },
    });
    const changeRequestId = (opened.body.data?.['changeCardPin'] as { id: string }).id;
    await postGraphQL(gateway.graphqlUrl, SHIPPED.authorizePinChange, {
      token: bearer,
      variables: { changeRequestId, method: 'SMS' },
    });
    const tan = await smsCode(gateway, ANNA, changeRequestId);
    const wrongTan = tan === '000000' ? '000001' : '000000';
    await postGraphQL(gateway.graphqlUrl, SHIPPED.confirmPinChange, {
      token: bearer,
      variables: { changeRequestId, confirmation: { tan: wrongTan } },
    });
    const journey = await walkJourney(gateway, { personId: ANNA, cardId: ANNA_CARD, pin: '2580' });

    const entries = await journal(gateway.sim.url);
    const accessTokens = [
      ...new Set(
        entries
          .map((entry) => entry.headers['authorization'] ?? '')
          .filter((header) => header.startsWith('Bearer '))
          .map((header) => header.slice('Bearer '.length)),
      ),
    ];
    expect(accessTokens).toHaveLength(1);
    const basic = Buffer.from(`${gateway.sim.clientId}:${gateway.sim.clientSecret}`).toString(
      'base64',
    );
    const secrets = {
      bearerToken: bearer,
      bearerSignature: bearer.split('.')[2] ?? '',
      encryptedPin,
      encryptedKey: encryptedPin.split('.')[1] ?? '',
      ciphertext: encryptedPin.split('.')[3] ?? '',
      journeyEncryptedPin: journey.encryptedPin,
      clientSecret: gateway.sim.clientSecret,
      basicCredentials: basic,
      accessToken: accessTokens[0] ?? '',
    };
    const text = gateway.logs.text();

    expect(Object.entries(secrets).filter(([, secret]) => text.includes(secret))).toEqual([]);
    expect(Object.values(secrets).every((secret) => secret.length >= 8)).toBe(true);
    for (const digits of ['9173', '2580', tan, wrongTan, journey.tan]) {
      expect(linesWithDigits(gateway.logs, digits)).toEqual([]);
    }
  });
});

/** A stand-in Solaris that answers as `listener` says, on 127.0.0.1. */
async function fakeSolaris(
  listener: RequestListener,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** The real HTTP gateway, with development authentication, in front of a given Solaris client. */
async function gatewayOver(
  solaris: SolarisApi,
  logs: CapturedLogs,
): Promise<{ gateway: Gateway; graphqlUrl: string; token: string }> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', METRICS_PORT: '0', LOG_LEVEL: 'debug' });
  const key = await createDevelopmentKey();
  const gateway = await createGateway({
    config,
    logger: logs.logger,
    solaris,
    limiter: await createRateLimiter(config.rateLimits, logs.logger),
    verifier: await createDevelopmentVerifier(key),
    callCounter: new UpstreamCallCounter(),
  });
  const url = await gateway.listen();
  return { gateway, graphqlUrl: `${url}/graphql`, token: await mintDevelopmentToken(key, ANNA) };
}

import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_SEED } from '../../src/solaris-sim/default-seed.js';
import type { SimSeed } from '../../src/solaris-sim/server.js';
import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { latestSmsCode } from '../helpers/journey.js';
import { freePort } from '../helpers/redis-server.js';
import { startSecurityGateway, type SecurityGatewayOptions } from '../helpers/security-gateway.js';
import {
  AUTHORIZE,
  CHANGE_PIN,
  CONFIRM,
  KEY_QUERY,
  encryptedPin,
  fetchKey,
  rootField,
} from '../helpers/security-operations.js';
import { appearsIn, hasStackTrace, SecurityProbe } from '../helpers/security-probe.js';

const DEVICE_ID = 'd1e2v3i4c5e6a7b8c9d0e1f2a3b4c5d6dev';

let gateway: TestGateway | undefined;
let probe: SecurityProbe;

afterEach(async () => {
  try {
    if (gateway !== undefined) {
      await probe.expectNoLeaks();
    }
  } finally {
    await gateway?.close();
    gateway = undefined;
  }
});

async function start(options: SecurityGatewayOptions = {}): Promise<SecurityProbe> {
  gateway = await startSecurityGateway(options);
  probe = new SecurityProbe(gateway);
  return probe;
}

function currentGateway(): TestGateway {
  if (gateway === undefined) {
    throw new Error('no gateway started');
  }
  return gateway;
}

/** The OAuth access token the gateway presented to the embedded Solaris. */
async function upstreamAccessToken(): Promise<string> {
  const entries = await probe.upstream();
  const apiCall = entries.find((entry) => entry.path.startsWith('/v1/'));
  return (apiCall?.headers['authorization'] ?? '').replace(/^Bearer /, '');
}

async function metricsText(): Promise<string> {
  const response = await request(currentGateway().metricsUrl ?? '');
  return response.body.text();
}

async function cardHasPin(pin: string): Promise<boolean> {
  const response = await request(
    `${currentGateway().sim.url}/__sim/cards/${ANNA_CARD}/verify-pin`,
    { method: 'POST', body: JSON.stringify({ pin }) },
  );
  return ((await response.body.json()) as { matches: boolean }).matches;
}

/** Opens a change request for `pin` on Anna's card; returns its id and the JWE sent. */
async function openChange(token: string, pin: string): Promise<{ id: string; jwe: string }> {
  const key = await fetchKey(probe, token, ANNA_CARD);
  const jwe = await encryptedPin(probe, key, pin);
  const response = await probe.graphql(CHANGE_PIN, {
    token,
    variables: { cardId: ANNA_CARD, encryptedPin: jwe, keyId: key.kid },
  });
  return { id: String(rootField(response, 'changeCardPin')['id']), jwe };
}

describe('secrets never reach the logs or the metrics', () => {
  it('through a whole SMS journey, at debug level', async () => {
    await start({ env: { METRICS_PORT: String(await freePort()) } });
    const token = await probe.token(ANNA);
    const pin = '7294';

    const { id, jwe } = await openChange(token, pin);
    await probe.graphql(AUTHORIZE, { token, variables: { changeRequestId: id, method: 'SMS' } });
    const code = await latestSmsCode(currentGateway().sim.url, ANNA, id);
    probe.secret(code);
    const confirmed = await probe.graphql(CONFIRM, {
      token,
      variables: { changeRequestId: id, confirmation: { tan: code } },
    });

    expect(rootField(confirmed, 'confirmPinChange')['status']).toBe('COMPLETED');
    expect(await cardHasPin(pin)).toBe(true);
    const accessToken = await upstreamAccessToken();
    expect(accessToken).toMatch(/^\S{16,}$/);
    const secrets = [token, jwe, pin, code, currentGateway().sim.clientSecret, accessToken];
    const logs = currentGateway().logs.text();
    const metrics = await metricsText();
    expect(logs).toContain(`"requestId"`);
    expect(metrics).toContain('card_pin_gateway_operations_total');
    expect(secrets.filter((secret) => appearsIn(logs, secret))).toEqual([]);
    expect(secrets.filter((secret) => appearsIn(metrics, secret))).toEqual([]);
  });

  it('through a device-signing journey', async () => {
    const device = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await start({ sim: { seed: seedWithDevice(device.publicKey) } });
    const token = await probe.token(ANNA);

    const { id } = await openChange(token, '7294');
    const authorized = await probe.graphql(AUTHORIZE, {
      token,
      variables: { changeRequestId: id, method: 'DEVICE_SIGNING', deviceId: DEVICE_ID },
    });
    const stringToSign = String(rootField(authorized, 'authorizePinChange')['stringToSign']);
    const signature = sign('sha256', Buffer.from(stringToSign), device.privateKey).toString('hex');
    probe.secret(signature);
    const confirmed = await probe.graphql(CONFIRM, {
      token,
      variables: {
        changeRequestId: id,
        confirmation: { deviceSignature: { deviceId: DEVICE_ID, signature } },
      },
    });

    expect(rootField(confirmed, 'confirmPinChange')['status']).toBe('COMPLETED');
    expect(appearsIn(currentGateway().logs.text(), signature)).toBe(false);
  });

  it('when Solaris, or a proxy in front of it, echoes the encrypted PIN in an error', async () => {
    await start();
    const token = await probe.token(ANNA);
    const key = await fetchKey(probe, token, ANNA_CARD);
    const jwe = await encryptedPin(probe, key, '7294');
    const echoes = [
      {
        fault: 'status',
        status: 400,
        body: JSON.stringify({
          errors: [
            {
              id: '0b8e3f52-6a1d-4c9e-8f7a-2d5b4c3e1f60',
              status: 400,
              code: 'validation_error',
              title: `encrypted_pin ${jwe}`,
              detail: `encrypted_pin ${jwe} is invalid`,
              source: { field: 'encrypted_pin', message: `${jwe} is invalid` },
            },
          ],
        }),
      },
      {
        fault: 'status',
        status: 502,
        contentType: 'text/html',
        body: `<html><body>Bad gateway for {"encrypted_pin":"${jwe}"}</body></html>`,
      },
    ];

    const results = [];
    for (const echo of echoes) {
      await armFault({ ...echo, route: 'sca_pin_update_requests', times: 1 });
      const response = await probe.graphql(CHANGE_PIN, {
        token,
        variables: { cardId: ANNA_CARD, encryptedPin: jwe, keyId: key.kid },
      });
      results.push(rootField(response, 'changeCardPin')['__typename']);
    }

    expect(results).toEqual(['InvalidEncryptedPinError', 'UpstreamUnavailableError']);
    expect(appearsIn(currentGateway().logs.text(), jwe)).toBe(false);
  });

  it('takes no hostile request id into the logs or the response', async () => {
    await start();
    const token = await probe.token(ANNA);
    const hostile = 'x", "level": 60, "msg": "forged';

    const forged = await probe.graphql('{ __typename }', {
      token,
      headers: { 'x-request-id': hostile },
    });
    const plain = await probe.graphql('{ __typename }', {
      token,
      headers: { 'x-request-id': 'app-7f3a.42' },
    });

    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(plain.headers['x-request-id']).toBe('app-7f3a.42');
    expect(currentGateway().logs.text().includes('forged')).toBe(false);
    expect(
      currentGateway()
        .logs.lines()
        .filter((line) => line['level'] === 60),
    ).toEqual([]);
  });
});

function seedWithDevice(publicKey: KeyObject): SimSeed {
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('hex');
  const device = {
    id: DEVICE_ID,
    key_type: 'ecdsa-p256' as const,
    key_purpose: 'unrestricted',
    key,
  };
  return {
    ...DEFAULT_SEED,
    persons: DEFAULT_SEED.persons.map((person) =>
      person.id === ANNA ? { ...person, devices: [device] } : person,
    ),
  };
}

async function armFault(fault: Record<string, unknown>): Promise<void> {
  const response = await request(`${currentGateway().sim.url}/__sim/faults`, {
    method: 'POST',
    body: JSON.stringify(fault),
  });
  expect(response.statusCode).toBe(201);
  await response.body.dump();
}

async function clearFaults(): Promise<void> {
  const response = await request(`${currentGateway().sim.url}/__sim/faults`, { method: 'DELETE' });
  await response.body.dump();
}

describe('no response carries a stack trace', () => {
  it('whatever a client or Solaris does wrong', async () => {
    await start();
    const token = await probe.token(ANNA);
    const auth = { authorization: `Bearer ${token}` };
    const keyQuery = JSON.stringify({ query: KEY_QUERY, variables: { cardId: ANNA_CARD } });
    const json = { ...auth, 'content-type': 'application/json' };

    const responses = [
      await probe.post('{"query": ', { token }),
      await probe.post('[1, 2', { token }),
      await probe.post('{"query": 5}', { token }),
      await probe.post('{"query": "{ __typename }", "variables": "{}"}', { token }),
      await probe.post('{"query": "{ __typename }", "operationName": "Missing"}', { token }),
      await probe.post('{"query": "query { "}', { token }),
      await probe.send('/graphql', { method: 'GET', headers: auth }),
      await probe.send('/graphql', { method: 'PUT', headers: json, body: keyQuery }),
      await probe.send('/graphql/../../etc/passwd'),
      await probe.post(keyQuery, { headers: { authorization: 'Bearer a.b.c' } }),
      await probe.post(keyQuery, { headers: { authorization: `Bearer ${'A'.repeat(9000)}` } }),
    ];
    for (const fault of [
      { fault: 'reset-before', route: '/v1/cards/' },
      { fault: 'status', status: 500, body: '<html>Internal error</html>' },
      { fault: 'status', status: 200, body: '{"id": 7}', route: '/v1/cards/' },
    ]) {
      await armFault(fault);
      responses.push(await probe.post(keyQuery, { token }));
      await clearFaults();
    }

    expect(responses.map((response) => response.status)).toEqual([
      400, 400, 400, 400, 400, 400, 400, 404, 404, 401, 401, 200, 200, 200,
    ]);
    expect(responses.filter((response) => hasStackTrace(response.text))).toEqual([]);
    expect(
      responses.slice(-3).map((response) => rootField(response, 'pinEncryptionKey')['code']),
    ).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
  });
});

describe('security headers', () => {
  const EXPECTED = {
    'content-security-policy':
      "default-src 'none';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline';upgrade-insecure-requests",
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
  };

  it('are on every kind of response', async () => {
    await start();
    const token = await probe.token(ANNA);
    const keyQuery = { variables: { cardId: ANNA_CARD } };

    const responses = {
      served: await probe.graphql(KEY_QUERY, { token, ...keyQuery }),
      invalidQuery: await probe.graphql('{ nothing }', { token }),
      unauthenticated: await probe.graphql(KEY_QUERY, keyQuery),
      malformedJson: await probe.post('{', { token }),
      tooLarge: await probe.post(JSON.stringify({ query: 'x'.repeat(70_000) }), { token }),
      notFound: await probe.send('/admin'),
      health: await probe.send('/healthz'),
    };

    for (const [name, response] of Object.entries(responses)) {
      const security = Object.fromEntries(
        Object.keys(EXPECTED).map((header) => [header, response.headers[header]]),
      );
      expect({ name, security }).toEqual({ name, security: EXPECTED });
      expect({ name, poweredBy: response.headers['x-powered-by'] }).toEqual({
        name,
        poweredBy: undefined,
      });
    }
    expect(responses.served.headers['cache-control']).toBe('no-store');
    expect(responses.invalidQuery.headers['cache-control']).toBe('no-store');
    expect(Object.values(responses).map((response) => response.status)).toEqual([
      200, 400, 401, 400, 413, 404, 200,
    ]);
  });
});

describe('CORS', () => {
  const APP = 'https://app.bank.example';
  const preflight = (origin: string) =>
    probe.send('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
  const corsHeaders = (headers: Record<string, string | string[] | undefined>) =>
    Object.fromEntries(
      Object.entries(headers).filter(([name]) => name.startsWith('access-control')),
    );

  it('admits the configured origins only', async () => {
    await start({ env: { CORS_ORIGINS: `${APP}, https://web.bank.example` } });
    const token = await probe.token(ANNA);

    const admitted = await preflight(APP);
    const foreign = await preflight('https://evil.example');
    const admittedPost = await probe.graphql('{ __typename }', { token, headers: { origin: APP } });
    const foreignPost = await probe.graphql('{ __typename }', {
      token,
      headers: { origin: 'https://evil.example' },
    });

    expect({ status: admitted.status, cors: corsHeaders(admitted.headers) }).toEqual({
      status: 204,
      cors: {
        'access-control-allow-origin': APP,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers':
          'authorization, content-type, x-request-id, apollo-require-preflight',
      },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect(admittedPost.headers['access-control-allow-origin']).toBe(APP);
    expect(foreignPost.headers['access-control-allow-origin']).toBeUndefined();
    expect(admittedPost.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('admits no origin when none is configured', async () => {
    await start();
    const token = await probe.token(ANNA);

    const refused = await preflight(APP);
    const post = await probe.graphql('{ __typename }', { token, headers: { origin: APP } });

    expect(refused.status).toBe(404);
    expect(corsHeaders(refused.headers)).toEqual({});
    expect(corsHeaders(post.headers)).toEqual({});
  });
});

describe('production configuration', () => {
  const production = (urls: Record<string, string>) => ({
    NODE_ENV: 'production',
    SOLARIS_API_URL: 'https://api.solarisbank.de',
    SOLARIS_AUTH_URL: 'https://auth.solarisbank.de',
    SOLARIS_CLIENT_ID: 'client-id',
    SOLARIS_CLIENT_SECRET: 'client-secret',
    AUTH_JWKS_URL: 'https://idp.bank.example/.well-known/jwks.json',
    AUTH_ISSUER: 'https://idp.bank.example/',
    AUTH_AUDIENCE: 'card-pin-gateway',
    ...urls,
  });

  it.each([
    ['SOLARIS_API_URL', 'http://api.solarisbank.de', 'http://api.solarisbank.de'],
    ['SOLARIS_AUTH_URL', 'http://auth.solarisbank.de:8080/', 'http://auth.solarisbank.de:8080'],
    ['AUTH_JWKS_URL', 'http://idp.bank.example/jwks', 'http://idp.bank.example'],
    ['SOLARIS_API_URL', 'http://127.0.0.1.evil.example', 'http://127.0.0.1.evil.example'],
    ['SOLARIS_API_URL', 'http://localhost.evil.example:4010', 'http://localhost.evil.example:4010'],
  ])('stops on plain http in %s (%s)', (name, url, shown) => {
    expect(() => loadConfig(production({ [name]: url }))).toThrow(
      new ConfigError(
        `${name} must be an https:// URL in production (got "${shown}"); plain http is allowed on loopback addresses only.`,
      ),
    );
  });

  it.each(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])(
    'allows plain http on a loopback address (%s)',
    (url) => {
      const config = loadConfig(production({ SOLARIS_API_URL: url, SOLARIS_AUTH_URL: url }));

      expect(config.solaris).toEqual({
        mode: 'remote',
        apiUrl: url,
        authUrl: url,
        clientId: 'client-id',
        clientSecret: 'client-secret',
      });
    },
  );

  it('names no secret in its refusal', () => {
    const secret = 'client-secret-9f8e7d6c5b4a';

    const refuse = () =>
      loadConfig(
        production({
          SOLARIS_API_URL: `http://solaris:${secret}@api.solarisbank.de`,
          SOLARIS_CLIENT_SECRET: secret,
        }),
      );

    expect(refuse).toThrow(
      new ConfigError(
        'SOLARIS_API_URL must be an https:// URL in production (got "http://api.solarisbank.de"); plain http is allowed on loopback addresses only.',
      ),
    );
  });
});

import { readFileSync } from 'node:fs';

import { CompactEncrypt, importJWK, type JWK } from 'jose';
import { Agent, request } from 'undici';

import { startSolarisSim, type SimOptions, type SolarisSim } from '../../src/solaris-sim/server.js';

/** The fixed test PIN key (private), shared with the jwcrypto fixtures. */
export const FIXTURE_KEY = JSON.parse(
  readFileSync(new URL('../fixtures/pin-key.private.jwk.json', import.meta.url), 'utf8'),
) as JWK & { kid: string };

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const ALICE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90cper';
export const BOB = 'b2c3d4e5f60718293a4b5c6d7e8f90a1cper';
export const CAROL = 'c3d4e5f60718293a4b5c6d7e8f90a1b2cper';
export const ALICE_CARD = '8febdba4912a747808ccc6f95f82bbb4mcrd';
export const BOB_CARD = '1fe8caa4bf1f49d87b2d63c14bb565f0mcrd';
export const ALICE_BLOCKED_CARD = '7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c1mcrd';
export const CAROL_CARD = '0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5fmcrd';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** A started simulator with its own connection pool; `stop()` closes both. */
export interface TestSim {
  sim: SolarisSim;
  agent: Agent;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  token(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a simulator with the fixture key (no key generation) unless `options` say otherwise. */
export async function startTestSim(options: SimOptions = {}): Promise<TestSim> {
  const sim = await startSolarisSim({ pinKey: FIXTURE_KEY, ...options });
  const agent = new Agent({ connections: 4 });

  const call = (method: string, path: string, callOptions: CallOptions = {}) =>
    send(agent, sim.url, method, path, callOptions);

  const token = async () => {
    const reply = await call('POST', '/oauth2/token', {
      headers: {
        authorization: basicAuth(sim.clientId, sim.clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
      },
      rawBody: 'grant_type=client_credentials&scope=partners',
    });
    return (reply.json as { access_token: string }).access_token;
  };

  const stop = async () => {
    await sim.close();
    await agent.close();
  };
  return { sim, agent, call, token, stop };
}

export function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function send(
  agent: Agent,
  base: string,
  method: string,
  path: string,
  options: CallOptions,
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;

  let body = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }

  const response = await request(`${base}${path}`, {
    method: method as 'GET',
    headers,
    body,
    dispatcher: agent,
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: parseOrNull(text) };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A PIN JWE as a device builds it, with jose. */
export async function encryptPin(
  publicKey: { n: string; e: string; kid: string },
  plaintext: string,
  header: { alg?: string; enc?: string; kid?: string } = {},
): Promise<string> {
  const alg = header.alg ?? 'RSA-OAEP-256';
  const key = await importJWK({ kty: 'RSA', n: publicKey.n, e: publicKey.e }, alg);
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({
      alg,
      enc: header.enc ?? 'A256CBC-HS512',
      kid: header.kid ?? publicKey.kid,
    })
    .encrypt(key);
}

/** `{"pin":"NNNN"}` encrypted under the simulator's current key. */
export async function encryptedPinFor(
  testSim: TestSim,
  token: string,
  pin: string,
): Promise<{ encrypted_pin: string; key_id: string }> {
  const reply = await testSim.call('GET', '/v1/cards/pin_keys/latest', { token });
  const key = reply.json as { n: string; e: string; kid: string };
  return { encrypted_pin: await encryptPin(key, JSON.stringify({ pin })), key_id: key.kid };
}

/** Opens a change request for `cardId` with `pin`; returns its id. */
export async function openPinChange(
  testSim: TestSim,
  token: string,
  cardId: string,
  pin: string,
): Promise<string> {
  const body = await encryptedPinFor(testSim, token, pin);
  const reply = await testSim.call('POST', `/v1/cards/${cardId}/sca_pin_update_requests`, {
    token,
    body,
  });
  if (reply.status !== 202) throw new Error(`expected 202, got ${reply.status}: ${reply.text}`);
  return (reply.json as { id: string }).id;
}

export async function verifyPin(testSim: TestSim, cardId: string, pin: string): Promise<unknown> {
  const reply = await testSim.call('POST', `/__sim/cards/${cardId}/verify-pin`, { body: { pin } });
  return reply.json;
}

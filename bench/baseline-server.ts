import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { Pool } from 'undici';

import {
  GRAPHQL_OPERATION_NAMES,
  changeRequestAnswer,
  keyAnswer,
  type SolarisChangeRequest,
  type SolarisPinKey,
} from './lib/operations.js';

/**
 * The baseline: the least a server must do per operation without GraphQL. It verifies the
 * caller's JWT with jose against the same key set (and remembers a verified token for a minute,
 * as the gateway does), loads the card and checks its owner and status, fetches the latest key,
 * and for `changeCardPin` checks the JWE header and posts the PIN change, with an OAuth token
 * cached like the gateway's. It answers with the bytes the gateway would. It reads the gateway's
 * own environment variables; PORT 0 takes an ephemeral port, printed as `listening <url>`.
 */

const env = process.env;
const apiBase = new URL(requiredEnv('SOLARIS_API_URL'));
const authBase = new URL(requiredEnv('SOLARIS_AUTH_URL'));
const basicCredentials = Buffer.from(
  `${requiredEnv('SOLARIS_CLIENT_ID')}:${requiredEnv('SOLARIS_CLIENT_SECRET')}`,
).toString('base64');
const issuer = requiredEnv('AUTH_ISSUER');
const audience = requiredEnv('AUTH_AUDIENCE');
const jwks = createLocalJWKSet(
  JSON.parse(readFileSync(requiredEnv('AUTH_JWKS_FILE'), 'utf8')) as JSONWebKeySet,
);

const BODY_LIMIT_BYTES = 65_536;
const TOKEN_MARGIN_MS = 60_000;
const VERIFIED_TOKEN_MS = 60_000;
const PIN_CHANGEABLE = new Set(['ACTIVE', 'INACTIVE']);
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

const pools = new Map<string, Pool>();
for (const origin of new Set([apiBase.origin, authBase.origin])) {
  pools.set(
    origin,
    new Pool(origin, {
      connections: 64,
      connect: { timeout: 2000 },
      headersTimeout: 5000,
      bodyTimeout: 5000,
      keepAliveTimeout: 1000,
      keepAliveMaxTimeout: 1000,
    }),
  );
}

function requiredEnv(name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`${name} must be set`);
  return value;
}

/** A failure with the HTTP status and message the baseline answers with. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// --- caller authentication -------------------------------------------------------------------

const verified = new Map<string, { personId: string; until: number }>();

async function callerOf(authorization: string | undefined): Promise<string> {
  const token = BEARER.exec(authorization ?? '')?.[1];
  if (token === undefined) throw new Refusal(401, 'A bearer JWT is required.');

  const cached = verified.get(token);
  if (cached !== undefined && cached.until > Date.now()) return cached.personId;

  const { payload } = await jwtVerify(token, jwks, {
    issuer,
    audience,
    algorithms: ['RS256', 'PS256', 'ES256'],
    clockTolerance: 30,
    requiredClaims: ['exp'],
  }).catch(() => {
    throw new Refusal(401, 'The token is not valid.');
  });
  if (typeof payload.sub !== 'string') throw new Refusal(401, 'The token names no cardholder.');

  const until = Math.min((payload.exp ?? 0) * 1000, Date.now() + VERIFIED_TOKEN_MS);
  verified.set(token, { personId: payload.sub, until });
  return payload.sub;
}

// --- Solaris -------------------------------------------------------------------------------

let cachedToken: { token: string; expiresAt: number } | null = null;
let tokenInFlight: Promise<string> | null = null;

async function solarisToken(): Promise<string> {
  if (cachedToken !== null && cachedToken.expiresAt > Date.now()) return cachedToken.token;

  tokenInFlight ??= fetchToken().finally(() => {
    tokenInFlight = null;
  });
  return tokenInFlight;
}

async function fetchToken(): Promise<string> {
  const answer = await exchange(authBase, 'POST', '/oauth2/token', {
    authorization: `Basic ${basicCredentials}`,
    'content-type': 'application/x-www-form-urlencoded',
    body: 'grant_type=client_credentials&scope=partners',
  });
  if (answer.status !== 200) throw new Refusal(502, `oauth_token answered ${answer.status}`);

  const body = answer.json as { access_token: string; expires_in: number };
  cachedToken = {
    token: body.access_token,
    expiresAt: Date.now() + body.expires_in * 1000 - TOKEN_MARGIN_MS,
  };
  return body.access_token;
}

/** One API call with the cached token; a 401 fetches a new token and sends it once more. */
async function api(method: 'GET' | 'POST', path: string, body?: string): Promise<unknown> {
  const send = async (token: string) =>
    exchange(apiBase, method, path, {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json', body }),
    });

  const token = await solarisToken();
  let answer = await send(token);
  if (answer.status === 401) {
    if (cachedToken?.token === token) cachedToken = null;
    answer = await send(await solarisToken());
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new Refusal(502, `Solaris answered ${method} ${path} with ${answer.status}`);
  }
  return answer.json;
}

async function exchange(
  base: URL,
  method: 'GET' | 'POST',
  path: string,
  { body, ...headers }: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  const pool = pools.get(base.origin);
  if (pool === undefined) throw new TypeError(`No pool for ${base.origin}`);

  const response = await pool.request({
    path: base.pathname.replace(/\/+$/, '') + path,
    method,
    headers,
    body: body ?? null,
  });
  const text = await response.body.text();
  return { status: response.statusCode, json: text === '' ? null : JSON.parse(text) };
}

// --- the two operations ----------------------------------------------------------------------

async function ownedCard(personId: string, cardId: string): Promise<void> {
  const card = (await api('GET', `/v1/cards/${encodeURIComponent(cardId)}`)) as {
    person_id?: unknown;
    status?: unknown;
  };
  if (card.person_id !== personId) throw new Refusal(404, 'No such card.');
  if (typeof card.status !== 'string' || !PIN_CHANGEABLE.has(card.status)) {
    throw new Refusal(409, 'The card takes no PIN change.');
  }
}

async function latestKey(): Promise<SolarisPinKey> {
  const key = (await api('GET', '/v1/cards/pin_keys/latest')) as Partial<SolarisPinKey>;
  if (typeof key.kid !== 'string' || typeof key.n !== 'string') {
    throw new Refusal(502, 'Solaris sent no key.');
  }
  return key as SolarisPinKey;
}

async function pinEncryptionKey(personId: string, variables: Record<string, unknown>) {
  await ownedCard(personId, String(variables['cardId']));
  return keyAnswer(await latestKey());
}

async function changeCardPin(personId: string, variables: Record<string, unknown>) {
  const cardId = String(variables['cardId']);
  const encryptedPin = String(variables['encryptedPin']);
  const keyId = String(variables['keyId']);
  checkJweHeader(encryptedPin, keyId);

  await ownedCard(personId, cardId);
  const key = await latestKey();
  if (key.kid !== keyId) throw new Refusal(409, 'The key rotated.');

  const changeRequest = await api(
    'POST',
    `/v1/cards/${encodeURIComponent(cardId)}/sca_pin_update_requests`,
    JSON.stringify({ encrypted_pin: encryptedPin, key_id: keyId }),
  );
  return changeRequestAnswer(changeRequest as SolarisChangeRequest);
}

/** The gateway's JWE preflight, reduced to its essentials: five segments and the header. */
function checkJweHeader(encryptedPin: string, keyId: string): void {
  const segments = encryptedPin.split('.');
  const header = segments.length === 5 ? parseHeader(segments[0] ?? '') : null;
  if (
    header === null ||
    header['alg'] !== 'RSA-OAEP-256' ||
    header['enc'] !== 'A256CBC-HS512' ||
    header['kid'] !== keyId
  ) {
    throw new Refusal(400, 'encryptedPin is not a JWE Solaris would take.');
  }
}

function parseHeader(segment: string): Record<string, unknown> | null {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return null;
  }
}

// --- HTTP ------------------------------------------------------------------------------------

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST' || req.url !== '/graphql') throw new Refusal(404, 'Not found.');

  const text = await readBody(req);
  const personId = await callerOf(req.headers.authorization);
  const request = JSON.parse(text) as {
    operationName?: unknown;
    variables?: Record<string, unknown>;
  };
  const variables = request.variables ?? {};

  if (request.operationName === GRAPHQL_OPERATION_NAMES.pinEncryptionKey) {
    send(res, 200, await pinEncryptionKey(personId, variables));
    return;
  }
  if (request.operationName === GRAPHQL_OPERATION_NAMES.changeCardPin) {
    send(res, 200, await changeCardPin(personId, variables));
    return;
  }
  throw new Refusal(400, 'Unknown operation.');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT_BYTES) throw new Refusal(413, 'Body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    const status = error instanceof Refusal ? error.status : 500;
    const message = error instanceof Refusal ? error.message : 'Internal server error';
    send(res, status, JSON.stringify({ errors: [{ message }] }));
  });
});
server.keepAliveTimeout = 72_000;
server.listen(Number(env['PORT'] ?? '0'), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  for (const pool of pools.values()) void pool.close();
});

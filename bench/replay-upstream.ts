import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { RecordedAnswer, Recording } from './lib/recording.js';

/**
 * The replay upstream: answers each Solaris route the benchmark uses with the answer the embedded
 * Solaris gave, at once or after `REPLAY_DELAY_MS`. It still issues OAuth tokens, refuses API
 * calls without one, and checks that the PIN POST carries the recorded JWE byte for byte.
 *
 * Environment: REPLAY_RECORDING (the recording's JSON file), REPLAY_DELAY_MS (default 0),
 * PORT (default 0: an ephemeral port). Prints `listening <url>` once it listens on 127.0.0.1.
 */

interface Prepared {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

type RouteName = 'token' | 'card' | 'pinKey' | 'pinChange' | 'refused';

const recording = JSON.parse(readFileSync(requiredEnv('REPLAY_RECORDING'), 'utf8')) as Recording;
const delayMs = Number(process.env['REPLAY_DELAY_MS'] ?? '0');
const issuedTokens = new Set<string>();
const counts: Record<RouteName, number> = {
  token: 0,
  card: 0,
  pinKey: 0,
  pinChange: 0,
  refused: 0,
};

const expectedBasic = `Basic ${Buffer.from(`${recording.clientId}:${recording.clientSecret}`).toString('base64')}`;
const tokenTemplate = JSON.parse(recording.token.body) as Record<string, unknown>;
const cardPath = `/v1/cards/${recording.cardId}`;
const pinChangePath = `/v1/cards/${recording.cardId}/sca_pin_update_requests`;
const answers = {
  card: prepare(recording.card),
  pinKey: prepare(recording.pinKey),
  pinChange: prepare(recording.pinChange),
  invalidToken: prepareJson(401, {
    errors: [{ id: 'replay', status: 401, code: 'invalid_token', title: 'Invalid Token' }],
  }),
  invalidClient: prepareJson(401, {
    errors: [{ id: 'replay', status: 401, code: 'invalid_client', title: 'Invalid Client' }],
  }),
  invalidModel: prepareJson(400, {
    errors: [{ id: 'replay', status: 400, code: 'invalid_model', title: 'Invalid Model' }],
  }),
  notFound: prepareJson(404, {
    errors: [{ id: 'replay', status: 404, code: 'not_found', title: 'Not Found' }],
  }),
};

function prepare(answer: RecordedAnswer): Prepared {
  const body = Buffer.from(answer.body);
  return {
    status: answer.status,
    headers: { 'content-type': answer.contentType, 'content-length': String(body.length) },
    body,
  };
}

function prepareJson(status: number, value: unknown): Prepared {
  return prepare({ status, contentType: 'application/json', body: JSON.stringify(value) });
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} must be set`);
  return value;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const path = req.url ?? '';

  if (path.startsWith('/__replay/')) {
    answerAdmin(req, res);
    return;
  }
  if (req.method === 'POST' && path === '/oauth2/token') {
    reply(res, issueToken(req));
    return;
  }
  if (!issuedTokens.has((req.headers.authorization ?? '').slice('Bearer '.length))) {
    counts.refused += 1;
    reply(res, answers.invalidToken);
    return;
  }

  reply(res, apiAnswer(req.method ?? '', path, body));
}

function apiAnswer(method: string, path: string, body: string): Prepared {
  if (method === 'GET' && path === '/v1/cards/pin_keys/latest') {
    counts.pinKey += 1;
    return answers.pinKey;
  }
  if (method === 'GET' && path === cardPath) {
    counts.card += 1;
    return answers.card;
  }
  if (method === 'POST' && path === pinChangePath) {
    counts.pinChange += 1;
    return pinChangeAnswer(body);
  }
  counts.refused += 1;
  return answers.notFound;
}

function pinChangeAnswer(body: string): Prepared {
  try {
    const parsed = JSON.parse(body) as { encrypted_pin?: unknown; key_id?: unknown };
    const accepted =
      parsed.encrypted_pin === recording.encryptedPin && parsed.key_id === recording.keyId;
    return accepted ? answers.pinChange : answers.invalidModel;
  } catch {
    return answers.invalidModel;
  }
}

function issueToken(req: IncomingMessage): Prepared {
  if (req.headers.authorization !== expectedBasic) {
    counts.refused += 1;
    return answers.invalidClient;
  }

  counts.token += 1;
  const accessToken = randomBytes(24).toString('base64url');
  issuedTokens.add(accessToken);
  return prepare({
    status: recording.token.status,
    contentType: recording.token.contentType,
    body: JSON.stringify({ ...tokenTemplate, access_token: accessToken }),
  });
}

function answerAdmin(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'DELETE') {
    for (const name of Object.keys(counts) as RouteName[]) counts[name] = 0;
  }
  const body = Buffer.from(JSON.stringify(counts));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

function reply(res: ServerResponse, answer: Prepared): void {
  const send = () => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  };
  if (delayMs > 0) {
    setTimeout(send, delayMs);
    return;
  }
  send();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    res.destroy();
  });
});
server.listen(Number(process.env['PORT'] ?? '0'), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});

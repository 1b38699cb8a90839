/**
 * What the Docker image runs, without Docker: production dependencies only (`npm ci
 * --omit=dev`), the compiled entry point started with the image's CMD and ENV, a configured
 * Solaris (the embedded one on loopback) and an identity provider's JWKS file.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { request } from 'undici';

import { imageCommand } from '../../scripts/image-command.js';
import { startSolarisSim, type SolarisSim } from '../../src/solaris-sim/server.js';
import { ANNA, ANNA_CARD } from '../helpers/gateway.js';
import { postGraphQL } from '../helpers/graphql-client.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'card-pin-gateway';

let dir: string;
let sim: SolarisSim;
let gateway: ChildProcess;
let gatewayUrl: string;
let token: string;
const output: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'card-pin-gateway-production-'));
  for (const file of ['package.json', 'package-lock.json']) {
    cpSync(join(ROOT, file), join(dir, file));
  }
  cpSync(join(ROOT, 'schema'), join(dir, 'schema'), { recursive: true });
  execFileSync(
    'npx',
    [
      'tsc',
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      join(dir, 'dist'),
      '--tsBuildInfoFile',
      join(dir, 'tsbuildinfo'),
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  execFileSync(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Bundled from the production dependencies alone, as the image's build does with all of them.
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), join(dir, 'dist')], {
    cwd: ROOT,
    stdio: 'inherit',
  });

  const { publicKey, privateKey } = await generateKeyPair('ES256');
  writeFileSync(
    join(dir, 'jwks.json'),
    JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256' }] }),
  );
  token = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
    .setSubject(ANNA)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);

  sim = await startSolarisSim();
  // The image's command and environment, but bound to loopback.
  const image = imageCommand(new URL('../../Dockerfile', import.meta.url));
  gateway = spawn(process.execPath, [...image.nodeFlags, image.entry], {
    cwd: dir,
    env: {
      PATH: process.env['PATH'] ?? '',
      ...image.env,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      PORT: '0',
      METRICS_PORT: '0',
      SOLARIS_API_URL: sim.url,
      SOLARIS_AUTH_URL: sim.url,
      SOLARIS_CLIENT_ID: sim.clientId,
      SOLARIS_CLIENT_SECRET: sim.clientSecret,
      AUTH_JWKS_FILE: join(dir, 'jwks.json'),
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  gatewayUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: gateway.stdout! });
    lines.on('line', (line) => {
      output.push(line);
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'gateway listening' && entry.url !== undefined) {
        resolve(entry.url);
      }
    });
    gateway.once('exit', (code) =>
      reject(new Error(`gateway exited ${code}: ${output.join('\n')}`)),
    );
  });
}, 120_000);

afterAll(async () => {
  if (gateway.exitCode === null) {
    gateway.kill('SIGKILL');
  }
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

it('serves the contract from production dependencies alone', async () => {
  const response = await postGraphQL(
    gatewayUrl,
    'query Key($cardId: ID!) { pinEncryptionKey(cardId: $cardId) { __typename ... on PinEncryptionKey { kid alg } } }',
    { token, variables: { cardId: ANNA_CARD } },
  );

  expect(response.status).toBe(200);
  expect(response.body).toEqual({
    data: {
      pinEncryptionKey: {
        __typename: 'PinEncryptionKey',
        kid: sim.currentKeyId(),
        alg: 'RSA-OAEP-256',
      },
    },
  });
});

it('keeps GraphiQL and introspection off in production', async () => {
  const page = await request(gatewayUrl, { headers: { accept: 'text/html' } });
  const introspection = await postGraphQL(gatewayUrl, '{ __schema { queryType { name } } }', {
    token,
  });

  expect(page.statusCode).not.toBe(200);
  await page.body.dump();
  expect(introspection.status).toBe(400);
  expect(introspection.body.errors?.[0]?.['extensions']).toEqual({
    code: 'GRAPHQL_VALIDATION_FAILED',
  });
});

it('drains and exits 0 on SIGTERM, with no secret in its output', async () => {
  const exited = new Promise<number | null>((resolve) => gateway.once('exit', resolve));
  gateway.kill('SIGTERM');

  expect(await exited).toBe(0);
  const text = output.join('\n');
  expect(text).not.toContain(token);
  expect(text).not.toContain(sim.clientSecret);
});

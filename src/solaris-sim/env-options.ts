import { readFile } from 'node:fs/promises';

import type { JWK } from 'jose';

import { messageOf, readSeedFile } from './seed-file.js';
import type { SimOptions, SimSeed } from './types.js';

/**
 * Simulator options from the environment; only variables that are set become options. An invalid
 * value throws an Error naming the variable and what it must be (never echoing a secret).
 */
export async function simOptionsFromEnv(env: NodeJS.ProcessEnv): Promise<SimOptions> {
  const options: SimOptions = {};

  const port = integerVar(env, 'SIM_PORT', 0, 65_535);
  if (port !== undefined) options.port = port;

  const clientId = nonEmptyVar(env, 'SIM_CLIENT_ID');
  if (clientId !== undefined) options.clientId = clientId;

  const clientSecret = nonEmptyVar(env, 'SIM_CLIENT_SECRET');
  if (clientSecret !== undefined) options.clientSecret = clientSecret;

  const seedFile = nonEmptyVar(env, 'SIM_SEED_FILE');
  if (seedFile !== undefined) options.seed = await readSeed(seedFile);

  const pinKeyFile = nonEmptyVar(env, 'SIM_PIN_KEY_FILE');
  if (pinKeyFile !== undefined) options.pinKey = await readPinKey(pinKeyFile);

  const changeRequestTtl = integerVar(env, 'SIM_CHANGE_REQUEST_TTL_S', 1, 86_400);
  if (changeRequestTtl !== undefined) options.changeRequestTtlSeconds = changeRequestTtl;

  const tokenTtl = integerVar(env, 'SIM_TOKEN_TTL_S', 1, 86_400);
  if (tokenTtl !== undefined) options.tokenTtlSeconds = tokenTtl;

  const keyGrace = integerVar(env, 'SIM_KEY_GRACE_S', 0, 86_400);
  if (keyGrace !== undefined) options.keyGraceSeconds = keyGrace;

  return options;
}

function nonEmptyVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new Error(`${name} must not be empty when set`);
  return value;
}

function integerVar(
  env: NodeJS.ProcessEnv,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const value = nonEmptyVar(env, name);
  if (value === undefined) return undefined;

  const number = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return number;
}

async function readSeed(file: string): Promise<SimSeed> {
  try {
    return await readSeedFile(file);
  } catch (error: unknown) {
    throw new Error(`SIM_SEED_FILE: ${messageOf(error)}`, { cause: error });
  }
}

/** The key file holds a private key, so no message quotes its content. */
async function readPinKey(file: string): Promise<JWK> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error: unknown) {
    throw new Error(`SIM_PIN_KEY_FILE "${file}" must be a readable JSON file`, { cause: error });
  }

  if (!isPrivateRsaJwk(json)) {
    throw new Error(`SIM_PIN_KEY_FILE "${file}" must hold a private RSA JWK (kty "RSA", n, e, d)`);
  }
  return json;
}

function isPrivateRsaJwk(value: unknown): value is JWK {
  if (typeof value !== 'object' || value === null) return false;

  const jwk = value as Record<string, unknown>;
  const members = ['n', 'e', 'd'];
  return jwk.kty === 'RSA' && members.every((member) => typeof jwk[member] === 'string');
}

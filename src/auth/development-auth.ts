import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

/**
 * Development authentication: with the embedded Solaris and no identity provider configured, the
 * gateway trusts tokens signed by a local key that `npm start` creates. The key lives in a
 * git-ignored file so that `npm run dev-token` can mint tokens for the running gateway.
 */
export const DEVELOPMENT_ISSUER = 'card-pin-gateway-development';
export const DEVELOPMENT_AUDIENCE = 'card-pin-gateway';
export const DEVELOPMENT_KEY_FILE = '.dev/auth-private-key.jwk.json';
const ALGORITHM = 'ES256';
const TOKEN_LIFETIME = '12h';

/** Loads the development signing key from `path`, creating it on first use. */
export async function loadOrCreateDevelopmentKey(path = DEVELOPMENT_KEY_FILE): Promise<JWK> {
  try {
    return parseKey(await readFile(path, 'utf8'));
  } catch (error: unknown) {
    if (!isMissingFile(error)) {
      throw error;
    }
  }

  const jwk = await createDevelopmentKey();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

/** A new development signing key (ES256 private JWK), kept in memory only. */
export async function createDevelopmentKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: 'development' };
}

/** Reads an existing development key; fails with a hint when the gateway never created one. */
export async function readDevelopmentKey(path = DEVELOPMENT_KEY_FILE): Promise<JWK> {
  try {
    return parseKey(await readFile(path, 'utf8'));
  } catch (error: unknown) {
    if (isMissingFile(error)) {
      throw new Error(`No development key at ${path}: run "npm start" once first.`);
    }
    throw error;
  }
}

/** Signs a development bearer token for a Solaris person id. */
export async function mintDevelopmentToken(privateJwk: JWK, personId: string): Promise<string> {
  const key = await importJWK(privateJwk, ALGORITHM);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, kid: privateJwk.kid ?? 'development', typ: 'JWT' })
    .setSubject(personId)
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(DEVELOPMENT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(TOKEN_LIFETIME)
    .sign(key);
}

/** A verifier that trusts only the development key's public half. */
export function createDevelopmentVerifier(privateJwk: JWK): TokenVerifier {
  const { kty, crv, x, y, kid } = privateJwk;
  return createTokenVerifier({
    keys: createLocalJWKSet({ keys: [{ kty, crv, x, y, kid, alg: ALGORITHM, use: 'sig' }] }),
    issuer: DEVELOPMENT_ISSUER,
    audience: DEVELOPMENT_AUDIENCE,
    personClaim: 'sub',
    algorithms: [ALGORITHM],
    clockToleranceSeconds: 30,
  });
}

function parseKey(text: string): JWK {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || !('d' in parsed)) {
    throw new Error('The development key file does not hold a private JWK.');
  }
  return parsed as JWK;
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

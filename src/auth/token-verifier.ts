import { readFile } from 'node:fs/promises';

import {
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';

import type { AuthConfig } from '../config.js';
import { AuthenticationError } from './authentication-error.js';
import type { Caller } from './caller.js';

/** Turns an `Authorization` header into the verified caller, or throws `AuthenticationError`. */
export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Caller>;
}

export interface VerifierSettings {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  personClaim: string;
  algorithms: string[];
  clockToleranceSeconds: number;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;
const MAX_TOKEN_LENGTH = 8192;
const CACHE_LIMIT = 10_000;
const CACHE_MAX_AGE_MS = 60_000;

/** jose error codes that mean "this token is not acceptable", as opposed to our own trouble. */
const INVALID_TOKEN_CODES = new Set([
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);

const KEYS_UNAVAILABLE_CODES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID']);

/** Builds the verifier for the configured identity provider's key set. */
export async function createJwksTokenVerifier(
  auth: Extract<AuthConfig, { mode: 'jwks' }>,
): Promise<TokenVerifier> {
  const keys =
    auth.jwksUrl === null
      ? createLocalJWKSet(await readKeySet(auth.jwksFile ?? ''))
      : createRemoteJWKSet(new URL(auth.jwksUrl), {
          timeoutDuration: 3000,
          cooldownDuration: 30_000,
          cacheMaxAge: 600_000,
        });

  return createTokenVerifier({
    keys,
    issuer: auth.issuer,
    audience: auth.audience,
    personClaim: auth.personClaim,
    algorithms: auth.algorithms,
    clockToleranceSeconds: auth.clockToleranceSeconds,
  });
}

/**
 * Verifies bearer JWTs against a key set. A token verified once is remembered for up to a minute
 * (and never past its own expiry), so an app's burst of operations costs one signature check.
 */
export function createTokenVerifier(settings: VerifierSettings): TokenVerifier {
  const verified = new Map<string, { caller: Caller; until: number }>();

  async function verifyToken(token: string): Promise<{ caller: Caller; until: number }> {
    try {
      const { payload } = await jwtVerify(token, settings.keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: settings.clockToleranceSeconds,
        requiredClaims: ['exp'],
      });
      const personId = payload[settings.personClaim];
      if (typeof personId !== 'string' || personId === '') {
        throw new AuthenticationError(
          'invalid_token',
          `The token has no "${settings.personClaim}" claim naming the cardholder.`,
        );
      }
      const expiresAt = (payload.exp ?? 0) * 1000;
      return { caller: { personId }, until: Math.min(expiresAt, Date.now() + CACHE_MAX_AGE_MS) };
    } catch (error: unknown) {
      throw classify(error);
    }
  }

  return {
    async verify(authorization) {
      const token = bearerToken(authorization);
      const cached = verified.get(token);
      if (cached !== undefined && cached.until > Date.now()) {
        return cached.caller;
      }

      const entry = await verifyToken(token);
      if (verified.size >= CACHE_LIMIT) {
        verified.clear();
      }
      verified.set(token, entry);
      return entry.caller;
    },
  };
}

function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization === '') {
    throw new AuthenticationError(
      'missing_token',
      'An "Authorization: Bearer <token>" header is required.',
    );
  }
  const match = authorization.length <= MAX_TOKEN_LENGTH ? BEARER.exec(authorization) : null;
  if (match?.[1] === undefined) {
    throw new AuthenticationError(
      'invalid_token',
      'The Authorization header must be "Bearer " followed by a JWT.',
    );
  }
  return match[1];
}

function classify(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) {
    return error;
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 'ERR_JWT_EXPIRED') {
    return new AuthenticationError('expired_token', 'The token has expired.');
  }
  if (typeof code === 'string' && INVALID_TOKEN_CODES.has(code)) {
    return new AuthenticationError('invalid_token', 'The token is not valid for this gateway.');
  }
  if (typeof code === 'string' && KEYS_UNAVAILABLE_CODES.has(code)) {
    return new AuthenticationError(
      'keys_unavailable',
      "The identity provider's keys could not be loaded.",
      { cause: error },
    );
  }
  // Anything else from jose while verifying (a malformed header segment, say) is the token's fault;
  // a failed key fetch surfaces with a network error code and is ours.
  if (error instanceof Error && error.name === 'JOSEError') {
    return new AuthenticationError('invalid_token', 'The token is not valid for this gateway.');
  }
  return new AuthenticationError('keys_unavailable', 'The token could not be verified.', {
    cause: error,
  });
}

async function readKeySet(path: string): Promise<JSONWebKeySet> {
  const text = await readFile(path, 'utf8');
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('keys' in parsed) ||
    !Array.isArray(parsed.keys)
  ) {
    throw new Error(`AUTH_JWKS_FILE "${path}" is not a JWK set ({"keys": [...]}).`);
  }
  return parsed as JSONWebKeySet;
}

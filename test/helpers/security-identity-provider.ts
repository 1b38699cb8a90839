import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
} from 'jose';

export const ISSUER = 'https://idp.bank.example/';
export const AUDIENCE = 'card-pin-gateway';
export const KEY_ID = 'bank-signing-2026';

/** How one test token is made; every member has a default that makes a valid token. */
export interface TokenRecipe {
  /** Claims on top of `iss`, `aud`, `iat` and `exp`; `sub` is not set unless given here. */
  claims?: JWTPayload;
  /** Sign with a key the gateway has never seen (same `kid`), instead of the trusted one. */
  untrustedKey?: boolean;
  /** Seconds from now until `exp`; negative for a token that expired already. Default 300. */
  expiresInSeconds?: number;
  /** Default `AUDIENCE`. */
  audience?: string;
  /** Default `ISSUER`. */
  issuer?: string;
}

/** The bank's identity provider as the gateway sees it: a JWKS file and tokens signed for it. */
export interface IdentityProvider {
  /** The public JWK set the gateway trusts. */
  jwks: JSONWebKeySet;
  /** AUTH_JWKS_FILE, AUTH_ISSUER and AUTH_AUDIENCE for this provider. */
  env: Record<string, string>;
  /** A signed RS256 token, valid unless the recipe says otherwise. */
  sign(recipe?: TokenRecipe): Promise<string>;
  /** A token for `personId` in the `sub` claim. */
  tokenFor(personId: string): Promise<string>;
  /** The trusted public key's `n`, for tokens that abuse it as an HMAC secret. */
  publicModulus: string;
  /** Removes the JWKS file. */
  close(): Promise<void>;
}

async function signingKey(): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  return { privateKey, publicJwk };
}

/** Creates a signing key, writes its JWKS to a temporary file and signs tokens with it. */
export async function createIdentityProvider(): Promise<IdentityProvider> {
  const trusted = await signingKey();
  const stranger = await signingKey();
  const jwks: JSONWebKeySet = { keys: [trusted.publicJwk] };

  const directory = await mkdtemp(join(tmpdir(), 'card-pin-gateway-jwks-'));
  const jwksFile = join(directory, 'jwks.json');
  await writeFile(jwksFile, JSON.stringify(jwks));

  const sign = async (recipe: TokenRecipe = {}): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const key = recipe.untrustedKey === true ? stranger.privateKey : trusted.privateKey;
    return new SignJWT(recipe.claims ?? {})
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .setIssuer(recipe.issuer ?? ISSUER)
      .setAudience(recipe.audience ?? AUDIENCE)
      .setIssuedAt(now - 600)
      .setExpirationTime(now + (recipe.expiresInSeconds ?? 300))
      .sign(key);
  };

  return {
    jwks,
    env: { AUTH_JWKS_FILE: jwksFile, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE },
    sign,
    tokenFor: (personId) => sign({ claims: { sub: personId } }),
    publicModulus: String(trusted.publicJwk.n),
    close: () => rm(directory, { recursive: true, force: true }),
  };
}

/** A JWKS endpoint on 127.0.0.1, for AUTH_JWKS_URL. */
export interface JwksServer {
  url: string;
  /** How many times the key set was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

/** Serves `jwks` at `/.well-known/jwks.json` on an ephemeral port. */
export async function serveJwks(jwks: JSONWebKeySet): Promise<JwksServer> {
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => fetches,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An unsigned token (`alg: none`) that claims to be `personId`. */
export function unsignedToken(personId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'none', typ: 'JWT' });
  const payload = encode({ sub: personId, iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300 });
  return `${header}.${payload}.`;
}

/**
 * An HS256 token whose HMAC secret is the trusted RSA key's public modulus: the classic
 * algorithm-confusion attack on verifiers that let the token pick the algorithm.
 */
export async function hmacToken(personId: string, publicModulus: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: personId })
    .setProtectedHeader({ alg: 'HS256', kid: KEY_ID, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(new TextEncoder().encode(publicModulus));
}

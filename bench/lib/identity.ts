import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** A stand-in identity provider: a key set file for the servers and tokens for the load. */
export interface BenchIdentity {
  jwksFile: string;
  issuer: string;
  audience: string;
  /** A bearer token for a Solaris person id, valid for twelve hours. */
  token(personId: string): Promise<string>;
}

const ISSUER = 'https://idp.bench.invalid';
const AUDIENCE = 'card-pin-gateway';
const KEY_ID = 'bench-signing-key';

/** Creates an RS256 signing key and writes its public half as a JWK set into `directory`. */
export async function createIdentity(directory: string): Promise<BenchIdentity> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };
  const jwksFile = join(directory, 'jwks.json');
  await writeFile(jwksFile, JSON.stringify({ keys: [jwk] }));

  return {
    jwksFile,
    issuer: ISSUER,
    audience: AUDIENCE,
    token: (personId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
        .setSubject(personId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('12h')
        .sign(privateKey),
  };
}

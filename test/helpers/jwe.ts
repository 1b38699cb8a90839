import { CompactEncrypt, importJWK, type JWK } from 'jose';

/** Encrypts a PIN exactly as the app does: RSA-OAEP-256, A256CBC-HS512, kid in the header. */
export async function encryptPin(
  jwk: JWK,
  pin: string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const key = await importJWK(jwk, 'RSA-OAEP-256');
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ pin })))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', kid: jwk.kid, ...header })
    .encrypt(key);
}

/** Replaces one of the five compact JWE segments. */
export function withSegment(jwe: string, index: number, segment: string): string {
  const segments = jwe.split('.');
  segments[index] = segment;
  return segments.join('.');
}

/** A base64url protected header from an object. */
export function encodeHeader(header: unknown): string {
  return Buffer.from(JSON.stringify(header)).toString('base64url');
}

import type { EncryptedPinProblem } from './results.js';

/** The only algorithms Solaris decrypts a PIN with. */
export const PIN_KEY_ALGORITHM = 'RSA-OAEP-256';
export const PIN_CONTENT_ENCRYPTION = 'A256CBC-HS512';

/** Longer than any compact JWE of a four-digit PIN, even under an RSA-8192 key. */
export const MAX_ENCRYPTED_PIN_LENGTH = 4096;

const SEGMENT = /^[A-Za-z0-9_-]*$/;
const IV_BYTES = 16;
const TAG_BYTES = 32;

/** A compact JWE whose shape and protected header passed the checks, not yet its key length. */
export interface CheckedEncryptedPin {
  kid: string;
  encryptedKeyBytes: number;
}

export type PreflightResult =
  | { ok: true; jwe: CheckedEncryptedPin }
  | { ok: false; problem: EncryptedPinProblem; detail: string };

/**
 * Checks, without decrypting, that `encryptedPin` is a compact JWE Solaris would take: five
 * base64url segments, a JSON protected header with exactly the expected `alg`, `enc` and `kid`,
 * no `zip` or `crit`, and segment lengths that fit AES-256-CBC with HMAC-SHA-512.
 */
export function preflightEncryptedPin(encryptedPin: string, keyId: string): PreflightResult {
  if (encryptedPin.length > MAX_ENCRYPTED_PIN_LENGTH) {
    return refuse('TOO_LONG', `is longer than ${MAX_ENCRYPTED_PIN_LENGTH} characters`);
  }

  const segments = encryptedPin.split('.');
  if (segments.length !== 5 || !segments.every(isBase64Url)) {
    return refuse(
      'NOT_COMPACT_JWE',
      'must be five base64url segments separated by dots, without padding or whitespace',
    );
  }
  const [header = '', encryptedKey = '', iv = '', ciphertext = '', tag = ''] = segments;

  const headerCheck = checkProtectedHeader(header, keyId);
  if (!headerCheck.ok) {
    return headerCheck;
  }

  if (encryptedKey === '') {
    return refuse('INVALID_ENCRYPTED_KEY', 'has an empty encrypted key');
  }
  if (decodedLength(iv) !== IV_BYTES) {
    return refuse('INVALID_IV', `must have a ${IV_BYTES}-byte initialization vector`);
  }
  if (ciphertext === '') {
    return refuse('EMPTY_CIPHERTEXT', 'has an empty ciphertext');
  }
  if (decodedLength(tag) !== TAG_BYTES) {
    return refuse('INVALID_TAG', `must have a ${TAG_BYTES}-byte authentication tag`);
  }

  return {
    ok: true,
    jwe: { kid: headerCheck.kid, encryptedKeyBytes: decodedLength(encryptedKey) },
  };
}

/** Whether the encrypted key is exactly as long as the RSA modulus `n` (base64url). */
export function encryptedKeyFitsModulus(jwe: CheckedEncryptedPin, modulus: string): boolean {
  const bytes = Buffer.from(modulus, 'base64url');
  const leadingZeros = bytes.findIndex((byte) => byte !== 0);
  const modulusBytes = leadingZeros < 0 ? 0 : bytes.length - leadingZeros;
  return jwe.encryptedKeyBytes === modulusBytes;
}

function checkProtectedHeader(
  segment: string,
  keyId: string,
): { ok: true; kid: string } | { ok: false; problem: EncryptedPinProblem; detail: string } {
  const header = parseHeader(segment);
  if (header === null) {
    return refuse('MALFORMED_HEADER', 'must have a protected header that is a JSON object');
  }
  if (header['alg'] !== PIN_KEY_ALGORITHM) {
    return refuse('UNSUPPORTED_ALGORITHM', `must use alg "${PIN_KEY_ALGORITHM}"`);
  }
  if (header['enc'] !== PIN_CONTENT_ENCRYPTION) {
    return refuse('UNSUPPORTED_ENCRYPTION', `must use enc "${PIN_CONTENT_ENCRYPTION}"`);
  }
  if ('zip' in header || 'crit' in header) {
    return refuse('UNSUPPORTED_HEADER_PARAMETER', 'must not have a "zip" or "crit" header member');
  }
  const kid = header['kid'];
  if (typeof kid !== 'string' || kid === '') {
    return refuse('MISSING_KEY_ID', 'must name its key in the header\'s "kid"');
  }
  if (kid !== keyId) {
    return refuse('KEY_ID_MISMATCH', 'has a header "kid" that differs from keyId');
  }
  return { ok: true, kid };
}

function parseHeader(segment: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(segment, 'base64url')),
    );
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A base64url segment without padding; a length of 1 modulo 4 cannot encode whole bytes. */
function isBase64Url(segment: string): boolean {
  return SEGMENT.test(segment) && segment.length % 4 !== 1;
}

function decodedLength(segment: string): number {
  return Math.floor((segment.length * 3) / 4);
}

function refuse(problem: EncryptedPinProblem, detail: string) {
  return { ok: false as const, problem, detail: `encryptedPin ${detail}.` };
}

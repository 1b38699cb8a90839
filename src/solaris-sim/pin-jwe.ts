import { compactDecrypt, decodeProtectedHeader, type CryptoKey } from 'jose';

import type { FieldProblem } from './error-bodies.js';

/** The only algorithms Solaris accepts for a PIN JWE. */
export const PIN_JWE_ALG = 'RSA-OAEP-256';
export const PIN_JWE_ENC = 'A256CBC-HS512';

/** The PIN inside an encrypted PIN, or the field problem that stops it being read. */
export type PinDecryption = { ok: true; pin: string } | { ok: false; problem: FieldProblem };

/**
 * Checks the protected header of `encryptedPin`, decrypts it with `key` and reads the PIN from the
 * plaintext `{"pin":"NNNN"}`. Never puts the PIN or the JWE into a problem message.
 */
export async function decryptPin(
  encryptedPin: string,
  keyId: string,
  key: CryptoKey,
): Promise<PinDecryption> {
  const headerProblem = protectedHeaderProblem(encryptedPin, keyId);
  if (headerProblem !== null) return refuse('encrypted_pin', headerProblem);

  const plaintext = await decrypt(encryptedPin, key);
  if (plaintext === null) return refuse('encrypted_pin', 'could not be decrypted with the key');

  const pin = pinFromPlaintext(plaintext);
  if (pin === null) return refuse('pin', 'must be encrypted as the JSON string {"pin":"NNNN"}');
  return { ok: true, pin };
}

function protectedHeaderProblem(encryptedPin: string, keyId: string): string | null {
  if (encryptedPin.split('.').length !== 5) return 'is not a JWE in compact serialization';

  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(encryptedPin);
  } catch {
    return 'has no readable protected header';
  }

  if (header.alg !== PIN_JWE_ALG) return `must use alg "${PIN_JWE_ALG}"`;
  if (header.enc !== PIN_JWE_ENC) return `must use enc "${PIN_JWE_ENC}"`;
  if (header.kid !== keyId) return 'must carry the key_id as kid in its protected header';
  return null;
}

async function decrypt(encryptedPin: string, key: CryptoKey): Promise<string | null> {
  try {
    const { plaintext } = await compactDecrypt(encryptedPin, key, {
      keyManagementAlgorithms: [PIN_JWE_ALG],
      contentEncryptionAlgorithms: [PIN_JWE_ENC],
    });
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    // Every failure here (bad padding, tag mismatch, not UTF-8) is the client's JWE being wrong.
    return null;
  }
}

function pinFromPlaintext(plaintext: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    return null;
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const pin: unknown = (value as Record<string, unknown>).pin;
  return typeof pin === 'string' ? pin : null;
}

function refuse(field: string, message: string): PinDecryption {
  return { ok: false, problem: { field, message } };
}

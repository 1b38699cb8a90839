import { createPublicKey, verify } from 'node:crypto';

/**
 * Whether `signatureHex` (hex of a DER ECDSA signature) signs the UTF-8 `message` with SHA-256
 * under the P-256 public key `spkiHex` (hex of its SPKI DER). Malformed input is simply false.
 */
export function verifyDeviceSignature(
  spkiHex: string,
  message: string,
  signatureHex: string,
): boolean {
  if (!isHex(spkiHex) || !isHex(signatureHex)) return false;

  try {
    const key = createPublicKey({ key: Buffer.from(spkiHex, 'hex'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      return false;
    }
    const signature = Buffer.from(signatureHex, 'hex');
    return verify('sha256', Buffer.from(message, 'utf8'), { key, dsaEncoding: 'der' }, signature);
  } catch {
    // An unreadable key or signature is a failed signature, as Solaris would treat it.
    return false;
  }
}

function isHex(value: string): boolean {
  return value.length > 0 && value.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(value);
}

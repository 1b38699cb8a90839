import { randomUUID } from 'node:crypto';

import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** The public PIN key exactly as Solaris publishes it, `alg: "RS256"` included. */
export interface PublishedPinKey {
  kid: string;
  kty: 'RSA';
  use: 'enc';
  alg: 'RS256';
  n: string;
  e: string;
}

interface RingKey {
  kid: string;
  privateKey: CryptoKey;
  published: PublishedPinKey;
  /** When it stopped being the current key; null for the current key. */
  retiredAtMs: number | null;
}

/** The PIN encryption keys: one current key, and rotated-out keys during their grace time. */
export class PinKeyRing {
  readonly #graceMs: number;
  #current: RingKey;
  #retired: RingKey[] = [];

  private constructor(first: RingKey, graceSeconds: number) {
    this.#current = first;
    this.#graceMs = graceSeconds * 1000;
  }

  /** A ring whose current key is `privateJwk`, or a freshly generated RSA-2048 key. */
  static async create(privateJwk: JWK | undefined, graceSeconds: number): Promise<PinKeyRing> {
    const first =
      privateJwk === undefined ? await generateRingKey() : await importRingKey(privateJwk);
    return new PinKeyRing(first, graceSeconds);
  }

  currentKeyId(): string {
    return this.#current.kid;
  }

  published(): PublishedPinKey {
    return this.#current.published;
  }

  /** Makes a new current key; the old one is still accepted for the grace time. */
  async rotate(): Promise<string> {
    const next = await generateRingKey();

    this.#current.retiredAtMs = Date.now();
    this.#retired.push(this.#current);
    this.#current = next;
    this.#dropPastGrace();
    return next.kid;
  }

  /** The private key for `kid` when it is current or within its grace time, else null. */
  acceptedKey(kid: string): CryptoKey | null {
    if (kid === this.#current.kid) return this.#current.privateKey;

    this.#dropPastGrace();
    const retired = this.#retired.find((key) => key.kid === kid);
    return retired?.privateKey ?? null;
  }

  #dropPastGrace(): void {
    const cutoff = Date.now() - this.#graceMs;
    this.#retired = this.#retired.filter((key) => (key.retiredAtMs ?? 0) > cutoff);
  }
}

async function generateRingKey(): Promise<RingKey> {
  const { privateKey } = await generateKeyPair('RSA-OAEP-256', {
    modulusLength: 2048,
    extractable: true,
  });
  const jwk = await exportJWK(privateKey);
  return ringKey(randomUUID(), privateKey, jwk);
}

async function importRingKey(jwk: JWK): Promise<RingKey> {
  if (jwk.kty !== 'RSA' || typeof jwk.d !== 'string') {
    throw new TypeError('the PIN key must be a private RSA JWK (kty "RSA" with "d")');
  }

  const privateKey = await importJWK({ ...jwk, alg: 'RSA-OAEP-256', use: 'enc' }, 'RSA-OAEP-256');
  if (!isCryptoKey(privateKey)) throw new TypeError('the PIN key must be an RSA JWK');
  return ringKey(jwk.kid ?? randomUUID(), privateKey, jwk);
}

function isCryptoKey(key: CryptoKey | Uint8Array): key is CryptoKey {
  return !(key instanceof Uint8Array);
}

function ringKey(kid: string, privateKey: CryptoKey, jwk: JWK): RingKey {
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
    throw new TypeError('the PIN key must carry the RSA members "n" and "e"');
  }

  const published: PublishedPinKey = {
    kid,
    kty: 'RSA',
    use: 'enc',
    alg: 'RS256',
    n: jwk.n,
    e: jwk.e,
  };
  return { kid, privateKey, published, retiredAtMs: null };
}

import { randomBytes } from 'node:crypto';

/** Why a bearer token is refused, or that it is fine. */
export type TokenCheck = 'valid' | 'unknown' | 'expired' | 'revoked';

const EXPIRED_TOKEN_MEMORY_MS = 60 * 60 * 1000;

interface IssuedToken {
  serial: number;
  expiresAtMs: number;
  revoked: boolean;
}

/** The OAuth access tokens the simulator issued: opaque random strings with a lifetime. */
export class TokenStore {
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #ttlSeconds: number;
  #lastSerial = 0;

  constructor(ttlSeconds: number) {
    this.#ttlSeconds = ttlSeconds;
  }

  /** Issues a fresh token. */
  issue(): { accessToken: string; expiresIn: number } {
    this.#dropExpired();

    const accessToken = randomBytes(32).toString('base64url');
    this.#lastSerial += 1;
    this.#tokens.set(accessToken, {
      serial: this.#lastSerial,
      expiresAtMs: Date.now() + this.#ttlSeconds * 1000,
      revoked: false,
    });
    return { accessToken, expiresIn: this.#ttlSeconds };
  }

  check(accessToken: string): TokenCheck {
    const token = this.#tokens.get(accessToken);
    if (token === undefined) return 'unknown';
    if (token.revoked) return 'revoked';
    if (token.expiresAtMs <= Date.now()) return 'expired';
    return 'valid';
  }

  /** The serial of the newest token issued so far; tokens are numbered from 1. */
  lastSerial(): number {
    return this.#lastSerial;
  }

  /** Whether `accessToken` is a live token issued no later than the one numbered `serial`. */
  isLiveAndIssuedBy(accessToken: string, serial: number): boolean {
    const token = this.#tokens.get(accessToken);
    return token !== undefined && this.check(accessToken) === 'valid' && token.serial <= serial;
  }

  revoke(accessToken: string): void {
    const token = this.#tokens.get(accessToken);
    if (token !== undefined) token.revoked = true;
  }

  /** Keeps expired tokens a while so that they are refused as expired rather than unknown. */
  #dropExpired(): void {
    const cutoff = Date.now() - EXPIRED_TOKEN_MEMORY_MS;
    for (const [accessToken, token] of this.#tokens) {
      if (token.expiresAtMs <= cutoff) this.#tokens.delete(accessToken);
    }
  }
}

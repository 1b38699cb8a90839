import type { JWK } from 'jose';

/** The people and cards the embedded Solaris starts with. */
export interface SimSeed {
  persons: SimPerson[];
  cards: SimCard[];
}

/** A Solaris person; `mobile_number` null means no verified mobile number (no SMS possible). */
export interface SimPerson {
  id: string;
  mobile_number: string | null;
  devices?: SimDevice[];
}

/** A device bound to a person for device signing; `key` is the hex of its public key's SPKI DER. */
export interface SimDevice {
  id: string;
  key_type: 'ecdsa-p256';
  key_purpose: string;
  key: string;
}

/** A card; `pin` is its PIN at start (none when absent). */
export interface SimCard {
  id: string;
  person_id: string;
  status: string;
  type: string;
  masked_pan: string;
  pin?: string;
}

/** How to start the embedded Solaris; every member has a default. */
export interface SimOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 'sim-client-id'. */
  clientId?: string;
  /** Default 'sim-client-secret'. */
  clientSecret?: string;
  /** Default `DEFAULT_SEED`. */
  seed?: SimSeed;
  /** Private RSA JWK of the first PIN key; default: an RSA-2048 key generated at start. */
  pinKey?: JWK;
  /** Default 300. */
  changeRequestTtlSeconds?: number;
  /** Default 3599. */
  tokenTtlSeconds?: number;
  /** Default 300: a rotated-out PIN key is still accepted this long. */
  keyGraceSeconds?: number;
}

/** A running embedded Solaris. */
export interface SolarisSim {
  /** `http://127.0.0.1:PORT`: the API base and the auth base are the same origin. */
  url: string;
  clientId: string;
  clientSecret: string;
  currentKeyId(): string;
  /** Makes a new current PIN key and resolves with its kid; the old one enters its grace time. */
  rotateKey(): Promise<string>;
  /** Closes the server and every socket, stalled ones included. */
  close(): Promise<void>;
}

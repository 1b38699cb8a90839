import type { Dispatcher } from 'undici';

import type { Logger } from '../logger.js';
import type { SolarisObserver } from './types.js';

/** Where the Solaris client connects, with which credentials, and how patiently. */
export interface SolarisClientConfig {
  /** API base, such as `https://api.solaris-sandbox.de`; a path prefix is kept. */
  apiUrl: string;
  /** Token endpoint base; the token is requested with `POST {authUrl}/oauth2/token`. */
  authUrl: string;
  clientId: string;
  clientSecret: string;
  /**
   * `global`: `GET /v1/cards/pin_keys/latest`; `card`: the older
   * `/v1/cards/{id}/pin_keys/latest`.
   */
  pinKeyScope: 'global' | 'card';
  connectTimeoutMs: number;
  /** Time allowed from sending a request to receiving all response headers. */
  headersTimeoutMs: number;
  /** Time allowed between two chunks of a response body. */
  bodyTimeoutMs: number;
  /** Overall deadline of one client call, including the token, a 401 refresh and a retry. */
  callTimeoutMs: number;
  /** How long an idle pooled socket is kept; must stay below the upstream's own idle timeout. */
  keepAliveTimeoutMs: number;
  /** Sockets per origin. */
  connections: number;
  /** A larger response body is discarded and the call fails with `SOLARIS_UNAVAILABLE`. */
  maxResponseBytes: number;
  /** A token is renewed this many seconds before Solaris says it expires. */
  tokenRefreshMarginSeconds: number;
  /** Consecutive `SOLARIS_UNAVAILABLE` failures that open the circuit breaker. */
  breakerFailureThreshold: number;
  /** How long an open breaker fails calls at once before it lets one probe through. */
  breakerHalfOpenAfterMs: number;
}

/** The tuning part of `SolarisClientConfig`, with the defaults production runs with. */
export const DEFAULT_SOLARIS_TIMEOUTS: Omit<
  SolarisClientConfig,
  'apiUrl' | 'authUrl' | 'clientId' | 'clientSecret' | 'pinKeyScope'
> = {
  connectTimeoutMs: 2000,
  headersTimeoutMs: 5000,
  bodyTimeoutMs: 5000,
  callTimeoutMs: 8000,
  keepAliveTimeoutMs: 1000,
  connections: 64,
  maxResponseBytes: 65536,
  tokenRefreshMarginSeconds: 60,
  breakerFailureThreshold: 5,
  breakerHalfOpenAfterMs: 10000,
};

/** What the Solaris client is handed rather than builds itself. */
export interface SolarisClientDeps {
  logger: Logger;
  observer?: SolarisObserver;
  /** Tests only: a dispatcher (such as undici's `MockAgent`) used instead of the pools. */
  dispatcher?: Dispatcher;
  /** Tests only: the clock token lifetimes are measured with, in epoch milliseconds. */
  now?: () => number;
}

import type { IncomingHttpHeaders } from 'node:http';

import type { FaultBook } from './faults.js';
import type { SimResponse } from './http-io.js';
import type { Journal } from './journal.js';
import type { PinKeyRing } from './pin-key-ring.js';
import type { SimState } from './sim-state.js';
import type { TokenStore } from './token-store.js';

/** Settings fixed at start. */
export interface SimConfig {
  /** Filled in once the server listens. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  changeRequestTtlMs: number;
}

/** Everything a route may read or change. */
export interface SimContext {
  config: SimConfig;
  state: SimState;
  keys: PinKeyRing;
  tokens: TokenStore;
  faults: FaultBook;
  journal: Journal;
}

/** A received request, its body read, its path matched. */
export interface RouteRequest {
  method: string;
  path: string;
  /** The decoded path segments the route's pattern captured. */
  params: string[];
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers one route; faults and the journal are the dispatcher's business, not the route's. */
export type RouteHandler = (
  sim: SimContext,
  request: RouteRequest,
) => SimResponse | Promise<SimResponse>;

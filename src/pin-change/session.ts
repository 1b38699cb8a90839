import type DataLoader from 'dataloader';

import type { Caller } from '../auth/caller.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { CallOptions, Card, PinKey, SolarisApi } from '../solaris/types.js';

/** Per-request loaders: one upstream call per card and per key, however often a document asks. */
export interface PinChangeLoaders {
  card: DataLoader<string, Card>;
  /** Keyed by card id; with the global key path every card shares one fetch. */
  latestKey: DataLoader<string, PinKey>;
}

/** Everything a PIN change step needs for one request of one caller. */
export interface PinChangeSession {
  caller: Caller;
  solaris: SolarisApi;
  limiter: RateLimiter;
  loaders: PinChangeLoaders;
  callOptions: CallOptions;
}

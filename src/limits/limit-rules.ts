import type { LimitKind } from './rate-limiter.js';

/** What a limit allows per window, and what it decides while its store cannot be reached. */
export interface LimitRule {
  points: number;
  windowSeconds: number;
  whenStoreFails: 'allow' | 'refuse';
}

/** The counts every limit kind is configured with. */
export interface LimitCounts {
  queriesPerMinute: number;
  mutationsPerMinute: number;
  confirmationsPerChangeRequest: number;
}

/**
 * The wait a refused call is told while the shared store is down: short, because the outage is
 * usually brief and the caller did nothing wrong, yet long enough that apps do not hammer the
 * gateway while it lasts.
 */
export const STORE_FAILURE_RETRY_AFTER_SECONDS = 5;

/**
 * A change request lives about five minutes at Solaris; counting its confirmations over ten
 * covers its whole life, so a caller cannot wait out the window and guess again.
 */
export const CONFIRMATION_WINDOW_SECONDS = 600;

const MINUTE_SECONDS = 60;

/**
 * The rule for each kind. Reads fail open: refusing them during a store outage would take the
 * whole app down for no safety gain. Mutations and confirmations fail closed: they open change
 * requests, send SMS and check one-time codes, the calls a limit exists to protect.
 */
export function limitRules(counts: LimitCounts): Record<LimitKind, LimitRule> {
  return {
    query: {
      points: counts.queriesPerMinute,
      windowSeconds: MINUTE_SECONDS,
      whenStoreFails: 'allow',
    },
    mutation: {
      points: counts.mutationsPerMinute,
      windowSeconds: MINUTE_SECONDS,
      whenStoreFails: 'refuse',
    },
    confirmation: {
      points: counts.confirmationsPerChangeRequest,
      windowSeconds: CONFIRMATION_WINDOW_SECONDS,
      whenStoreFails: 'refuse',
    },
  };
}

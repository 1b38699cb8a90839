/** What a per-caller limit counts. */
export type LimitKind = 'query' | 'mutation' | 'confirmation';

/** The outcome of counting one call against a limit. */
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Per-caller limits, shared by every replica when backed by Redis. */
export interface RateLimiter {
  /**
   * Counts one call of `kind` for `key` (the caller's person id; for `confirmation`, the person id
   * and the change request id). Never throws.
   */
  consume(kind: LimitKind, key: string): Promise<LimitDecision>;
  close(): Promise<void>;
}

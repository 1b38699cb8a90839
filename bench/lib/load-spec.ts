/** One bounded load run, as the runner hands it to the load worker. */
export interface LoadSpec {
  /** The GraphQL endpoint; 127.0.0.1 only. */
  url: string;
  connections: number;
  /** How long the run lasts, unless `amount` is given. */
  durationSeconds: number;
  /** Stop after this many requests instead of after `durationSeconds`. */
  amount?: number;
  /** The run is stopped after this long whatever else it was told. */
  maxSeconds: number;
  timeoutSeconds: number;
  headers: Record<string, string>;
  /** Sent in turn on every connection; each answer must be HTTP 200 with the expected body. */
  requests: LoadRequest[];
  /** Whether to hand back every latency (microseconds), for merging runs. */
  keepSamples: boolean;
}

/** One request of a run, and the answer it must get. */
export interface LoadRequest {
  name: string;
  body: string;
  expected: string;
  /** `prefix`: the answer starts with `expected` (for answers that carry fresh ids). */
  match: 'exact' | 'prefix';
}

/** What one run measured. */
export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers with another status or body, by request name. */
  wrongAnswers: Record<string, number>;
  /** The first wrong answer, cut short, to show what went wrong. */
  firstWrongAnswer: string | null;
  latencyMs: { p50: number; p99: number; max: number };
  stoppedByTimeLimit: boolean;
  /** Every latency in microseconds, sorted, when asked for. */
  samples?: number[];
}

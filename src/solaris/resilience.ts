import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
} from 'cockatiel';

import type { Logger } from '../logger.js';
import { isConnectionLost } from './answer-mapping.js';
import type { SolarisClientConfig } from './config.js';
import { withinDeadline, type Deadline } from './deadline.js';
import { SolarisError } from './errors.js';
import type { SolarisObserver } from './types.js';

/** How one client call is protected: the shared breaker always, a retry when it is safe. */
export interface RunOptions {
  /** Whether a lost connection may be retried once: only for calls that change nothing. */
  retryable: boolean;
  deadline: Deadline;
  /** The failure of a call the breaker held back until its deadline ended. */
  abandoned: () => Error;
}

/** The circuit breaker of the API origin and the retry policy of its reads. */
export interface Resilience {
  /** Runs `attempt`, or fails at once with `SOLARIS_UNAVAILABLE` while the breaker is open. */
  run<T>(attempt: () => Promise<T>, options: RunOptions): Promise<T>;
}

type BreakerState = 'closed' | 'open' | 'half_open';

/** What the breaker sees of one attempt: an answer from Solaris, even a refusal, is a success. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: SolarisError };

/**
 * Carries a failure past the breaker without counting it: the caller gave up, which says
 * nothing about Solaris's health.
 */
class NotCounted {
  constructor(readonly error: SolarisError) {}
}

/**
 * Retry delays stay in the tens of milliseconds: the retry targets a stale socket, not an outage.
 */
const RETRY_BACKOFF = new ExponentialBackoff({ initialDelay: 20, maxDelay: 80 });

/** Creates the policies; one instance serves every endpoint of the API origin. */
export function createResilience(
  config: SolarisClientConfig,
  logger: Logger,
  observer: SolarisObserver,
): Resilience {
  const breaker = circuitBreaker(handleWhen(isUpstreamFailure), {
    halfOpenAfter: config.breakerHalfOpenAfterMs,
    breaker: new ConsecutiveBreaker(config.breakerFailureThreshold),
  });
  const staleSocketRetry = retry(handleWhen(isConnectionLost), {
    maxAttempts: 1,
    backoff: RETRY_BACKOFF,
  });

  let openedAt = 0;
  breaker.onStateChange((circuitState) => {
    const state = breakerStateName(circuitState);
    if (state === 'open') openedAt = Date.now();

    const log = state === 'open' ? logger.warn.bind(logger) : logger.info.bind(logger);
    log({ breakerState: state }, `Solaris circuit breaker is ${state}`);
    observer.onBreakerStateChange?.(state);
  });

  const openError = (): SolarisError => {
    const remainingMs = openedAt + config.breakerHalfOpenAfterMs - Date.now();
    const retryAfterSeconds = Math.max(1, Math.ceil(remainingMs / 1000));
    return new SolarisError(
      'SOLARIS_UNAVAILABLE',
      `Solaris calls are paused after repeated failures; the next try is in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  };

  return {
    run: async (attempt, { retryable, deadline, abandoned }) => {
      // The policies are not given an abort signal: a call whose deadline ended fails with a
      // deadline error, which neither retries nor counts, and the breaker's hold is bounded below.
      const once = retryable ? () => staleSocketRetry.execute(() => attempt()) : attempt;

      const protectedCall = breaker
        .execute(() => settle(once, deadline))
        .catch((error: unknown) => {
          if (error instanceof BrokenCircuitError) throw openError();

          throw error instanceof NotCounted ? error.error : error;
        });
      // Only a half-open breaker holds calls back (until its probe ends); in every other state a
      // call is under way or refused at once, and its own requests end with its deadline.
      const outcome = await (breaker.state === CircuitState.HalfOpen
        ? withinDeadline(protectedCall, deadline, abandoned)
        : protectedCall);
      if (!outcome.ok) throw outcome.error;

      return outcome.value;
    },
  };
}

/** Sorts a finished attempt into what the breaker counts, what it ignores, and what passes. */
async function settle<T>(attempt: () => Promise<T>, deadline: Deadline): Promise<Outcome<T>> {
  // A call held back by a half-open probe past its deadline fails without reaching Solaris.
  const startedTooLate = deadline.ended;

  try {
    return { ok: true, value: await attempt() };
  } catch (error: unknown) {
    if (!(error instanceof SolarisError)) throw error;

    if (error.code !== 'SOLARIS_UNAVAILABLE') return { ok: false, error };

    if (startedTooLate || deadline.cancelledByCaller()) throw new NotCounted(error);

    throw error;
  }
}

function isUpstreamFailure(error: unknown): boolean {
  return error instanceof SolarisError && error.code === 'SOLARIS_UNAVAILABLE';
}

function breakerStateName(state: CircuitState): BreakerState {
  switch (state) {
    case CircuitState.Closed:
      return 'closed';
    case CircuitState.HalfOpen:
      return 'half_open';
    case CircuitState.Open:
    case CircuitState.Isolated:
      return 'open';
    default: {
      const unexpected: never = state;
      throw new TypeError(`Unknown circuit state ${String(unexpected)}`);
    }
  }
}

/**
 * The time one client call may take, merged with its caller's own limits. The sources stay apart
 * so a failure can say which one ended the call: an elapsed call deadline means Solaris was too
 * slow, the caller's end (its abort signal, or the operation's deadline passing) means nobody
 * waits for the answer any more.
 */
export interface Deadline {
  readonly timeoutMs: number;
  /** Whether the deadline has ended, by time or by the caller. */
  readonly ended: boolean;
  /** Why it ended: a `TimeoutError` for time, the abort reason for the caller. */
  readonly reason: unknown;
  /** The call's own deadline elapsed before the caller gave up. */
  timedOut(): boolean;
  /** The caller gave up (aborted, or its operation deadline passed) before the call's deadline. */
  cancelledByCaller(): boolean;
  /**
   * Runs `listener` once when the deadline ends, or at once when it has already ended. Returns a
   * function that takes the listener back.
   */
  onEnd(listener: () => void): () => void;
  /**
   * Ends the deadline's hold once the call is over: stops its timer and stops listening to the
   * caller's signal. A deadline that is never released still ends on time, only later freed.
   */
  release(): void;
}

/** What a call's caller bounds it by, besides the call's own timeout. */
export interface CallerLimits {
  /** Aborting it ends the call. */
  signal?: AbortSignal | undefined;
  /** When the caller's whole operation must be over, on the `performance.now()` clock. */
  deadlineAt?: number | undefined;
}

/**
 * Starts a deadline of `timeoutMs` that ends earlier when the caller's signal aborts or its
 * operation deadline comes first. It is one timer, and one listener only when the caller passed
 * a signal, both dropped by `release()`. It is plain JavaScript rather than an `AbortController`:
 * the gateway makes one per Solaris call, and the transport aborts its request through the
 * listener, so no abort signal is built, wired and unwired for every call.
 */
export function createDeadline(timeoutMs: number, caller: CallerLimits = {}): Deadline {
  const { signal } = caller;
  const operationLeftMs =
    caller.deadlineAt === undefined ? Infinity : caller.deadlineAt - performance.now();
  const operationComesFirst = operationLeftMs < timeoutMs;

  let endedBy: 'timeout' | 'caller' | null = null;
  let reason: unknown;
  let listeners: (() => void)[] = [];

  const release = (): void => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  };
  const end = (source: 'timeout' | 'caller', why: unknown): void => {
    if (endedBy !== null) return;

    endedBy = source;
    reason = why;
    release();
    const waiting = listeners;
    listeners = [];
    for (const listener of waiting) listener();
  };
  const onCallerAbort = (): void => end('caller', signal?.reason);
  // Like `AbortSignal.timeout`: the reason is a TimeoutError, and the timer keeps no process alive.
  const timer = setTimeout(
    () =>
      operationComesFirst
        ? end('caller', new DOMException(OPERATION_DEADLINE_MESSAGE, 'TimeoutError'))
        : end('timeout', new DOMException(TIMEOUT_MESSAGE, 'TimeoutError')),
    Math.max(0, Math.min(timeoutMs, operationLeftMs)),
  );
  timer.unref();

  if (signal?.aborted === true) {
    end('caller', signal.reason);
  } else {
    signal?.addEventListener('abort', onCallerAbort, { once: true });
  }

  return {
    timeoutMs,
    get ended() {
      return endedBy !== null;
    },
    get reason() {
      return reason;
    },
    timedOut: () => endedBy === 'timeout',
    cancelledByCaller: () => endedBy === 'caller',
    onEnd(listener) {
      if (endedBy !== null) {
        listener();
        return () => undefined;
      }
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((waiting) => waiting !== listener);
      };
    },
    release,
  };
}

const TIMEOUT_MESSAGE = 'The operation was aborted due to timeout';
const OPERATION_DEADLINE_MESSAGE = 'The operation deadline passed';

/**
 * Settles like `work`, unless the deadline ends first: then rejects with `abandoned()` at once,
 * leaving `work` to finish on its own (its own requests end with the same deadline).
 */
export function withinDeadline<T>(
  work: Promise<T>,
  deadline: Deadline,
  abandoned: () => Error,
): Promise<T> {
  if (deadline.ended) {
    work.catch(() => undefined);
    return Promise.reject(abandoned());
  }

  return new Promise<T>((resolve, reject) => {
    const stop = deadline.onEnd(() => reject(abandoned()));

    work.then(resolve, reject).finally(stop);
  });
}

/**
 * The time one client call may take, merged with the caller's own abort signal. The two sources
 * stay apart so a failure can say which one ended the call: an elapsed deadline means Solaris was
 * too slow, an aborted caller means nobody waits for the answer any more.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** The deadline elapsed before the caller gave up. */
  timedOut(): boolean;
  /** The caller aborted before the deadline elapsed. */
  cancelledByCaller(): boolean;
  /**
   * Ends the deadline's hold once the call is over: stops its timer and stops listening to the
   * caller's signal. A deadline that is never released still ends on time, only later freed.
   */
  release(): void;
}

/**
 * Starts a deadline of `timeoutMs` that also ends when `callerSignal` aborts. It is one timer and
 * one listener, both dropped by `release()`, so a finished call leaves nothing behind: timeout
 * signals (`AbortSignal.timeout`, `AbortSignal.any`) would live on for the whole timeout after
 * every call, and under load cost CPU and old-generation memory at every operation.
 */
export function createDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let endedBy: 'timeout' | 'caller' | null = null;

  const release = (): void => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  };
  const end = (source: 'timeout' | 'caller', reason: unknown): void => {
    if (controller.signal.aborted) return;

    endedBy = source;
    release();
    controller.abort(reason);
  };
  const onCallerAbort = (): void => end('caller', callerSignal?.reason);
  // Like `AbortSignal.timeout`: the reason is a TimeoutError, and the timer keeps no process alive.
  const timer = setTimeout(
    () => end('timeout', new DOMException(TIMEOUT_MESSAGE, 'TimeoutError')),
    timeoutMs,
  );
  timer.unref();

  if (callerSignal?.aborted === true) {
    end('caller', callerSignal.reason);
  } else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  }

  return {
    signal: controller.signal,
    timeoutMs,
    timedOut: () => endedBy === 'timeout',
    cancelledByCaller: () => endedBy === 'caller',
    release,
  };
}

const TIMEOUT_MESSAGE = 'The operation was aborted due to timeout';

/**
 * Settles like `work`, unless the deadline ends first: then rejects with `abandoned()` at once,
 * leaving `work` to finish on its own (its own requests carry the same, now aborted, signal).
 */
export function withinDeadline<T>(
  work: Promise<T>,
  deadline: Deadline,
  abandoned: () => Error,
): Promise<T> {
  const { signal } = deadline;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(abandoned());
  }

  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abandoned());
    signal.addEventListener('abort', onAbort, { once: true });

    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

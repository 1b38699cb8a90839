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
}

/** Starts a deadline of `timeoutMs` that also ends when `callerSignal` aborts. */
export function createDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal === undefined ? timer : AbortSignal.any([timer, callerSignal]);

  // The merged signal takes the reason of whichever source aborted first.
  const endedBy = (source: AbortSignal | undefined): boolean =>
    signal.aborted && source?.aborted === true && signal.reason === source.reason;

  return {
    signal,
    timeoutMs,
    timedOut: () => endedBy(timer),
    cancelledByCaller: () => !endedBy(timer) && endedBy(callerSignal),
  };
}

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

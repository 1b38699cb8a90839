import type { SolarisObserver } from '../solaris/types.js';

/** Counts upstream calls per request id, for the per-operation log line. */
export class UpstreamCallCounter {
  readonly #counts = new Map<string, number>();

  /** An observer that feeds this counter, chained before `next`. */
  observer(next: SolarisObserver = {}): SolarisObserver {
    return {
      ...next,
      onCall: (call) => {
        if (call.requestId !== undefined) {
          this.#counts.set(call.requestId, (this.#counts.get(call.requestId) ?? 0) + 1);
        }
        next.onCall?.(call);
      },
    };
  }

  /** The count for a finished request, forgetting it. */
  take(requestId: string): number {
    const count = this.#counts.get(requestId) ?? 0;
    this.#counts.delete(requestId);
    return count;
  }
}

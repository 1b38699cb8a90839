import type { Logger } from '../logger.js';
import type { SolarisEndpoint, SolarisObserver } from './types.js';

/** One finished HTTP exchange with Solaris, as logs and metrics see it. */
export interface CallRecord {
  endpoint: SolarisEndpoint;
  status: number | 'error';
  durationMs: number;
  requestId?: string;
  solarisErrorId?: string | null;
}

/** Writes the debug line for one exchange and tells the observer. Carries no body or header. */
export function recordCall(logger: Logger, observer: SolarisObserver, record: CallRecord): void {
  const durationMs = Math.round(record.durationMs);
  logger.debug(
    {
      endpoint: record.endpoint,
      status: record.status,
      durationMs,
      requestId: record.requestId,
      solarisErrorId: record.solarisErrorId ?? undefined,
    },
    'solaris call',
  );

  observer.onCall?.({
    endpoint: record.endpoint,
    status: record.status,
    durationMs,
    requestId: record.requestId,
  });
}

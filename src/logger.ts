import type { BaseLogger, Bindings, ChildLoggerOptions } from 'pino';

/**
 * The logger every layer takes by injection: pino's logging methods, so the HTTP layer can hand
 * down its request-scoped child logger and tests can hand in one that captures lines.
 */
export interface Logger extends Omit<BaseLogger, 'msgPrefix'> {
  child(bindings: Bindings, options?: ChildLoggerOptions): Logger;
}

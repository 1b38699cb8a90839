import type { Logger as PinoLogger } from 'pino';

/**
 * The logger every layer takes by injection: pino's interface, so the HTTP layer can hand down its
 * request-scoped child logger and tests can hand in one that captures lines.
 */
export type Logger = PinoLogger;

import { pino, type DestinationStream, type LoggerOptions } from 'pino';

import type { Logger } from '../logger.js';

/**
 * Paths redacted from every log line, whatever code logs them: a second line of defence behind
 * the rule that no secret is ever handed to the logger in the first place.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  '*.authorization',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'access_token',
  '*.access_token',
  'clientSecret',
  '*.clientSecret',
  'client_secret',
  '*.client_secret',
  'encryptedPin',
  '*.encryptedPin',
  'encrypted_pin',
  '*.encrypted_pin',
  'pin',
  '*.pin',
  'tan',
  '*.tan',
  'signature',
  '*.signature',
  'variables',
  '*.variables',
];

export interface LoggerSettings {
  level: string;
  /** Pretty, human-readable lines: only on a terminal, in development. */
  pretty: boolean;
}

/** The gateway's root logger: one JSON object per line unless `pretty`. */
export function createLogger(settings: LoggerSettings, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { service: 'card-pin-gateway' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (destination !== undefined) {
    return pino(options, destination);
  }
  if (settings.pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(options);
}

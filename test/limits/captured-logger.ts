import { Writable } from 'node:stream';

import { pino } from 'pino';

import type { Logger } from '../../src/logger.js';

/** One parsed pino line. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's numeric levels, for filtering captured lines. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

/** A real pino logger whose lines land in memory instead of on stdout. */
export function capturedLogger(): { logger: Logger; lines: LogLine[]; raw: () => string } {
  const lines: LogLine[] = [];
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });

  return { logger: pino({ level: 'debug' }, stream), lines, raw: () => text };
}

/** The captured lines at one level, reduced to the fields the limiter's log lines carry. */
export function linesAt(lines: LogLine[], level: number): Array<Record<string, unknown>> {
  return lines
    .filter((line) => line.level === level)
    .map(({ msg, redis, reason }) => ({ msg, redis, reason }));
}

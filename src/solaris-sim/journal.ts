import type { IncomingHttpHeaders } from 'node:http';

import type { FaultKind } from './faults.js';

/** One request the simulator received, as it arrived. */
export interface JournalEntry {
  seq: number;
  method: string;
  path: string;
  /** The query string without its `?`; empty when there is none. */
  query: string;
  headers: IncomingHttpHeaders;
  /** The raw body. */
  body: string;
  at: string;
  /** The fault that hit this request, or null. */
  fault: FaultKind | null;
}

/** Every API request received, in order, so tests can assert exactly what the gateway sent. */
export class Journal {
  #entries: JournalEntry[] = [];
  #lastSeq = 0;

  record(entry: Omit<JournalEntry, 'seq' | 'at' | 'fault'>): JournalEntry {
    this.#lastSeq += 1;
    const recorded: JournalEntry = {
      seq: this.#lastSeq,
      ...entry,
      at: new Date().toISOString(),
      fault: null,
    };
    this.#entries.push(recorded);
    return recorded;
  }

  list(): JournalEntry[] {
    return this.#entries;
  }

  /** Forgets the entries; sequence numbers keep counting. */
  clear(): void {
    this.#entries = [];
  }
}

import { randomUUID } from 'node:crypto';

/**
 * The kinds of trouble the simulator can be told to cause: `latency` answers after `ms`; `status`
 * answers `status` with `body`; `reset-before` resets the connection instead of handling the
 * request; `reset-after` handles it, then resets instead of answering; `stall` never answers;
 * `close-idle` closes the kept-alive socket after `ms` idle without a `Keep-Alive` hint;
 * `reject-token` refuses, for good, each token issued before it was armed when one arrives.
 */
export const FAULT_KINDS = [
  'latency',
  'status',
  'reset-before',
  'reset-after',
  'stall',
  'close-idle',
  'reject-token',
] as const;

/** One of `FAULT_KINDS`. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault as `POST /__sim/faults` takes it. */
export interface FaultSpec {
  fault: FaultKind;
  /** Applies to paths containing this; every path when absent. */
  route?: string;
  /** Applies to this method only (any case); every method when absent. */
  method?: string;
  /** Applies this many times, then disarms; until cleared when absent. */
  times?: number;
  ms?: number;
  status?: number;
  body?: string;
  contentType?: string;
}

/** An armed fault. */
export interface ArmedFault extends FaultSpec {
  id: string;
  /** The serial of the newest token issued when it was armed (what `reject-token` refuses). */
  tokenSerial: number;
}

/** A parsed fault, or why it cannot be armed. */
export type FaultParse = { ok: true; spec: FaultSpec } | { ok: false; message: string };

const COMMON_MEMBERS = ['fault', 'route', 'method', 'times'];

const KIND_MEMBERS: Record<FaultKind, string[]> = {
  latency: ['ms'],
  status: ['status', 'body', 'contentType'],
  'reset-before': [],
  'reset-after': [],
  stall: [],
  'close-idle': ['ms'],
  'reject-token': [],
};

const REQUIRED_MEMBERS: Record<FaultKind, string[]> = {
  latency: ['ms'],
  status: ['status'],
  'reset-before': [],
  'reset-after': [],
  stall: [],
  'close-idle': ['ms'],
  'reject-token': [],
};

/** Reads one fault object; every message names the member and what it must be. */
export function parseFault(value: unknown): FaultParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('the body must be one JSON object such as {"fault":"latency","ms":500}');
  }

  const input = value as Record<string, unknown>;
  if (!isFaultKind(input.fault)) return refuse(`"fault" must be one of ${FAULT_KINDS.join(', ')}`);

  const kind = input.fault;
  const memberProblem = membersProblem(kind, input);
  if (memberProblem !== null) return refuse(memberProblem);

  const valueProblem = valuesProblem(input);
  if (valueProblem !== null) return refuse(valueProblem);

  return { ok: true, spec: toSpec(kind, input) };
}

function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

function membersProblem(kind: FaultKind, input: Record<string, unknown>): string | null {
  const allowed = [...COMMON_MEMBERS, ...KIND_MEMBERS[kind]];
  const unknown = Object.keys(input).find((member) => !allowed.includes(member));
  if (unknown !== undefined) {
    return `"${unknown}" does not apply to the ${kind} fault, which takes ${allowed.join(', ')}`;
  }

  const missing = REQUIRED_MEMBERS[kind].find((member) => input[member] === undefined);
  if (missing !== undefined) return `the ${kind} fault needs "${missing}"`;
  return null;
}

function valuesProblem(input: Record<string, unknown>): string | null {
  const strings = ['route', 'method', 'body', 'contentType'];
  const notString = strings.find((member) => member in input && typeof input[member] !== 'string');
  if (notString !== undefined) return `"${notString}" must be a string`;

  if ('times' in input && !isIntegerIn(input.times, 1, Number.MAX_SAFE_INTEGER)) {
    return '"times" must be a positive integer';
  }
  if ('ms' in input && !isIntegerIn(input.ms, 0, 3_600_000)) {
    return '"ms" must be an integer from 0 to 3600000';
  }
  if ('status' in input && !isIntegerIn(input.status, 200, 599)) {
    return '"status" must be an integer from 200 to 599';
  }
  return null;
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function toSpec(kind: FaultKind, input: Record<string, unknown>): FaultSpec {
  const spec: FaultSpec = { fault: kind };
  if (typeof input.route === 'string') spec.route = input.route;
  if (typeof input.method === 'string') spec.method = input.method.toUpperCase();
  if (typeof input.times === 'number') spec.times = input.times;
  if (typeof input.ms === 'number') spec.ms = input.ms;
  if (typeof input.status === 'number') spec.status = input.status;
  if (typeof input.body === 'string') spec.body = input.body;
  if (typeof input.contentType === 'string') spec.contentType = input.contentType;
  return spec;
}

function refuse(message: string): FaultParse {
  return { ok: false, message };
}

/** The armed faults, in the order they were armed. */
export class FaultBook {
  #armed: ArmedFault[] = [];

  arm(spec: FaultSpec, tokenSerial: number): ArmedFault {
    const fault: ArmedFault = { id: randomUUID(), ...spec, tokenSerial };
    this.#armed.push(fault);
    return fault;
  }

  /** The armed faults as they were given, with their id and the `times` left. */
  list(): (FaultSpec & { id: string })[] {
    return this.#armed.map(({ tokenSerial: _tokenSerial, ...fault }) => fault);
  }

  clear(): void {
    this.#armed = [];
  }

  /**
   * The first armed fault for this request that `applies` accepts, counted as used once; a fault
   * whose `times` run out is disarmed.
   */
  take(method: string, path: string, applies: (fault: ArmedFault) => boolean): ArmedFault | null {
    const fault = this.#armed.find(
      (candidate) => matches(candidate, method, path) && applies(candidate),
    );
    if (fault === undefined) return null;

    if (fault.times !== undefined) fault.times -= 1;
    if (fault.times === 0) this.#armed = this.#armed.filter((candidate) => candidate !== fault);
    return fault;
  }
}

function matches(fault: ArmedFault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method !== method.toUpperCase()) return false;
  return fault.route === undefined || path.includes(fault.route);
}

import type { SolarisFieldError } from './errors.js';

/** What an error answer says about itself, whichever of the known shapes it came in. */
export interface ErrorBodyFacts {
  solarisCode: string | null;
  solarisErrorId: string | null;
  detail: string | null;
  fieldErrors: SolarisFieldError[];
}

const NO_FACTS: ErrorBodyFacts = {
  solarisCode: null,
  solarisErrorId: null,
  detail: null,
  fieldErrors: [],
};

type JsonObject = Record<string, unknown>;

/**
 * Reads a Solaris error body: `{"errors": [{id, status, code, title, detail, source}]}`, the flat
 * `{id, status, code, title, detail}`, or the OAuth `{error, error_description}`. Anything else
 * (HTML from a proxy, an empty or truncated body) yields no facts rather than a failure: the
 * HTTP status alone still decides what the answer means.
 */
export function readErrorBody(body: Buffer): ErrorBodyFacts {
  const json = parseJson(body);
  if (!isObject(json)) return NO_FACTS;

  if (Array.isArray(json.errors)) return factsFromEntries(json.errors.filter(isObject));

  if (typeof json.error === 'string') return factsFromOAuth(json);

  return factsFromEntries([json]);
}

/** Parses a body as JSON; `undefined` when it is not JSON at all. */
export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;

  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function factsFromEntries(entries: JsonObject[]): ErrorBodyFacts {
  const first = entries[0];
  if (first === undefined) return NO_FACTS;

  return {
    solarisCode: plainToken(stringMember(first, 'code')),
    solarisErrorId: plainToken(stringMember(first, 'id')),
    detail: stringMember(first, 'detail'),
    fieldErrors: entries.map(fieldErrorOf),
  };
}

function factsFromOAuth(json: JsonObject): ErrorBodyFacts {
  return {
    ...NO_FACTS,
    solarisCode: plainToken(stringMember(json, 'error')),
    detail: stringMember(json, 'error_description'),
  };
}

/** One entry as a field error: the `source` when given, else the entry's own description. */
function fieldErrorOf(entry: JsonObject): SolarisFieldError {
  const source = isObject(entry.source) ? entry.source : {};
  const message =
    stringMember(source, 'message') ??
    stringMember(entry, 'detail') ??
    stringMember(entry, 'title') ??
    stringMember(entry, 'code') ??
    'invalid';

  return { field: stringMember(source, 'field'), message };
}

/**
 * Solaris's error code and id go into log lines and metrics-adjacent fields; a proxy or a
 * misbehaving upstream could put anything there, even an echo of the request. Only short plain
 * tokens (`invalid_tan`, a UUID) are kept.
 */
const PLAIN_TOKEN = /^[A-Za-z0-9_.:-]{1,64}$/;

function plainToken(value: string | null): string | null {
  return value !== null && PLAIN_TOKEN.test(value) ? value : null;
}

function stringMember(object: JsonObject, key: string): string | null {
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

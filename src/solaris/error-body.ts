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
    solarisCode: stringMember(first, 'code'),
    solarisErrorId: stringMember(first, 'id'),
    detail: stringMember(first, 'detail'),
    fieldErrors: entries.map(fieldErrorOf),
  };
}

function factsFromOAuth(json: JsonObject): ErrorBodyFacts {
  return {
    ...NO_FACTS,
    solarisCode: stringMember(json, 'error'),
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

function stringMember(object: JsonObject, key: string): string | null {
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

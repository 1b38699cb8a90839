import { expect } from '@jest/globals';
import { request } from 'undici';

import type { TestGateway } from './gateway.js';
import { journal, type JournalEntry } from './graphql-client.js';

/** One HTTP answer of the gateway, with its raw text kept for the stack trace check. */
export interface ProbeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or null when it is not JSON. */
  json: { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] } | null;
}

export interface ProbeRequest {
  method?: 'GET' | 'POST' | 'OPTIONS' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
}

export interface GraphQLOptions {
  token?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Traces of a stack in a response body: frames, source paths, or a `stack` member. */
const STACK_TRACE = /\n\s+at |\bat [\w$.<>]+ \(|node_modules|\/src\/|\.[jt]s:\d+|"stack(trace)?"/i;

/** A secret this short (PINs, one-time codes) is looked for as a quoted value only. */
const SHORT_SECRET = /^\d{1,8}$/;

/**
 * Watches one gateway for leaks: remembers every secret a test used (the sim's client secret and
 * every OAuth token the sim saw are added on their own) and every response body it got, and
 * `expectNoLeaks()` asserts that no secret is in the captured logs and no body holds a stack trace.
 */
export class SecurityProbe {
  readonly #gateway: TestGateway;
  readonly #secrets = new Set<string>();
  readonly #bodies: string[] = [];
  #journalSeen = 0;

  constructor(gateway: TestGateway) {
    this.#gateway = gateway;
    this.secret(gateway.sim.clientSecret);
  }

  /** Registers values that must never appear in a log line. */
  secret(...values: string[]): void {
    for (const value of values) {
      if (value !== '') {
        this.#secrets.add(value);
      }
    }
  }

  /** Registers a compact JWE: the whole value and each of its secret segments. */
  secretJwe(jwe: string): void {
    const [, ...secretSegments] = jwe.split('.');
    this.secret(jwe, ...secretSegments.filter((segment) => segment.length >= 16));
  }

  /** A bearer token for `personId`, registered as a secret. */
  async token(personId: string): Promise<string> {
    const token = await this.#gateway.token(personId);
    this.secret(token);
    return token;
  }

  /** Any request to the gateway, relative to its base URL. */
  async send(path: string, options: ProbeRequest = {}): Promise<ProbeResponse> {
    const response = await request(`${this.#gateway.url}${path}`, {
      method: options.method ?? 'GET',
      headers: options.headers ?? {},
      body: options.body,
    });
    const text = await response.body.text();
    this.#bodies.push(text);
    return { status: response.statusCode, headers: response.headers, text, json: parseJson(text) };
  }

  /** POSTs a GraphQL operation as an app does. */
  async graphql(query: string, options: GraphQLOptions = {}): Promise<ProbeResponse> {
    return this.post(JSON.stringify({ query, variables: options.variables ?? {} }), options);
  }

  /** POSTs a raw body to /graphql as `application/json` unless the headers say otherwise. */
  async post(
    body: string,
    options: Omit<GraphQLOptions, 'variables'> = {},
  ): Promise<ProbeResponse> {
    return this.send('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
      body,
    });
  }

  /** Everything Solaris received so far; the OAuth credentials on it become secrets. */
  async upstream(): Promise<JournalEntry[]> {
    const entries = await journal(this.#gateway.sim.url);
    for (const entry of entries) {
      this.#harvestCredentials(entry);
    }
    return entries;
  }

  /** Marks the journal as read: `upstreamSinceMark()` returns only what arrives after. */
  async mark(): Promise<void> {
    const entries = await this.upstream();
    this.#journalSeen = entries.at(-1)?.seq ?? this.#journalSeen;
  }

  /** What Solaris received since the last `mark()`. */
  async upstreamSinceMark(): Promise<JournalEntry[]> {
    const entries = await this.upstream();
    return entries.filter((entry) => entry.seq > this.#journalSeen);
  }

  /** Asserts that no secret reached the logs and that no response carried a stack trace. */
  async expectNoLeaks(): Promise<void> {
    await this.upstream();
    const logs = this.#gateway.logs.text();

    const leaked = [...this.#secrets].filter((secret) => appearsIn(logs, secret));
    expect(leaked).toEqual([]);

    const withStackTraces = this.#bodies.filter((body) => STACK_TRACE.test(body));
    expect(withStackTraces).toEqual([]);
  }

  #harvestCredentials(entry: JournalEntry): void {
    const authorization = entry.headers['authorization'];
    if (authorization === undefined) {
      return;
    }
    const [, credentials = ''] = /^(?:Bearer|Basic) (.+)$/i.exec(authorization) ?? [];
    this.secret(credentials);
  }
}

/**
 * Whether a secret is in log text. A PIN or a one-time code is a string wherever the gateway
 * handles it, so a short numeric secret counts only as a quoted value (bare, it would match
 * timestamps and request ids by chance).
 */
export function appearsIn(text: string, secret: string): boolean {
  if (!SHORT_SECRET.test(secret)) {
    return text.includes(secret);
  }
  return text.includes(`"${secret}"`) || text.includes(`\\"${secret}\\"`);
}

/** Whether a response body shows a stack trace. */
export function hasStackTrace(body: string): boolean {
  return STACK_TRACE.test(body);
}

function parseJson(text: string): ProbeResponse['json'] {
  try {
    return JSON.parse(text) as ProbeResponse['json'];
  } catch {
    return null;
  }
}

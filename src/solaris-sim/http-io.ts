import type { IncomingMessage } from 'node:http';

/** What a route answers, before the dispatcher decides whether a fault replaces it. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A request body larger than the simulator accepts. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** Solaris bodies are small; anything near this is a client bug, not a PIN change. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Tells a route's finished answer apart from an intermediate result. */
export function isSimResponse(value: object): value is SimResponse {
  return 'status' in value && 'headers' in value && 'body' in value;
}

/** A JSON answer. */
export function jsonResponse(status: number, value: unknown): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}

/** Reads the whole request body as UTF-8 text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }

  return Buffer.concat(chunks).toString('utf8');
}

/** The body parsed as a JSON object, or null when it is not one. */
export function parseJsonObject(body: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error: unknown) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

/** A timestamp as Solaris writes it: UTC with `+00:00`, whole seconds. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

/** A timestamp as Solaris writes it on change requests: UTC with `+00:00` and milliseconds. */
export function isoMillis(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

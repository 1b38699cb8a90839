import { request } from 'undici';

export interface GraphQLHttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
}

export interface PostOptions {
  token?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  operationName?: string;
}

/** POSTs one GraphQL operation as an app would, over a real socket. */
export async function postGraphQL(
  url: string,
  query: string,
  options: PostOptions = {},
): Promise<GraphQLHttpResponse> {
  return postRaw(
    url,
    JSON.stringify({
      query,
      variables: options.variables ?? {},
      ...(options.operationName === undefined ? {} : { operationName: options.operationName }),
    }),
    options,
  );
}

/** POSTs any body, for malformed and oversized requests. */
export async function postRaw(
  url: string,
  body: string,
  options: Omit<PostOptions, 'variables'> = {},
): Promise<GraphQLHttpResponse> {
  const response = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    body: text === '' ? {} : (JSON.parse(text) as GraphQLHttpResponse['body']),
  };
}

/** The embedded Solaris's journal entry shape. */
export interface JournalEntry {
  seq: number;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  fault: string | null;
}

/** Reads what the embedded Solaris received. */
export async function journal(simUrl: string): Promise<JournalEntry[]> {
  const response = await request(`${simUrl}/__sim/requests`);
  return (await response.body.json()) as JournalEntry[];
}

/** Empties the embedded Solaris's journal. */
export async function clearJournal(simUrl: string): Promise<void> {
  const response = await request(`${simUrl}/__sim/requests`, { method: 'DELETE' });
  await response.body.dump();
}

/** The journal's entries as "METHOD path", the shape most assertions need. */
export function calls(entries: JournalEntry[]): string[] {
  return entries.map((entry) => `${entry.method} ${entry.path}`);
}

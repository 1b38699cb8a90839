import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { clearJournal, journal, type JournalEntry } from '../helpers/graphql-client.js';
import {
  KEY_PATH,
  TOKEN_PATH,
  armFault,
  changePin,
  openedChangeRequest,
  queryKey,
  startResilienceGateway,
  timed,
  waitUntil,
} from '../helpers/resilience-harness.js';

const OPERATIONS = 50;
const POST_PATH = `/v1/cards/${ANNA_CARD}/sca_pin_update_requests`;
/** How long Solaris holds each PIN change request before it looks at its token. */
const HOLD_MS = 1500;

let gateway: TestGateway;

afterEach(async () => {
  await gateway.close();
});

function isPinPost(entry: JournalEntry): boolean {
  return entry.method === 'POST' && entry.path === POST_PATH;
}

function bearerOf(entry: JournalEntry): string {
  return entry.headers.authorization ?? '';
}

/** The tokens each distinct request body was sent with, in order: one body per operation. */
function tokensPerBody(posts: JournalEntry[]): Map<string, string[]> {
  const sends = new Map<string, string[]>();
  for (const post of posts) sends.set(post.body, [...(sends.get(post.body) ?? []), bearerOf(post)]);

  return sends;
}

/** Makes Solaris refuse `authorization` from now on, as it does with a token that lapsed. */
async function rejectToken(simUrl: string, authorization: string): Promise<void> {
  await armFault(simUrl, { fault: 'reject-token', route: KEY_PATH, times: 1 });
  const response = await request(`${simUrl}${KEY_PATH}`, { headers: { authorization } });
  await response.body.dump();

  expect(response.statusCode).toBe(401);
}

describe('the Solaris token rejected mid-flight', () => {
  it('fetches one new token and sends each of 50 PIN change requests once more, never twice', async () => {
    gateway = await startResilienceGateway({
      env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000', RATE_LIMIT_QUERIES_PER_MINUTE: '1000' },
    });
    await queryKey(gateway, ANNA, ANNA_CARD);
    await clearJournal(gateway.sim.url);
    // Every request reaches Solaris with the old token and is held there; the token is then
    // rejected, so each of them is answered 401 once the hold ends.
    await armFault(gateway.sim.url, {
      fault: 'latency',
      route: POST_PATH,
      ms: HOLD_MS,
      times: OPERATIONS,
    });

    const running = timed(() =>
      Promise.all(Array.from({ length: OPERATIONS }, () => changePin(gateway, ANNA, ANNA_CARD))),
    );
    await waitUntil(
      async () => (await journal(gateway.sim.url)).filter(isPinPost).length === OPERATIONS,
      HOLD_MS,
      'every PIN change request to reach Solaris',
    );
    const oldToken = bearerOf((await journal(gateway.sim.url)).find(isPinPost) as JournalEntry);
    await rejectToken(gateway.sim.url, oldToken);
    const { value: results, ms } = await running;

    expect(results).toEqual(
      results.map((result) => openedChangeRequest(gateway.sim.url, result.id)),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(OPERATIONS);
    expect(ms).toBeLessThan(HOLD_MS + 3000);

    const entries = await journal(gateway.sim.url);
    const posts = entries.filter(isPinPost);
    const tokenRequests = entries.filter((entry) => entry.path === TOKEN_PATH);
    const newToken = bearerOf(posts[posts.length - 1] as JournalEntry);
    expect(tokenRequests).toHaveLength(1);
    expect(newToken).not.toBe(oldToken);
    expect(entries.filter((entry) => entry.method === 'GET').map(bearerOf)).toEqual(
      Array.from({ length: 2 * OPERATIONS + 1 }, () => oldToken),
    );

    const sends = tokensPerBody(posts);
    expect(sends.size).toBe(OPERATIONS);
    expect([...sends.values()]).toEqual(
      Array.from({ length: OPERATIONS }, () => [oldToken, newToken]),
    );
    expect(pinPostStatuses(gateway)).toEqual({ 202: OPERATIONS, 401: OPERATIONS });
  });

  it('recovers 50 operations whose token Solaris starts refusing at their first request', async () => {
    gateway = await startResilienceGateway({
      env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000', RATE_LIMIT_QUERIES_PER_MINUTE: '1000' },
    });
    await queryKey(gateway, ANNA, ANNA_CARD);
    await clearJournal(gateway.sim.url);
    await armFault(gateway.sim.url, { fault: 'reject-token' });

    const { value: results, ms } = await timed(() =>
      Promise.all(Array.from({ length: OPERATIONS }, () => changePin(gateway, ANNA, ANNA_CARD))),
    );

    expect(results).toEqual(
      results.map((result) => openedChangeRequest(gateway.sim.url, result.id)),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(OPERATIONS);
    expect(ms).toBeLessThan(3000);

    const entries = await journal(gateway.sim.url);
    const tokenRequests = entries.filter((entry) => entry.path === TOKEN_PATH);
    const oldToken = bearerOf(entries[0] as JournalEntry);
    expect(tokenRequests).toHaveLength(1);
    // A request that set off before the refusal was seen goes again once with the new token;
    // one that set off after it carries the new token already.
    const sends = tokensPerBody(entries.filter(isPinPost));
    const newToken = bearerOf(entries[entries.length - 1] as JournalEntry);
    expect(sends.size).toBe(OPERATIONS);
    for (const tokens of sends.values()) {
      expect([[newToken], [oldToken, newToken]]).toContainEqual(tokens);
    }
  });
});

/** How often the gateway saw each status on the PIN change endpoint, from its own call log. */
function pinPostStatuses(gateway: TestGateway): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of gateway.logs.lines()) {
    if (line.msg !== 'solaris call' || line.endpoint !== 'pin_update_request') continue;

    const status = String(line.status);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

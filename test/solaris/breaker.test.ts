import { afterEach, describe, expect, it } from '@jest/globals';

import {
  failureOf,
  fixture,
  mockSolaris,
  replyApi,
  replyToken,
  seenRequest,
  unavailable,
  type MockedSolaris,
} from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const CARD_PATH = `/v1/cards/${CARD_ID}`;
const KEY_PATH = '/v1/cards/pin_keys/latest';

let solaris: MockedSolaris;

afterEach(async () => {
  await solaris.close();
});

function apiRequests(mocked: MockedSolaris): string[] {
  return mocked.seen.filter((seen) => seen.path !== '/oauth2/token').map((seen) => seen.path);
}

function answerCard(mocked: MockedSolaris, ...statuses: number[]): void {
  for (const status of statuses) {
    replyApi(mocked, 'GET', CARD_PATH, status, status === 200 ? fixture('card-200') : '');
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the circuit breaker', () => {
  it('opens after the threshold of consecutive failures and then fails at once', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 3, breakerHalfOpenAfterMs: 10_000 });
    replyToken(solaris);
    answerCard(solaris, 503, 503, 503);

    for (let call = 0; call < 3; call += 1) {
      expect((await failureOf(solaris.client.getCard(CARD_ID))).message).toBe(
        'Solaris answered card with HTTP 503',
      );
    }
    const fastFailure = await failureOf(solaris.client.getCard(CARD_ID));

    expect(fastFailure).toEqual({
      ...unavailable('Solaris calls are paused after repeated failures; the next try is in 10 s'),
      retryAfterSeconds: 10,
    });
    expect(apiRequests(solaris)).toEqual([CARD_PATH, CARD_PATH, CARD_PATH]);
    expect(solaris.observed.breakerStates).toEqual(['open']);
  });

  it('is shared by every endpoint of the API', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2 });
    replyToken(solaris);
    answerCard(solaris, 503);
    replyApi(solaris, 'GET', KEY_PATH, 502, '<html>Bad Gateway</html>', {
      'content-type': 'text/html',
    });

    await failureOf(solaris.client.getCard(CARD_ID));
    await failureOf(solaris.client.getLatestPinKey(CARD_ID));
    const confirm = await failureOf(
      solaris.client.confirmChangeRequest('cr-1', { personId: 'p1', tan: '212212' }),
    );

    expect(confirm.retryAfterSeconds).toBe(10);
    expect(apiRequests(solaris)).toEqual([CARD_PATH, KEY_PATH]);
  });

  it('lets a probe through after breakerHalfOpenAfterMs and closes when it succeeds', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2, breakerHalfOpenAfterMs: 200 });
    replyToken(solaris);
    answerCard(solaris, 503, 503, 200, 200);

    await failureOf(solaris.client.getCard(CARD_ID));
    await failureOf(solaris.client.getCard(CARD_ID));
    expect((await failureOf(solaris.client.getCard(CARD_ID))).retryAfterSeconds).toBe(1);
    await sleep(250);

    expect((await solaris.client.getCard(CARD_ID)).id).toBe(CARD_ID);
    expect((await solaris.client.getCard(CARD_ID)).id).toBe(CARD_ID);
    expect(solaris.observed.breakerStates).toEqual(['open', 'half_open', 'closed']);
    expect(apiRequests(solaris)).toHaveLength(4);
  });

  it('opens again when the probe fails', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2, breakerHalfOpenAfterMs: 200 });
    replyToken(solaris);
    answerCard(solaris, 503, 503, 503);

    await failureOf(solaris.client.getCard(CARD_ID));
    await failureOf(solaris.client.getCard(CARD_ID));
    await sleep(250);
    await failureOf(solaris.client.getCard(CARD_ID));
    const fastFailure = await failureOf(solaris.client.getCard(CARD_ID));

    expect(fastFailure.message).toBe(
      'Solaris calls are paused after repeated failures; the next try is in 1 s',
    );
    expect(solaris.observed.breakerStates).toEqual(['open', 'half_open', 'open']);
    expect(apiRequests(solaris)).toHaveLength(3);
  });

  it('does not count answers such as 404 or 429, and they break a run of failures', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2 });
    replyToken(solaris);
    answerCard(solaris, 404, 404, 404, 503, 429, 503, 200);

    const codes: string[] = [];
    for (let call = 0; call < 6; call += 1) {
      codes.push((await failureOf(solaris.client.getCard(CARD_ID))).code);
    }

    expect(codes).toEqual([
      'SOLARIS_NOT_FOUND',
      'SOLARIS_NOT_FOUND',
      'SOLARIS_NOT_FOUND',
      'SOLARIS_UNAVAILABLE',
      'SOLARIS_RATE_LIMITED',
      'SOLARIS_UNAVAILABLE',
    ]);
    expect((await solaris.client.getCard(CARD_ID)).id).toBe(CARD_ID);
    expect(solaris.observed.breakerStates).toEqual([]);
  });

  it('does not count calls the caller gave up on', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2 });
    replyToken(solaris);
    for (let call = 0; call < 2; call += 1) {
      solaris.api
        .intercept({ path: CARD_PATH, method: 'GET' })
        .reply(200, fixture('card-200'))
        .delay(200);
    }
    answerCard(solaris, 200);

    for (let call = 0; call < 2; call += 1) {
      const failure = await failureOf(
        solaris.client.getCard(CARD_ID, { signal: AbortSignal.timeout(20) }),
      );
      expect(failure).toEqual(unavailable('The card call was cancelled before Solaris answered'));
    }

    await sleep(250);
    expect((await solaris.client.getCard(CARD_ID)).id).toBe(CARD_ID);
    expect(solaris.observed.breakerStates).toEqual([]);
  });

  it('keeps a call held back by the half-open probe within its own deadline', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 1, breakerHalfOpenAfterMs: 100 });
    replyToken(solaris);
    answerCard(solaris, 503);
    solaris.api
      .intercept({ path: CARD_PATH, method: 'GET' })
      .reply((opts) => {
        solaris.seen.push(seenRequest(opts));
        return { statusCode: 200, data: fixture('card-200') };
      })
      .delay(400);
    await failureOf(solaris.client.getCard(CARD_ID));
    await sleep(150);
    const settled: string[] = [];

    const probe = solaris.client.getCard(CARD_ID).then(() => settled.push('probe'));
    const heldBack = failureOf(
      solaris.client.getCard(CARD_ID, { signal: AbortSignal.timeout(50) }),
    ).then((failure) => {
      settled.push('held back');
      return failure;
    });

    expect(await heldBack).toEqual(
      unavailable('The card call was cancelled before Solaris answered'),
    );
    await probe;
    expect(settled).toEqual(['held back', 'probe']);
    expect(solaris.observed.breakerStates).toEqual(['open', 'half_open', 'closed']);
    expect(apiRequests(solaris)).toEqual([CARD_PATH, CARD_PATH]);
  });
});

import { afterEach, describe, expect, it } from '@jest/globals';

import { parseRetryAfter } from '../../src/solaris/answer-mapping.js';
import {
  failureOf,
  fixture,
  mockSolaris,
  replyApi,
  replyToken,
  unavailable,
  type ErrorFields,
  type MockedSolaris,
} from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const CARD_PATH = `/v1/cards/${CARD_ID}`;
const CONFIRM_PATH = '/v1/change_requests/b520ce9090c44a989149fe7f2f94a785/confirm';
const HTML = { 'content-type': 'text/html' };

let solaris: MockedSolaris | undefined;

afterEach(async () => {
  await solaris?.close();
  solaris = undefined;
});

/** Runs one call against a fresh mocked Solaris set up by `answer`, and returns its failure. */
async function failureWith(
  answer: (mocked: MockedSolaris) => void,
  call: (mocked: MockedSolaris) => Promise<unknown>,
): Promise<ErrorFields> {
  const mocked = mockSolaris();
  try {
    replyToken(mocked);
    answer(mocked);
    return await failureOf(call(mocked));
  } finally {
    await mocked.close();
  }
}

/** The failure of one `getCard` call answered with `status` and `data`. */
async function cardFailure(
  status: number,
  data: object | string,
  headers?: Record<string, string>,
): Promise<ErrorFields> {
  return failureWith(
    (mocked) => replyApi(mocked, 'GET', CARD_PATH, status, data, headers),
    (mocked) => mocked.client.getCard(CARD_ID),
  );
}

/** The failure of one confirm call (a POST) answered with `status` and `data`. */
async function confirmFailure(status: number, data: object | string): Promise<ErrorFields> {
  const id = 'b520ce9090c44a989149fe7f2f94a785';
  return failureWith(
    (mocked) => replyApi(mocked, 'POST', CONFIRM_PATH, status, data),
    (mocked) => mocked.client.confirmChangeRequest(id, { personId: 'p1', tan: '999999' }),
  );
}

const MODEL_NOT_FOUND = {
  code: 'SOLARIS_NOT_FOUND',
  message: 'Solaris answered card with HTTP 404 (model_not_found)',
  httpStatus: 404,
  solarisCode: 'model_not_found',
  solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
  detail: "Couldn't find 'Solaris::Identification' for id 'bbbcccfff388923eb899a5852df6cidt'.",
  fieldErrors: [],
  retryAfterSeconds: null,
};

const UNAUTHORIZED_ACTION = {
  code: 'SOLARIS_UNAUTHORIZED_ACTION',
  message: 'Solaris answered card with HTTP 403 (unauthorized_action)',
  httpStatus: 403,
  solarisCode: 'unauthorized_action',
  solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
  detail: 'Unauthorized action is not allowed.',
  fieldErrors: [],
  retryAfterSeconds: null,
};

const GENERIC_ERROR = {
  code: 'SOLARIS_UNAVAILABLE',
  message: 'Solaris answered card with HTTP 500 (generic_error)',
  httpStatus: 500,
  solarisCode: 'generic_error',
  solarisErrorId: 'e8915041-9d8c-4d96-9dd1-04e8522ecdbf',
  detail: 'There was an error.',
  fieldErrors: [],
  retryAfterSeconds: null,
};

describe('documented error bodies', () => {
  it('maps the 400 validation body with its field errors', async () => {
    expect(await cardFailure(400, fixture('error-400-validation'))).toEqual({
      code: 'SOLARIS_VALIDATION',
      message: 'Solaris answered card with HTTP 400 (validation_error)',
      httpStatus: 400,
      solarisCode: 'validation_error',
      solarisErrorId: '6a1d3e2b-7c4f-4b8e-9a0d-2f5e6c7b8a91',
      detail: 'pin must not contain sequential digits',
      fieldErrors: [{ field: 'pin', message: 'must not contain sequential digits' }],
      retryAfterSeconds: null,
    });
  });

  it('maps the 403 body in both shapes to an unauthorized action', async () => {
    expect(await cardFailure(403, fixture('error-403-unauthorized-action'))).toEqual(
      UNAUTHORIZED_ACTION,
    );
    expect(await cardFailure(403, fixture('error-403-unauthorized-action-flat'))).toEqual(
      UNAUTHORIZED_ACTION,
    );
  });

  it('maps the 404 body in both shapes to not found', async () => {
    expect(await cardFailure(404, fixture('error-404-model-not-found'))).toEqual(MODEL_NOT_FOUND);
    expect(await cardFailure(404, fixture('error-404-model-not-found-flat'))).toEqual(
      MODEL_NOT_FOUND,
    );
  });

  it('maps the 500 body in both shapes to unavailable', async () => {
    expect(await cardFailure(500, fixture('error-500-generic'))).toEqual(GENERIC_ERROR);
    expect(await cardFailure(500, fixture('error-500-generic-flat'))).toEqual(GENERIC_ERROR);
  });

  it('maps a 401 that persists after a fresh token to unavailable, keeping the code', async () => {
    solaris = mockSolaris();
    replyToken(solaris, 'token-1');
    replyToken(solaris, 'token-2');
    replyApi(solaris, 'GET', CARD_PATH, 401, fixture('error-401-token-required'));
    replyApi(solaris, 'GET', CARD_PATH, 401, fixture('error-401-token-required'));

    expect(await failureOf(solaris.client.getCard(CARD_ID))).toEqual({
      code: 'SOLARIS_UNAVAILABLE',
      message: 'Solaris answered card with HTTP 401 (token_required): it refused a fresh token',
      httpStatus: 401,
      solarisCode: 'token_required',
      solarisErrorId: '2c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f',
      detail: 'Bearer Token is not provided',
      fieldErrors: [],
      retryAfterSeconds: null,
    });
  });
});

describe('status codes', () => {
  const invalidTan = (status: number): object => ({
    errors: [
      { id: 'err-7', status, code: 'invalid_tan', title: 'Invalid TAN', detail: 'TAN is wrong' },
    ],
  });

  it('maps 403 and 422 with code invalid_tan to an invalid TAN', async () => {
    for (const status of [403, 422]) {
      expect(await confirmFailure(status, invalidTan(status))).toEqual({
        code: 'SOLARIS_INVALID_TAN',
        message: `Solaris answered change_request_confirm with HTTP ${status} (invalid_tan)`,
        httpStatus: status,
        solarisCode: 'invalid_tan',
        solarisErrorId: 'err-7',
        detail: 'TAN is wrong',
        fieldErrors: [],
        retryAfterSeconds: null,
      });
    }
  });

  it('maps any other 422 to unprocessable', async () => {
    const body = {
      id: 'err-8',
      status: '422',
      code: 'unprocessable_entity',
      title: 'Unprocessable Entity',
      detail: 'change request expired',
    };

    expect(await confirmFailure(422, body)).toEqual({
      code: 'SOLARIS_UNPROCESSABLE',
      message: 'Solaris answered change_request_confirm with HTTP 422 (unprocessable_entity)',
      httpStatus: 422,
      solarisCode: 'unprocessable_entity',
      solarisErrorId: 'err-8',
      detail: 'change request expired',
      fieldErrors: [],
      retryAfterSeconds: null,
    });
  });

  it('maps 429 to rate limited with the Retry-After seconds', async () => {
    const failure = await cardFailure(429, '', { 'retry-after': '17' });

    expect(failure).toEqual({
      ...unavailable('Solaris answered card with HTTP 429', 429),
      code: 'SOLARIS_RATE_LIMITED',
      retryAfterSeconds: 17,
    });
  });

  it('maps 429 without Retry-After to rate limited with no hint', async () => {
    expect(await cardFailure(429, '')).toEqual({
      ...unavailable('Solaris answered card with HTTP 429', 429),
      code: 'SOLARIS_RATE_LIMITED',
    });
  });

  it('maps 502, 503 and an unexpected 409 to unavailable', async () => {
    for (const status of [502, 503, 409]) {
      expect(await cardFailure(status, '')).toEqual(
        unavailable(`Solaris answered card with HTTP ${status}`, status),
      );
    }
  });
});

describe('bodies that cannot be read', () => {
  it('maps an HTML 502 from a proxy to unavailable', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';

    expect(await cardFailure(502, page, HTML)).toEqual(
      unavailable('Solaris answered card with HTTP 502', 502),
    );
  });

  it('still maps an HTML or empty 404 by its status', async () => {
    const expected = {
      ...unavailable('Solaris answered card with HTTP 404', 404),
      code: 'SOLARIS_NOT_FOUND',
    };

    expect(await cardFailure(404, '<html>Not Found</html>', HTML)).toEqual(expected);
    expect(await cardFailure(404, '')).toEqual(expected);
  });

  const unusable = unavailable(
    'Solaris answered card with HTTP 200 but a body that is not the expected card object',
    200,
  );

  it('maps a 200 with an HTML body to unavailable', async () => {
    expect(await cardFailure(200, '<html>maintenance</html>', HTML)).toEqual(unusable);
  });

  it('maps a 200 with an empty body to unavailable', async () => {
    expect(await cardFailure(200, '')).toEqual(unusable);
  });

  it('maps a 200 with truncated JSON to unavailable', async () => {
    const truncated = JSON.stringify(fixture('card-200')).slice(0, 60);

    expect(await cardFailure(200, truncated)).toEqual(unusable);
  });

  it('maps a 200 with JSON of another shape to unavailable', async () => {
    expect(await cardFailure(200, fixture('pin-key-latest-200'))).toEqual(unusable);
  });

  it('discards a body over maxResponseBytes, announced or streamed', async () => {
    const huge = JSON.stringify({ ...fixture('card-200'), padding: 'x'.repeat(70_000) });
    const expected = unavailable(
      'Solaris answered card with HTTP 200 and a body over 65536 bytes',
      200,
    );

    expect(await cardFailure(200, huge)).toEqual(expected);
    expect(
      await cardFailure(200, huge, { 'content-length': String(Buffer.byteLength(huge)) }),
    ).toEqual(expected);
  });

  it('accepts a body of exactly maxResponseBytes', async () => {
    solaris = mockSolaris({ maxResponseBytes: 1000 });
    replyToken(solaris);
    const card = JSON.stringify(fixture('card-200'));
    const body = card.slice(0, -1) + `,"padding":"${'x'.repeat(1000 - card.length - 13)}"}`;
    replyApi(solaris, 'GET', CARD_PATH, 200, body);

    expect(Buffer.byteLength(body)).toBe(1000);
    expect((await solaris.client.getCard(CARD_ID)).id).toBe(CARD_ID);
  });
});

describe('Retry-After', () => {
  it('reads delta seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');

    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(['12', '99'], now)).toBe(12);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

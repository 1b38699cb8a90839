import { afterEach, describe, expect, it } from '@jest/globals';

import {
  BASIC,
  CLIENT_SECRET,
  failureOf,
  fixture,
  mockSolaris,
  replyApi,
  replyToken,
  type LogLine,
  type MockedSolaris,
} from './harness.js';

const CARD_ID = '8febdba4912a747808ccc6f95f82bbb4mcrd';
const CHANGE_REQUEST_ID = 'd6c778822b2d7bd3b778935bcfd0d1d3csc';
const ENCRYPTED_PIN =
  'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.S2V5.SXY.Q2lwaGVy.VGFn';
const TAN = '731904';
const SIGNATURE = 'MEUCIQDkZXZpY2Utc2lnbmF0dXJlLXZhbHVl';
const STRING_TO_SIGN = 'c3RyaW5nLXRvLXNpZ24tdmFsdWU';
const OLD_TOKEN = 'access-token-old-5d1e';
const NEW_TOKEN = 'access-token-new-9b2f';

let solaris: MockedSolaris;

afterEach(async () => {
  await solaris.close();
});

/** The fields a line carries beyond pino's own. */
function fieldsOf(line: LogLine): Record<string, unknown> {
  const { level, msg, endpoint, status, requestId, solarisErrorId, code, httpStatus, solarisCode } =
    line;
  return Object.fromEntries(
    Object.entries({
      level,
      msg,
      endpoint,
      status,
      requestId,
      solarisErrorId,
      code,
      httpStatus,
      solarisCode,
    }).filter(([, value]) => value !== undefined),
  );
}

describe('log lines', () => {
  it('write one debug line per exchange and one warn line per failed call', async () => {
    solaris = mockSolaris();
    replyToken(solaris, OLD_TOKEN);
    replyApi(solaris, 'GET', `/v1/cards/${CARD_ID}`, 200, fixture('card-200'));
    replyApi(solaris, 'GET', '/v1/cards/missing', 404, fixture('error-404-model-not-found-flat'));

    await solaris.client.getCard(CARD_ID, { requestId: 'req-1' });
    await failureOf(solaris.client.getCard('missing', { requestId: 'req-2' }));

    expect(solaris.logs.lines.map(fieldsOf)).toEqual([
      { level: 20, msg: 'solaris call', endpoint: 'oauth_token', status: 200 },
      { level: 20, msg: 'solaris call', endpoint: 'card', status: 200, requestId: 'req-1' },
      {
        level: 20,
        msg: 'solaris call',
        endpoint: 'card',
        status: 404,
        requestId: 'req-2',
        solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
      },
      {
        level: 40,
        msg: 'Solaris answered card with HTTP 404 (model_not_found)',
        endpoint: 'card',
        requestId: 'req-2',
        code: 'SOLARIS_NOT_FOUND',
        httpStatus: 404,
        solarisCode: 'model_not_found',
        solarisErrorId: 'a95f2aaf-4e0c-4d49-8021-8a16a884ed86',
      },
    ]);
    const debugLines = solaris.logs.lines.filter((line) => line.level === 20);
    expect(debugLines.map((line) => typeof line.durationMs)).toEqual([
      'number',
      'number',
      'number',
    ]);
    expect(solaris.observed.calls).toEqual([
      { endpoint: 'oauth_token', status: 200 },
      { endpoint: 'card', status: 200, requestId: 'req-1' },
      { endpoint: 'card', status: 404, requestId: 'req-2' },
    ]);
  });

  it('never carry a token, the client secret, an encrypted PIN, a code or a signature', async () => {
    solaris = mockSolaris({ breakerFailureThreshold: 2 });
    replyToken(solaris, OLD_TOKEN);
    replyToken(solaris, NEW_TOKEN);
    const createPath = `/v1/cards/${CARD_ID}/sca_pin_update_requests`;
    replyApi(solaris, 'POST', createPath, 401, { errors: [{ code: 'invalid_token' }] });
    replyApi(solaris, 'POST', createPath, 202, fixture('sca-pin-update-request-200'));
    const authorizePath = `/v1/change_requests/${CHANGE_REQUEST_ID}/authorize`;
    replyApi(solaris, 'POST', authorizePath, 200, {
      id: CHANGE_REQUEST_ID,
      status: 'CONFIRMATION_REQUIRED',
      updated_at: '2022-04-21T14:00:10+00:00',
      string_to_sign: STRING_TO_SIGN,
    });
    const confirmPath = `/v1/change_requests/${CHANGE_REQUEST_ID}/confirm`;
    replyApi(solaris, 'POST', confirmPath, 422, {
      errors: [{ id: 'e-1', status: 422, code: 'invalid_tan', detail: `tan ${TAN} is wrong` }],
    });
    replyApi(solaris, 'POST', confirmPath, 500, `<html>${SIGNATURE}</html>`);
    replyApi(solaris, 'POST', confirmPath, 500, '');

    const pinInput = { encryptedPin: ENCRYPTED_PIN, keyId: 'key-1' };
    await solaris.client.createPinChangeRequest(CARD_ID, pinInput);
    await solaris.client.authorizeChangeRequest(CHANGE_REQUEST_ID, {
      deliveryMethod: 'device_signing',
      deviceId: 'device-7',
    });
    const confirmSms = { personId: 'person-1', tan: TAN };
    const confirmDevice = { deviceId: 'device-7', signature: SIGNATURE };
    await failureOf(solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, confirmSms));
    await failureOf(solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, confirmDevice));
    await failureOf(solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, confirmDevice));
    await failureOf(solaris.client.confirmChangeRequest(CHANGE_REQUEST_ID, confirmSms));

    const text = solaris.logs.text();
    const secrets = [
      CLIENT_SECRET,
      BASIC.slice('Basic '.length),
      OLD_TOKEN,
      NEW_TOKEN,
      ENCRYPTED_PIN,
      TAN,
      SIGNATURE,
      STRING_TO_SIGN,
    ];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(solaris.logs.lines.map((line) => line.msg)).toEqual([
      'solaris call',
      'solaris call',
      'solaris call',
      'solaris call',
      'solaris call',
      'solaris call',
      'Solaris answered change_request_confirm with HTTP 422 (invalid_tan)',
      'solaris call',
      'Solaris answered change_request_confirm with HTTP 500',
      'solaris call',
      'Solaris circuit breaker is open',
      'Solaris answered change_request_confirm with HTTP 500',
      'Solaris calls are paused after repeated failures; the next try is in 10 s',
    ]);
  });
});

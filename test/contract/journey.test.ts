import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { JWK } from 'jose';

import {
  ANNA,
  ANNA_BLOCKED_CARD,
  ANNA_CARD,
  CHRIS,
  CHRIS_CARD,
  type TestGateway,
} from '../helpers/gateway.js';
import { calls, clearJournal, journal, postGraphQL } from '../helpers/graphql-client.js';
import { encryptPin } from '../helpers/jwe.js';
import {
  FIXED_PIN_KEY,
  SHIPPED,
  simJson,
  startKeyedGateway,
  type SimSms,
} from '../helpers/shipped-journey.js';

const {
  pinEncryptionKey: PIN_ENCRYPTION_KEY,
  changeCardPin: CHANGE_CARD_PIN,
  authorizePinChange: AUTHORIZE_PIN_CHANGE,
  confirmPinChange: CONFIRM_PIN_CHANGE,
} = SHIPPED;

const NEW_PIN = '2580';

/** The key as the gateway hands it out: Solaris's modulus, relabelled for encryption. */
function keyFields(kid: string, n: unknown = expect.any(String)) {
  return {
    kid,
    kty: 'RSA',
    use: 'enc',
    alg: 'RSA-OAEP-256',
    n,
    e: 'AQAB',
    encryption: 'A256CBC-HS512',
    jwk: { kty: 'RSA', kid, use: 'enc', alg: 'RSA-OAEP-256', n, e: 'AQAB' },
  };
}

describe('the shipped operations against the embedded Solaris', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await startKeyedGateway();
  });

  afterEach(async () => {
    await gateway.close();
  });

  async function send(query: string, personId: string, variables: Record<string, unknown>) {
    const response = await postGraphQL(gateway.graphqlUrl, query, {
      token: await gateway.token(personId),
      variables,
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  it('walk the whole journey to COMPLETED, step by step', async () => {
    const kid = String(FIXED_PIN_KEY.kid);

    const keyBody = await send(PIN_ENCRYPTION_KEY, ANNA, { cardId: ANNA_CARD });
    expect(keyBody).toEqual({
      data: {
        pinEncryptionKey: { __typename: 'PinEncryptionKey', ...keyFields(kid, FIXED_PIN_KEY.n) },
      },
    });
    const key = keyBody.data?.['pinEncryptionKey'] as { jwk: JWK };

    const encryptedPin = await encryptPin(key.jwk, NEW_PIN);
    const opened = await send(CHANGE_CARD_PIN, ANNA, {
      cardId: ANNA_CARD,
      encryptedPin,
      keyId: kid,
    });
    const id = (opened.data?.['changeCardPin'] as { id: string }).id;
    expect(opened).toEqual({
      data: {
        changeCardPin: {
          __typename: 'ChangeRequest',
          id: expect.any(String),
          status: 'AUTHORIZATION_REQUIRED',
          updatedAt: expect.any(String),
          authorizationUrl: `${gateway.sim.url}/v1/change_requests/${id}/authorize`,
          availableMethods: ['SMS', 'DEVICE_SIGNING'],
        },
      },
    });

    const authorized = await send(AUTHORIZE_PIN_CHANGE, ANNA, {
      changeRequestId: id,
      method: 'SMS',
    });
    expect(authorized).toEqual({
      data: {
        authorizePinChange: {
          __typename: 'ChangeRequest',
          id,
          status: 'CONFIRMATION_REQUIRED',
          updatedAt: expect.any(String),
          stringToSign: null,
          availableMethods: [],
        },
      },
    });

    const sms = (await simJson(`${gateway.sim.url}/__sim/sms?person_id=${ANNA}`)) as SimSms[];
    expect(sms).toEqual([
      {
        person_id: ANNA,
        mobile_number: '+4915100000001',
        change_request_id: id,
        code: expect.stringMatching(/^\d{6}$/),
        sent_at: expect.any(String),
      },
    ]);

    const confirmed = await send(CONFIRM_PIN_CHANGE, ANNA, {
      changeRequestId: id,
      confirmation: { tan: sms[0]?.code },
    });
    expect(confirmed).toEqual({
      data: {
        confirmPinChange: {
          __typename: 'ChangeRequest',
          id,
          status: 'COMPLETED',
          updatedAt: expect.any(String),
        },
      },
    });

    const verified = await simJson(`${gateway.sim.url}/__sim/cards/${ANNA_CARD}/verify-pin`, {
      pin: NEW_PIN,
    });
    expect(verified).toEqual({ matches: true });
    expect(calls(await journal(gateway.sim.url))).toEqual([
      'POST /oauth2/token',
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `POST /v1/cards/${ANNA_CARD}/sca_pin_update_requests`,
      `POST /v1/change_requests/${id}/authorize`,
      `POST /v1/change_requests/${id}/confirm`,
    ]);
  });

  it('give an app the variant fields of a card it cannot change', async () => {
    const body = await send(PIN_ENCRYPTION_KEY, ANNA, { cardId: ANNA_BLOCKED_CARD });

    expect(body).toEqual({
      data: {
        pinEncryptionKey: {
          __typename: 'CardNotEligibleError',
          cardId: ANNA_BLOCKED_CARD,
          cardStatus: 'BLOCKED',
          code: 'CARD_NOT_ELIGIBLE',
          message: `Card "${ANNA_BLOCKED_CARD}" is BLOCKED and cannot take a PIN change.`,
          retryable: false,
        },
      },
    });
  });

  it('hand out the current key when the PIN was encrypted with a rotated one', async () => {
    const staleKid = gateway.sim.currentKeyId();
    const keyBody = await send(PIN_ENCRYPTION_KEY, ANNA, { cardId: ANNA_CARD });
    const staleJwk = (keyBody.data?.['pinEncryptionKey'] as { jwk: JWK }).jwk;
    const currentKid = await gateway.sim.rotateKey();

    const body = await send(CHANGE_CARD_PIN, ANNA, {
      cardId: ANNA_CARD,
      encryptedPin: await encryptPin(staleJwk, NEW_PIN),
      keyId: staleKid,
    });

    expect(body).toEqual({
      data: {
        changeCardPin: {
          __typename: 'EncryptionKeyExpiredError',
          keyId: staleKid,
          currentKey: keyFields(currentKid),
          code: 'ENCRYPTION_KEY_EXPIRED',
          message: `Key "${staleKid}" is not the current PIN encryption key; encrypt again with currentKey.`,
          retryable: false,
        },
      },
    });
  });

  it('tell an app to offer device signing through the fallback fields alone', async () => {
    const keyBody = await send(PIN_ENCRYPTION_KEY, CHRIS, { cardId: CHRIS_CARD });
    const key = keyBody.data?.['pinEncryptionKey'] as { kid: string; jwk: JWK };
    const opened = await send(CHANGE_CARD_PIN, CHRIS, {
      cardId: CHRIS_CARD,
      encryptedPin: await encryptPin(key.jwk, NEW_PIN),
      keyId: key.kid,
    });
    const id = (opened.data?.['changeCardPin'] as { id: string }).id;

    const body = await send(AUTHORIZE_PIN_CHANGE, CHRIS, { changeRequestId: id, method: 'SMS' });

    expect(body).toEqual({
      data: {
        authorizePinChange: {
          __typename: 'MobileNumberMissingError',
          code: 'MOBILE_NUMBER_MISSING',
          message: 'The cardholder has no verified mobile number; use DEVICE_SIGNING.',
          retryable: false,
        },
      },
    });
  });

  it('say whether a change request survives a wrong code', async () => {
    const keyBody = await send(PIN_ENCRYPTION_KEY, ANNA, { cardId: ANNA_CARD });
    const key = keyBody.data?.['pinEncryptionKey'] as { kid: string; jwk: JWK };
    const opened = await send(CHANGE_CARD_PIN, ANNA, {
      cardId: ANNA_CARD,
      encryptedPin: await encryptPin(key.jwk, NEW_PIN),
      keyId: key.kid,
    });
    const id = (opened.data?.['changeCardPin'] as { id: string }).id;
    await send(AUTHORIZE_PIN_CHANGE, ANNA, { changeRequestId: id, method: 'SMS' });
    const [sms] = (await simJson(`${gateway.sim.url}/__sim/sms?person_id=${ANNA}`)) as SimSms[];
    const wrongCode = sms?.code === '000000' ? '111111' : '000000';
    await clearJournal(gateway.sim.url);

    const body = await send(CONFIRM_PIN_CHANGE, ANNA, {
      changeRequestId: id,
      confirmation: { tan: wrongCode },
    });

    expect(body).toEqual({
      data: {
        confirmPinChange: {
          __typename: 'InvalidTanError',
          changeRequestAlive: false,
          code: 'INVALID_TAN',
          message: 'The one-time code or signature was not accepted.',
          retryable: false,
        },
      },
    });
    expect(calls(await journal(gateway.sim.url))).toEqual([
      `POST /v1/change_requests/${id}/confirm`,
    ]);
  });
});

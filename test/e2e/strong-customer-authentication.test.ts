import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { DEFAULT_SEED } from '../../src/solaris-sim/default-seed.js';
import {
  ANNA,
  ANNA_CARD,
  BEN,
  CHRIS,
  CHRIS_CARD,
  startTestGateway,
  type TestGateway,
} from '../helpers/gateway.js';
import { calls, clearJournal, journal, postGraphQL } from '../helpers/graphql-client.js';
import { cardHasPin, latestSmsCode, openChangeRequest } from '../helpers/journey.js';
import { AUTHORIZE_PIN_CHANGE, CONFIRM_PIN_CHANGE } from '../helpers/operations.js';

const DEVICE_ID = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5dev';
const UNKNOWN_CHANGE_REQUEST = '00000000000000000000000000000000csc';

let gateway: TestGateway;
let deviceKey: KeyObject;

beforeAll(async () => {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  deviceKey = pair.privateKey;
  const spkiHex = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('hex');
  const seed = {
    ...DEFAULT_SEED,
    persons: DEFAULT_SEED.persons.map((person) =>
      person.id === ANNA
        ? {
            ...person,
            devices: [
              {
                id: DEVICE_ID,
                key_type: 'ecdsa-p256' as const,
                key_purpose: 'unrestricted',
                key: spkiHex,
              },
            ],
          }
        : person,
    ),
  };
  gateway = await startTestGateway({
    sim: { seed },
    env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000', RATE_LIMIT_QUERIES_PER_MINUTE: '1000' },
  });
});

afterAll(async () => {
  await gateway.close();
});

beforeEach(async () => {
  await clearJournal(gateway.sim.url);
});

async function authorize(personId: string, variables: Record<string, unknown>) {
  const response = await postGraphQL(gateway.graphqlUrl, AUTHORIZE_PIN_CHANGE, {
    token: await gateway.token(personId),
    variables,
  });
  return response.body.data?.['authorizePinChange'];
}

async function confirm(personId: string, variables: Record<string, unknown>) {
  const response = await postGraphQL(gateway.graphqlUrl, CONFIRM_PIN_CHANGE, {
    token: await gateway.token(personId),
    variables,
  });
  return response.body.data?.['confirmPinChange'];
}

const changeRequest = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ChangeRequest',
  id,
  status,
  updatedAt: expect.any(String),
  authorizationUrl: null,
  stringToSign: null,
  availableMethods: [],
  ...extra,
});

describe('the SMS journey', () => {
  it('opens, authorizes by SMS, confirms with the code, and the card has the new PIN', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '5820');
    await clearJournal(gateway.sim.url);

    const authorized = await authorize(ANNA, { changeRequestId: id, method: 'SMS' });
    const code = await latestSmsCode(gateway.sim.url, ANNA, id);
    const confirmed = await confirm(ANNA, { changeRequestId: id, confirmation: { tan: code } });

    expect(authorized).toEqual(changeRequest(id, 'CONFIRMATION_REQUIRED'));
    expect(confirmed).toEqual(changeRequest(id, 'COMPLETED'));
    expect(await cardHasPin(gateway.sim.url, ANNA_CARD, '5820')).toBe(true);
    const entries = await journal(gateway.sim.url);
    expect(calls(entries)).toEqual([
      `POST /v1/change_requests/${id}/authorize`,
      `POST /v1/change_requests/${id}/confirm`,
    ]);
    expect(JSON.parse(entries[0]?.body ?? '')).toEqual({
      delivery_method: 'mobile_number',
      person_id: ANNA,
    });
    expect(JSON.parse(entries[1]?.body ?? '')).toEqual({ person_id: ANNA, tan: code });
    expect(gateway.logs.text()).not.toContain(code);
  });

  it('answers InvalidTanError for a wrong code, and the change request is then over', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '5821');
    await authorize(ANNA, { changeRequestId: id, method: 'SMS' });
    const code = await latestSmsCode(gateway.sim.url, ANNA, id);
    const wrong = code === '000000' ? '111111' : '000000';

    const refused = await confirm(ANNA, { changeRequestId: id, confirmation: { tan: wrong } });
    const after = await confirm(ANNA, { changeRequestId: id, confirmation: { tan: code } });

    expect(refused).toEqual({
      __typename: 'InvalidTanError',
      changeRequestAlive: false,
      code: 'INVALID_TAN',
      message: 'The one-time code or signature was not accepted.',
      retryable: false,
    });
    expect(after).toEqual({
      __typename: 'ChangeRequestExpiredError',
      changeRequestId: id,
      code: 'CHANGE_REQUEST_EXPIRED',
      message: `Change request "${id}" has ended; start over with a fresh key.`,
      retryable: false,
    });
    expect(await cardHasPin(gateway.sim.url, ANNA_CARD, '5821')).toBe(false);
  });

  it('answers MobileNumberMissingError for a cardholder without a verified phone', async () => {
    const id = await openChangeRequest(gateway, CHRIS, CHRIS_CARD, '5822');

    expect(await authorize(CHRIS, { changeRequestId: id, method: 'SMS' })).toEqual({
      __typename: 'MobileNumberMissingError',
      code: 'MOBILE_NUMBER_MISSING',
      message: 'The cardholder has no verified mobile number; use DEVICE_SIGNING.',
      retryable: false,
    });
  });
});

describe('the device-signing journey', () => {
  it('signs the string to sign with the bound device and completes', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '6931');

    const authorized = await authorize(ANNA, {
      changeRequestId: id,
      method: 'DEVICE_SIGNING',
      deviceId: DEVICE_ID,
    });
    const stringToSign = (authorized as { stringToSign: string }).stringToSign;
    const signature = sign('sha256', Buffer.from(stringToSign, 'utf8'), deviceKey).toString('hex');
    const confirmed = await confirm(ANNA, {
      changeRequestId: id,
      confirmation: { deviceSignature: { deviceId: DEVICE_ID, signature } },
    });

    expect(authorized).toEqual(
      changeRequest(id, 'CONFIRMATION_REQUIRED', { stringToSign: expect.any(String) }),
    );
    expect(confirmed).toEqual(changeRequest(id, 'COMPLETED'));
    expect(await cardHasPin(gateway.sim.url, ANNA_CARD, '6931')).toBe(true);
    const confirmCall = (await journal(gateway.sim.url)).find((entry) =>
      entry.path.endsWith('/confirm'),
    );
    expect(JSON.parse(confirmCall?.body ?? '')).toEqual({ device_id: DEVICE_ID, signature });
    expect(gateway.logs.text()).not.toContain(signature);
  });

  it('answers InvalidTanError for a signature by another key', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '6932');
    const authorized = await authorize(ANNA, {
      changeRequestId: id,
      method: 'DEVICE_SIGNING',
      deviceId: DEVICE_ID,
    });
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const stringToSign = (authorized as { stringToSign: string }).stringToSign;

    const confirmed = await confirm(ANNA, {
      changeRequestId: id,
      confirmation: {
        deviceSignature: {
          deviceId: DEVICE_ID,
          signature: sign('sha256', Buffer.from(stringToSign), stranger).toString('hex'),
        },
      },
    });

    expect(confirmed).toMatchObject({ __typename: 'InvalidTanError', changeRequestAlive: false });
  });

  it('answers UnauthorizedActionError for a device not bound to the cardholder', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '6934');

    const authorized = await authorize(ANNA, {
      changeRequestId: id,
      method: 'DEVICE_SIGNING',
      deviceId: 'bogus-device',
    });
    const bySms = await authorize(ANNA, { changeRequestId: id, method: 'SMS' });

    expect(authorized).toEqual({
      __typename: 'UnauthorizedActionError',
      code: 'UNAUTHORIZED_ACTION',
      message:
        'Solaris refused device "bogus-device" for this change request; use a device bound to the cardholder, or SMS.',
      retryable: false,
    });
    expect(bySms).toEqual(changeRequest(id, 'CONFIRMATION_REQUIRED'));
  });

  it('answers DeviceIdRequiredError without a device id, and calls nothing upstream', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '6933');
    await clearJournal(gateway.sim.url);

    expect(await authorize(ANNA, { changeRequestId: id, method: 'DEVICE_SIGNING' })).toEqual({
      __typename: 'DeviceIdRequiredError',
      code: 'DEVICE_ID_REQUIRED',
      message: 'DEVICE_SIGNING needs deviceId.',
      retryable: false,
    });
    expect(await journal(gateway.sim.url)).toEqual([]);
  });
});

describe("change requests that are not the caller's to finish", () => {
  const notFound = (id: string) => ({
    __typename: 'ChangeRequestNotFoundError',
    changeRequestId: id,
    code: 'CHANGE_REQUEST_NOT_FOUND',
    message: `No change request "${id}" belongs to the caller.`,
    retryable: false,
  });

  it('answers ChangeRequestNotFoundError when another person authorizes or confirms', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '7041');
    await authorize(ANNA, { changeRequestId: id, method: 'SMS' });
    const code = await latestSmsCode(gateway.sim.url, ANNA, id);
    await clearJournal(gateway.sim.url);

    const byBen = await authorize(BEN, { changeRequestId: id, method: 'SMS' });
    const confirmedByBen = await confirm(BEN, { changeRequestId: id, confirmation: { tan: code } });

    expect(byBen).toEqual(notFound(id));
    expect(confirmedByBen).toEqual(notFound(id));
    const bodies = (await journal(gateway.sim.url)).map((entry) => JSON.parse(entry.body));
    expect(bodies).toEqual([
      { delivery_method: 'mobile_number', person_id: BEN },
      { person_id: BEN, tan: code },
    ]);
    expect(await cardHasPin(gateway.sim.url, ANNA_CARD, '7041')).toBe(false);
  });

  it('answers ChangeRequestNotFoundError to another person even before authorization', async () => {
    const id = await openChangeRequest(gateway, ANNA, ANNA_CARD, '7042');

    const confirmedByBen = await confirm(BEN, {
      changeRequestId: id,
      confirmation: { tan: '123456' },
    });

    expect(confirmedByBen).toEqual(notFound(id));
  });

  it('answers ChangeRequestNotFoundError for an unknown id on both steps', async () => {
    expect(
      await authorize(ANNA, { changeRequestId: UNKNOWN_CHANGE_REQUEST, method: 'SMS' }),
    ).toEqual(notFound(UNKNOWN_CHANGE_REQUEST));
    expect(
      await confirm(ANNA, {
        changeRequestId: UNKNOWN_CHANGE_REQUEST,
        confirmation: { tan: '212212' },
      }),
    ).toEqual(notFound(UNKNOWN_CHANGE_REQUEST));
  });
});

describe('the confirmation input', () => {
  it.each([
    ['both factors', { tan: '123456', deviceSignature: { deviceId: DEVICE_ID, signature: 'ab' } }],
    ['neither factor', {}],
  ])(
    'refuses %s in variables with HTTP 400 before any resolver runs',
    async (_name, confirmation) => {
      const response = await postGraphQL(gateway.graphqlUrl, CONFIRM_PIN_CHANGE, {
        token: await gateway.token(ANNA),
        variables: { changeRequestId: UNKNOWN_CHANGE_REQUEST, confirmation },
      });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [
          {
            message:
              'Variable "$confirmation" got an invalid value; Exactly one key must be specified for OneOf type "ScaConfirmation".',
            locations: expect.any(Array),
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      expect(await journal(gateway.sim.url)).toEqual([]);
    },
  );

  it('refuses both factors written into the document as a validation error', async () => {
    const response = await postGraphQL(
      gateway.graphqlUrl,
      `mutation { confirmPinChange(changeRequestId: "${UNKNOWN_CHANGE_REQUEST}",
         confirmation: { tan: "1", deviceSignature: { deviceId: "d", signature: "s" } }) { __typename } }`,
      { token: await gateway.token(ANNA) },
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'OneOf Input Object "ScaConfirmation" must specify exactly one key.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await journal(gateway.sim.url)).toEqual([]);
  });
});

describe('expiry', () => {
  it('answers ChangeRequestExpiredError once the change request outlived its time', async () => {
    const short = await startTestGateway({ sim: { changeRequestTtlSeconds: 1 } });
    try {
      const id = await openChangeRequest(short, ANNA, ANNA_CARD, '8052');
      await new Promise((resolve) => setTimeout(resolve, 1200));

      const response = await postGraphQL(short.graphqlUrl, AUTHORIZE_PIN_CHANGE, {
        token: await short.token(ANNA),
        variables: { changeRequestId: id, method: 'SMS' },
      });

      expect(response.body.data?.['authorizePinChange']).toEqual({
        __typename: 'ChangeRequestExpiredError',
        changeRequestId: id,
        code: 'CHANGE_REQUEST_EXPIRED',
        message: `Change request "${id}" has ended; start over with a fresh key.`,
        retryable: false,
      });
    } finally {
      await short.close();
    }
  });
});

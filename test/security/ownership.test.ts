import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import {
  ANNA,
  ANNA_BLOCKED_CARD,
  ANNA_CARD,
  BEN,
  BEN_CARD,
  type TestGateway,
} from '../helpers/gateway.js';
import { calls } from '../helpers/graphql-client.js';
import { FIXTURE_PIN_PUBLIC_KEY, startSecurityGateway } from '../helpers/security-gateway.js';
import {
  AUTHORIZE,
  CHANGE_PIN,
  CONFIRM,
  KEY_QUERY,
  encryptedPin,
  fetchKey,
  rootField,
} from '../helpers/security-operations.js';
import { SecurityProbe, type ProbeResponse } from '../helpers/security-probe.js';

/** A card id shaped like Solaris's that no one holds. */
const UNKNOWN_CARD = 'ffffffffffffffffffffffffffffffffmcrd';
const UNKNOWN_CHANGE_REQUEST = 'ffffffffffffffffffffffffffffffffcsc';
const PIN_POST = /^POST \/v1\/cards\/.+\/sca_pin_update_requests$/;

let gateway: TestGateway | undefined;
let probe: SecurityProbe;

afterEach(async () => {
  try {
    await probe.expectNoLeaks();
  } finally {
    await gateway?.close();
    gateway = undefined;
  }
});

async function start(): Promise<SecurityProbe> {
  gateway = await startSecurityGateway({ env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '100' } });
  probe = new SecurityProbe(gateway);
  return probe;
}

/** A response as seen by a client that knows nothing of the id it asked about. */
function withoutId(response: ProbeResponse, id: string) {
  return { status: response.status, body: response.text.replaceAll(id, '<id>') };
}

/** Solaris API calls since the probe's mark; the gateway's own OAuth token fetches aside. */
async function upstreamCalls(): Promise<string[]> {
  return calls(await probe.upstreamSinceMark()).filter((call) => call !== 'POST /oauth2/token');
}

describe("someone else's card reads exactly like a card that does not exist", () => {
  it('for the encryption key', async () => {
    await start();
    const anna = await probe.token(ANNA);
    await probe.mark();

    const bens = await probe.graphql(KEY_QUERY, { token: anna, variables: { cardId: BEN_CARD } });
    const unknown = await probe.graphql(KEY_QUERY, {
      token: anna,
      variables: { cardId: UNKNOWN_CARD },
    });

    expect(rootField(bens, 'pinEncryptionKey')).toEqual({
      __typename: 'CardNotFoundError',
      message: `No card "${BEN_CARD}" belongs to the caller.`,
      code: 'CARD_NOT_FOUND',
      retryable: false,
      cardId: BEN_CARD,
    });
    expect(withoutId(bens, BEN_CARD)).toEqual(withoutId(unknown, UNKNOWN_CARD));
    expect(await upstreamCalls()).toEqual([
      `GET /v1/cards/${BEN_CARD}`,
      `GET /v1/cards/${UNKNOWN_CARD}`,
    ]);
  });

  it('for a PIN change, and nothing is sent to the PIN endpoint', async () => {
    await start();
    const anna = await probe.token(ANNA);
    const key = await fetchKey(probe, anna, ANNA_CARD);
    const jwe = await encryptedPin(probe, key, '2580');
    await probe.mark();

    const change = (cardId: string) =>
      probe.graphql(CHANGE_PIN, {
        token: anna,
        variables: { cardId, encryptedPin: jwe, keyId: key.kid },
      });
    const bens = await change(BEN_CARD);
    const unknown = await change(UNKNOWN_CARD);

    expect(rootField(bens, 'changeCardPin')).toEqual({
      __typename: 'CardNotFoundError',
      message: `No card "${BEN_CARD}" belongs to the caller.`,
      code: 'CARD_NOT_FOUND',
      retryable: false,
      cardId: BEN_CARD,
    });
    expect(withoutId(bens, BEN_CARD)).toEqual(withoutId(unknown, UNKNOWN_CARD));
    expect(await upstreamCalls()).toEqual([
      `GET /v1/cards/${BEN_CARD}`,
      `GET /v1/cards/${UNKNOWN_CARD}`,
    ]);
  });

  it('even when it is blocked: its status is not revealed to another caller', async () => {
    await start();
    const ben = await probe.token(BEN);

    const blocked = await probe.graphql(KEY_QUERY, {
      token: ben,
      variables: { cardId: ANNA_BLOCKED_CARD },
    });
    const unknown = await probe.graphql(KEY_QUERY, {
      token: ben,
      variables: { cardId: UNKNOWN_CARD },
    });

    expect(rootField(blocked, 'pinEncryptionKey')['__typename']).toBe('CardNotFoundError');
    expect(withoutId(blocked, ANNA_BLOCKED_CARD)).toEqual(withoutId(unknown, UNKNOWN_CARD));
  });
});

describe("the caller's own blocked card", () => {
  const notEligible = {
    __typename: 'CardNotEligibleError',
    message: `Card "${ANNA_BLOCKED_CARD}" is BLOCKED and cannot take a PIN change.`,
    code: 'CARD_NOT_ELIGIBLE',
    retryable: false,
    cardId: ANNA_BLOCKED_CARD,
    cardStatus: 'BLOCKED',
  };

  it('gets no encryption key', async () => {
    await start();
    const anna = await probe.token(ANNA);
    await probe.mark();

    const response = await probe.graphql(KEY_QUERY, {
      token: anna,
      variables: { cardId: ANNA_BLOCKED_CARD },
    });

    expect(rootField(response, 'pinEncryptionKey')).toEqual(notEligible);
    expect(await upstreamCalls()).toEqual([`GET /v1/cards/${ANNA_BLOCKED_CARD}`]);
  });

  it('takes no PIN change, and nothing is sent to the PIN endpoint', async () => {
    await start();
    const anna = await probe.token(ANNA);
    const key = await fetchKey(probe, anna, ANNA_CARD);
    const jwe = await encryptedPin(probe, key, '2580');
    await probe.mark();

    const response = await probe.graphql(CHANGE_PIN, {
      token: anna,
      variables: { cardId: ANNA_BLOCKED_CARD, encryptedPin: jwe, keyId: key.kid },
    });

    expect(rootField(response, 'changeCardPin')).toEqual(notEligible);
    expect((await upstreamCalls()).filter((call) => PIN_POST.test(call))).toEqual([]);
  });
});

describe("someone else's change request reads like one that does not exist", () => {
  async function annasChangeRequest(): Promise<string> {
    const anna = await probe.token(ANNA);
    const key = await fetchKey(probe, anna, ANNA_CARD);
    const response = await probe.graphql(CHANGE_PIN, {
      token: anna,
      variables: {
        cardId: ANNA_CARD,
        encryptedPin: await encryptedPin(probe, key, '2580'),
        keyId: key.kid,
      },
    });
    return String(rootField(response, 'changeCardPin')['id']);
  }

  it('when another caller authorizes it: no SMS goes to its owner', async () => {
    await start();
    const changeRequestId = await annasChangeRequest();
    const ben = await probe.token(BEN);
    await probe.mark();

    const authorize = (id: string) =>
      probe.graphql(AUTHORIZE, {
        token: ben,
        variables: { changeRequestId: id, method: 'SMS' },
      });
    const annas = await authorize(changeRequestId);
    const unknown = await authorize(UNKNOWN_CHANGE_REQUEST);

    expect(rootField(annas, 'authorizePinChange')).toEqual({
      __typename: 'ChangeRequestNotFoundError',
      message: `No change request "${changeRequestId}" belongs to the caller.`,
      code: 'CHANGE_REQUEST_NOT_FOUND',
      retryable: false,
      changeRequestId,
    });
    expect(withoutId(annas, changeRequestId)).toEqual(withoutId(unknown, UNKNOWN_CHANGE_REQUEST));
    const [sent] = await probe.upstreamSinceMark();
    expect(JSON.parse(sent?.body ?? '')).toEqual({
      delivery_method: 'mobile_number',
      person_id: BEN,
    });
    expect(await smsFor(ANNA)).toEqual([]);
  });

  it('when another caller confirms it, and the owner can still confirm it', async () => {
    await start();
    const changeRequestId = await annasChangeRequest();
    const anna = await probe.token(ANNA);
    await probe.graphql(AUTHORIZE, { token: anna, variables: { changeRequestId, method: 'SMS' } });
    const [sms] = (await smsFor(ANNA)) as { code: string }[];
    const code = sms?.code ?? '';
    probe.secret(code);
    const ben = await probe.token(BEN);

    const confirm = (token: string, id: string) =>
      probe.graphql(CONFIRM, {
        token,
        variables: { changeRequestId: id, confirmation: { tan: code } },
      });
    const annas = await confirm(ben, changeRequestId);
    const unknown = await confirm(ben, UNKNOWN_CHANGE_REQUEST);
    const owners = await confirm(anna, changeRequestId);

    expect(rootField(annas, 'confirmPinChange')).toEqual({
      __typename: 'ChangeRequestNotFoundError',
      message: `No change request "${changeRequestId}" belongs to the caller.`,
      code: 'CHANGE_REQUEST_NOT_FOUND',
      retryable: false,
      changeRequestId,
    });
    expect(withoutId(annas, changeRequestId)).toEqual(withoutId(unknown, UNKNOWN_CHANGE_REQUEST));
    expect(rootField(owners, 'confirmPinChange')).toEqual({
      __typename: 'ChangeRequest',
      id: changeRequestId,
      status: 'COMPLETED',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      authorizationUrl: null,
      stringToSign: null,
      availableMethods: [],
    });
  });
});

/** The SMS the embedded Solaris sent to a person. */
async function smsFor(personId: string): Promise<unknown[]> {
  const response = await request(`${gateway?.sim.url}/__sim/sms?person_id=${personId}`);
  return (await response.body.json()) as unknown[];
}

describe('loaders are per request', () => {
  it('serves concurrent callers each their own answer', async () => {
    await start();
    const anna = await probe.token(ANNA);
    const ben = await probe.token(BEN);
    const ask = async (token: string, cardId: string) =>
      rootField(
        await probe.graphql(KEY_QUERY, { token, variables: { cardId } }),
        'pinEncryptionKey',
      )['__typename'];

    const rounds = Array.from({ length: 5 }, () =>
      Promise.all([
        ask(anna, ANNA_CARD),
        ask(ben, ANNA_CARD),
        ask(ben, BEN_CARD),
        ask(anna, BEN_CARD),
      ]),
    );

    const expected = [
      'PinEncryptionKey',
      'CardNotFoundError',
      'PinEncryptionKey',
      'CardNotFoundError',
    ];
    expect(await Promise.all(rounds)).toEqual(Array.from({ length: 5 }, () => expected));
  });

  it('loads a card named three times in one document once, and again in the next request', async () => {
    await start();
    const anna = await probe.token(ANNA);
    const threeTimes = `query Thrice($cardId: ID!) {
      first: pinEncryptionKey(cardId: $cardId) { ... on PinEncryptionKey { kid n } }
      second: pinEncryptionKey(cardId: $cardId) { ... on PinEncryptionKey { kid n } }
      third: pinEncryptionKey(cardId: $cardId) { ... on PinEncryptionKey { kid n } }
    }`;
    await probe.mark();

    const response = await probe.graphql(threeTimes, {
      token: anna,
      variables: { cardId: ANNA_CARD },
    });
    const once = await upstreamCalls();
    await probe.graphql(threeTimes, { token: anna, variables: { cardId: ANNA_CARD } });

    const key = { kid: FIXTURE_PIN_PUBLIC_KEY.kid, n: FIXTURE_PIN_PUBLIC_KEY.n };
    expect(response.json).toEqual({ data: { first: key, second: key, third: key } });
    expect(once).toEqual([`GET /v1/cards/${ANNA_CARD}`, 'GET /v1/cards/pin_keys/latest']);
    expect(await upstreamCalls()).toEqual([
      ...once,
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
  });
});

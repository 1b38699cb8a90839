/**
 * Plays a banking app against a running gateway (`npm start` in another shell): fetches the key,
 * encrypts a PIN on "the device" with jose exactly as an app would, opens the change request,
 * authorizes it by SMS, reads the code from the embedded Solaris's outbox as the cardholder would
 * read their phone, confirms, and asks the embedded Solaris whether the card has the new PIN.
 *
 * GATEWAY_URL (default http://127.0.0.1:4000/graphql), SIM_URL (default http://127.0.0.1:4010),
 * DEMO_TOKEN (default: minted with the development key), DEMO_PERSON_ID, DEMO_CARD_ID, DEMO_PIN.
 */
import { CompactEncrypt, importJWK, type JWK } from 'jose';

import { mintDevelopmentToken, readDevelopmentKey } from '../src/auth/development-auth.js';

const GATEWAY_URL = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql';
const SIM_URL = process.env['SIM_URL'] ?? 'http://127.0.0.1:4010';
const PERSON_ID = process.env['DEMO_PERSON_ID'] ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f90cper';
const CARD_ID = process.env['DEMO_CARD_ID'] ?? '8febdba4912a747808ccc6f95f82bbb4mcrd';
const NEW_PIN = process.env['DEMO_PIN'] ?? '4931';

const ERROR_FIELDS = '... on PinChangeError { code message retryable }';
const CHANGE_REQUEST_FIELDS = `__typename ... on ChangeRequest { id status updatedAt availableMethods } ${ERROR_FIELDS}`;

type Json = Record<string, unknown>;

async function graphql(token: string, query: string, variables: Json): Promise<Json> {
  const response = await fetch(GATEWAY_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown };
  if (body.data === undefined || body.data === null) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

function step(title: string, value: unknown): void {
  console.log(`\n== ${title}\n${JSON.stringify(value, null, 2)}`);
}

function expectType(result: unknown, typename: string): Json {
  const object = result as Json;
  if (object['__typename'] !== typename) {
    throw new Error(`expected ${typename}, got ${JSON.stringify(object)}`);
  }
  return object;
}

async function main(): Promise<void> {
  const token =
    process.env['DEMO_TOKEN'] ??
    (await mintDevelopmentToken(await readDevelopmentKey(), PERSON_ID));

  const keyData = await graphql(
    token,
    `query PinEncryptionKey($cardId: ID!) { pinEncryptionKey(cardId: $cardId) {
       __typename ... on PinEncryptionKey { kid alg encryption jwk } ${ERROR_FIELDS} } }`,
    { cardId: CARD_ID },
  );
  const key = expectType(keyData['pinEncryptionKey'], 'PinEncryptionKey');
  step('1. pinEncryptionKey', { kid: key['kid'], alg: key['alg'], encryption: key['encryption'] });

  const jwk = key['jwk'] as JWK;
  const encryptedPin = await new CompactEncrypt(
    new TextEncoder().encode(JSON.stringify({ pin: NEW_PIN })),
  )
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', kid: String(key['kid']) })
    .encrypt(await importJWK(jwk, 'RSA-OAEP-256'));
  step('2. PIN encrypted on the device', {
    jweLength: encryptedPin.length,
    pin: 'never leaves the device',
  });

  const opened = await graphql(
    token,
    `mutation ChangeCardPin($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
       changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) { ${CHANGE_REQUEST_FIELDS} } }`,
    { cardId: CARD_ID, encryptedPin, keyId: key['kid'] },
  );
  const changeRequest = expectType(opened['changeCardPin'], 'ChangeRequest');
  step('3. changeCardPin', changeRequest);

  const authorized = await graphql(
    token,
    `mutation AuthorizePinChange($id: ID!) {
       authorizePinChange(changeRequestId: $id, method: SMS) { ${CHANGE_REQUEST_FIELDS} } }`,
    { id: changeRequest['id'] },
  );
  step(
    '4. authorizePinChange (SMS)',
    expectType(authorized['authorizePinChange'], 'ChangeRequest'),
  );

  const outbox = (await (
    await fetch(`${SIM_URL}/__sim/sms?person_id=${PERSON_ID}`)
  ).json()) as Json[];
  const sms = outbox
    .filter((message) => message['change_request_id'] === changeRequest['id'])
    .at(-1);
  if (sms === undefined) {
    throw new Error('no SMS in the embedded Solaris outbox');
  }
  step('5. SMS read from the phone (embedded Solaris outbox)', { to: sms['mobile_number'] });

  const confirmed = await graphql(
    token,
    `mutation ConfirmPinChange($id: ID!, $tan: String!) {
       confirmPinChange(changeRequestId: $id, confirmation: { tan: $tan }) { ${CHANGE_REQUEST_FIELDS} } }`,
    { id: changeRequest['id'], tan: sms['code'] },
  );
  const done = expectType(confirmed['confirmPinChange'], 'ChangeRequest');
  step('6. confirmPinChange', done);

  const verify = await fetch(`${SIM_URL}/__sim/cards/${CARD_ID}/verify-pin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin: NEW_PIN }),
  });
  step('7. embedded Solaris: card has the new PIN?', await verify.json());
  console.log(`\nFinal status: ${String(done['status'])}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error ? (error.cause as { code?: string } | undefined)?.code : null;
  const hint =
    cause === 'ECONNREFUSED' ? ` (${cause}: is the gateway running at ${GATEWAY_URL}?)` : '';
  console.error(`demo failed: ${message}${hint}`);
  process.exit(1);
});

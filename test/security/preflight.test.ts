import { randomBytes } from 'node:crypto';

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair } from 'jose';
import { request } from 'undici';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { calls } from '../helpers/graphql-client.js';
import { encodeHeader, encryptPin, withSegment } from '../helpers/jwe.js';
import { startSecurityGateway } from '../helpers/security-gateway.js';
import {
  CHANGE_PIN,
  encryptedPin,
  fetchKey,
  rootField,
  type ServedKey,
} from '../helpers/security-operations.js';
import { SecurityProbe } from '../helpers/security-probe.js';

const ENV = { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1000' };
const PIN_POST = `POST /v1/cards/${ANNA_CARD}/sca_pin_update_requests`;

const NOT_COMPACT =
  'encryptedPin must be five base64url segments separated by dots, without padding or whitespace.';
const MALFORMED_HEADER = 'encryptedPin must have a protected header that is a JSON object.';
const BAD_ALG = 'encryptedPin must use alg "RSA-OAEP-256".';
const BAD_ENC = 'encryptedPin must use enc "A256CBC-HS512".';
const BAD_MEMBER = 'encryptedPin must not have a "zip" or "crit" header member.';
const NO_KID = 'encryptedPin must name its key in the header\'s "kid".';

/** What each malformed value is made from: a valid JWE and the header it was made with. */
interface Material {
  jwe: string;
  header: Record<string, unknown>;
}

interface MalformedCase {
  name: string;
  make(material: Material): string;
  reason: string;
  message: string;
}

const segment = (jwe: string, index: number): string => jwe.split('.')[index] ?? '';
const withHeader = (material: Material, header: unknown): string =>
  withSegment(material.jwe, 0, encodeHeader(header));
const bytes = (count: number): string => randomBytes(count).toString('base64url');
const without = (header: Record<string, unknown>, member: string) =>
  Object.fromEntries(Object.entries(header).filter(([name]) => name !== member));

/** Malformed encrypted PINs the gateway refuses before it calls Solaris at all. */
const MALFORMED: MalformedCase[] = [
  {
    name: 'four segments',
    make: ({ jwe }) => jwe.split('.').slice(0, 4).join('.'),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'six segments',
    make: ({ jwe }) => `${jwe}.${bytes(16)}`,
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'padding "=" on a segment',
    make: ({ jwe }) => withSegment(jwe, 2, `${segment(jwe, 2)}==`),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'a space inside a segment',
    make: ({ jwe }) =>
      withSegment(jwe, 3, `${segment(jwe, 3).slice(0, 8)} ${segment(jwe, 3).slice(8)}`),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'a leading space',
    make: ({ jwe }) => ` ${jwe}`,
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'a trailing newline',
    make: ({ jwe }) => `${jwe}\n`,
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'line-wrapped at 64 characters',
    make: ({ jwe }) => (jwe.match(/.{1,64}/g) ?? []).join('\r\n'),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'standard base64 characters "+" and "/"',
    make: ({ jwe }) => withSegment(jwe, 3, `${segment(jwe, 3).slice(0, -4)}+/+/`),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'a segment whose length cannot encode whole bytes',
    make: ({ jwe }) => withSegment(jwe, 2, `${segment(jwe, 2)}AAA`),
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'an empty string',
    make: () => '',
    reason: 'NOT_COMPACT_JWE',
    message: NOT_COMPACT,
  },
  {
    name: 'a protected header that is not JSON',
    make: ({ jwe }) => withSegment(jwe, 0, Buffer.from('alg=RSA-OAEP-256').toString('base64url')),
    reason: 'MALFORMED_HEADER',
    message: MALFORMED_HEADER,
  },
  {
    name: 'a protected header that is a JSON array',
    make: (material) => withHeader(material, [material.header]),
    reason: 'MALFORMED_HEADER',
    message: MALFORMED_HEADER,
  },
  {
    name: 'a protected header that is a JSON string',
    make: (material) => withHeader(material, 'RSA-OAEP-256'),
    reason: 'MALFORMED_HEADER',
    message: MALFORMED_HEADER,
  },
  {
    name: 'a protected header that is not UTF-8',
    make: ({ jwe }) =>
      withSegment(jwe, 0, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')),
    reason: 'MALFORMED_HEADER',
    message: MALFORMED_HEADER,
  },
  {
    name: 'alg RSA1_5',
    make: (material) => withHeader(material, { ...material.header, alg: 'RSA1_5' }),
    reason: 'UNSUPPORTED_ALGORITHM',
    message: BAD_ALG,
  },
  {
    name: 'alg RSA-OAEP (SHA-1)',
    make: (material) => withHeader(material, { ...material.header, alg: 'RSA-OAEP' }),
    reason: 'UNSUPPORTED_ALGORITHM',
    message: BAD_ALG,
  },
  {
    name: 'alg dir',
    make: (material) => withHeader(material, { ...material.header, alg: 'dir' }),
    reason: 'UNSUPPORTED_ALGORITHM',
    message: BAD_ALG,
  },
  {
    name: 'alg in lower case',
    make: (material) => withHeader(material, { ...material.header, alg: 'rsa-oaep-256' }),
    reason: 'UNSUPPORTED_ALGORITHM',
    message: BAD_ALG,
  },
  {
    name: 'no alg',
    make: (material) => withHeader(material, without(material.header, 'alg')),
    reason: 'UNSUPPORTED_ALGORITHM',
    message: BAD_ALG,
  },
  {
    name: 'enc A128GCM',
    make: (material) => withHeader(material, { ...material.header, enc: 'A128GCM' }),
    reason: 'UNSUPPORTED_ENCRYPTION',
    message: BAD_ENC,
  },
  {
    name: 'enc A256GCM',
    make: (material) => withHeader(material, { ...material.header, enc: 'A256GCM' }),
    reason: 'UNSUPPORTED_ENCRYPTION',
    message: BAD_ENC,
  },
  {
    name: 'a zip member',
    make: (material) => withHeader(material, { ...material.header, zip: 'DEF' }),
    reason: 'UNSUPPORTED_HEADER_PARAMETER',
    message: BAD_MEMBER,
  },
  {
    name: 'a crit member',
    make: (material) => withHeader(material, { ...material.header, crit: ['exp'], exp: 1 }),
    reason: 'UNSUPPORTED_HEADER_PARAMETER',
    message: BAD_MEMBER,
  },
  {
    name: 'no kid',
    make: (material) => withHeader(material, without(material.header, 'kid')),
    reason: 'MISSING_KEY_ID',
    message: NO_KID,
  },
  {
    name: 'an empty kid',
    make: (material) => withHeader(material, { ...material.header, kid: '' }),
    reason: 'MISSING_KEY_ID',
    message: NO_KID,
  },
  {
    name: 'a kid that is a number',
    make: (material) => withHeader(material, { ...material.header, kid: 42 }),
    reason: 'MISSING_KEY_ID',
    message: NO_KID,
  },
  {
    name: 'a kid that differs from keyId',
    make: (material) => withHeader(material, { ...material.header, kid: 'another-key' }),
    reason: 'KEY_ID_MISMATCH',
    message: 'encryptedPin has a header "kid" that differs from keyId.',
  },
  {
    name: 'an empty encrypted key',
    make: ({ jwe }) => withSegment(jwe, 1, ''),
    reason: 'INVALID_ENCRYPTED_KEY',
    message: 'encryptedPin has an empty encrypted key.',
  },
  {
    name: 'a 12-byte IV',
    make: ({ jwe }) => withSegment(jwe, 2, bytes(12)),
    reason: 'INVALID_IV',
    message: 'encryptedPin must have a 16-byte initialization vector.',
  },
  {
    name: 'an empty ciphertext',
    make: ({ jwe }) => withSegment(jwe, 3, ''),
    reason: 'EMPTY_CIPHERTEXT',
    message: 'encryptedPin has an empty ciphertext.',
  },
  {
    name: 'a 16-byte tag',
    make: ({ jwe }) => withSegment(jwe, 4, bytes(16)),
    reason: 'INVALID_TAG',
    message: 'encryptedPin must have a 32-byte authentication tag.',
  },
  {
    name: 'a 10 KB value',
    make: ({ jwe }) => withSegment(jwe, 3, bytes(7680)),
    reason: 'TOO_LONG',
    message: 'encryptedPin is longer than 4096 characters.',
  },
];

function refusal(reason: string, message: string) {
  return {
    __typename: 'InvalidEncryptedPinError',
    message,
    code: 'INVALID_ENCRYPTED_PIN',
    retryable: false,
    reason,
  };
}

let gateway: TestGateway | undefined;
let probe: SecurityProbe;
let token: string;
let key: ServedKey;

async function start(): Promise<void> {
  gateway = await startSecurityGateway({ env: ENV });
  probe = new SecurityProbe(gateway);
  token = await probe.token(ANNA);
  key = await fetchKey(probe, token, ANNA_CARD);
}

function changePin(encryptedPinValue: string, keyId = key.kid) {
  return probe.graphql(CHANGE_PIN, {
    token,
    variables: { cardId: ANNA_CARD, encryptedPin: encryptedPinValue, keyId },
  });
}

async function solarisCalls(): Promise<string[]> {
  return calls(await probe.upstreamSinceMark());
}

describe('malformed encrypted PINs are refused before Solaris is called', () => {
  let material: Material;

  // One gateway for the table: each case only reads, and the journal is compared from a mark.
  beforeAll(async () => {
    await start();
    const header = { alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', kid: key.kid };
    material = { jwe: await encryptedPin(probe, key, '3971'), header };
  });

  afterEach(() => probe.expectNoLeaks());

  afterAll(async () => {
    await gateway?.close();
    gateway = undefined;
  });

  it.each(MALFORMED)('$name', async ({ make, reason, message }) => {
    const malformed = make(material);
    probe.secretJwe(malformed);
    await probe.mark();

    const response = await changePin(malformed);

    expect(response.status).toBe(200);
    expect(rootField(response, 'changeCardPin')).toEqual(refusal(reason, message));
    expect(await solarisCalls()).toEqual([]);
  });

  it('an encrypted key of 128 bytes for a 2048-bit key, once the key is known', async () => {
    const malformed = withSegment(material.jwe, 1, bytes(128));
    probe.secretJwe(malformed);
    await probe.mark();

    const response = await changePin(malformed);

    expect(rootField(response, 'changeCardPin')).toEqual(
      refusal(
        'INVALID_ENCRYPTED_KEY',
        "encryptedPin has an encrypted key that is not as long as the key's modulus.",
      ),
    );
    expect(await solarisCalls()).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
  });
});

describe('well-formed encrypted PINs', () => {
  afterEach(async () => {
    try {
      await probe.expectNoLeaks();
    } finally {
      await gateway?.close();
      gateway = undefined;
    }
  });

  it('for a key that rotated: EncryptionKeyExpiredError with the new key, nothing POSTed', async () => {
    await start();
    const stale = await encryptedPin(probe, key, '3971');
    const rotation = await request(`${gateway?.sim.url}/__sim/pin-keys/rotate`, { method: 'POST' });
    const { kid: newKid } = (await rotation.body.json()) as { kid: string };
    const currentKey = without({ ...(await fetchKey(probe, token, ANNA_CARD)) }, '__typename');
    await probe.mark();

    const response = await changePin(stale);

    expect(currentKey['kid']).toBe(newKid);
    expect(rootField(response, 'changeCardPin')).toEqual({
      __typename: 'EncryptionKeyExpiredError',
      message: `Key "${key.kid}" is not the current PIN encryption key; encrypt again with currentKey.`,
      code: 'ENCRYPTION_KEY_EXPIRED',
      retryable: false,
      keyId: key.kid,
      currentKey,
    });
    expect(await solarisCalls()).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
    ]);
  });

  it('reach Solaris byte for byte as the app sent them', async () => {
    await start();
    const jwe = await encryptedPin(probe, key, '3971');
    await probe.mark();

    const response = await changePin(jwe);

    expect(rootField(response, 'changeCardPin')).toEqual({
      __typename: 'ChangeRequest',
      id: expect.stringMatching(/^[0-9a-f]{32}csc$/),
      status: 'AUTHORIZATION_REQUIRED',
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      authorizationUrl: expect.stringMatching(/\/authorize$/),
      stringToSign: null,
      availableMethods: ['SMS', 'DEVICE_SIGNING'],
    });
    const posted = (await probe.upstreamSinceMark()).filter(
      (entry) => `${entry.method} ${entry.path}` === PIN_POST,
    );
    expect(posted.map((entry) => JSON.parse(entry.body) as unknown)).toEqual([
      { encrypted_pin: jwe, key_id: key.kid },
    ]);
    expect(posted[0]?.body.includes(`"${jwe}"`)).toBe(true);
  });

  it('encrypted for another RSA key under the current kid: Solaris cannot decrypt it', async () => {
    await start();
    const { publicKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const foreignKey = { ...(await exportJWK(publicKey)), kid: key.kid };
    const jwe = await encryptPin(foreignKey, '3971');
    probe.secretJwe(jwe);

    const response = await changePin(jwe);

    expect(rootField(response, 'changeCardPin')).toEqual(
      refusal('UNDECRYPTABLE', 'Solaris could not decrypt encryptedPin with the key it names.'),
    );
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { ANNA, ANNA_CARD, BEN, BEN_CARD, type TestGateway } from '../helpers/gateway.js';
import { encryptPin } from '../helpers/jwe.js';
import { FIXTURE_PIN_PUBLIC_KEY, startSecurityGateway } from '../helpers/security-gateway.js';
import {
  createIdentityProvider,
  hmacToken,
  serveJwks,
  unsignedToken,
  type IdentityProvider,
  type JwksServer,
} from '../helpers/security-identity-provider.js';
import { SecurityProbe, type ProbeResponse } from '../helpers/security-probe.js';

const KEY_QUERY = `query Key($cardId: ID!) {
  pinEncryptionKey(cardId: $cardId) {
    __typename
    ... on PinEncryptionKey { kid }
    ... on PinChangeError { code }
  }
}`;

const CHANGE_PIN = `mutation Change($cardId: ID!, $encryptedPin: String!, $keyId: ID!) {
  changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
    __typename
    ... on ChangeRequest { id status }
    ... on PinChangeError { code }
  }
}`;

const REALM = 'Bearer realm="card-pin-gateway"';
const MISSING_TOKEN = 'An "Authorization: Bearer <token>" header is required.';
const NOT_BEARER = 'The Authorization header must be "Bearer " followed by a JWT.';
const INVALID = 'The token is not valid for this gateway.';
const EXPIRED = 'The token has expired.';

/**
 * RFC 6750's `WWW-Authenticate` grammar: `Bearer` and comma-separated auth-params whose quoted
 * values hold no `"` or `\` (error_description is restricted to %x20-21 / %x23-5B / %x5D-7E).
 */
const BEARER_CHALLENGE = /^Bearer realm="[^"\\]*"(, [a-z_]+="[\x20\x21\x23-\x5B\x5D-\x7E]*")*$/;

let identityProvider: IdentityProvider;
let gateway: TestGateway | undefined;
let probe: SecurityProbe;
let jwksServer: JwksServer | undefined;

// RSA key generation is the slow part: one identity provider serves the whole file.
beforeAll(async () => {
  identityProvider = await createIdentityProvider();
});

afterAll(() => identityProvider.close());

afterEach(async () => {
  try {
    await probe.expectNoLeaks();
  } finally {
    await gateway?.close();
    await jwksServer?.close();
    gateway = undefined;
    jwksServer = undefined;
  }
});

async function start(env: Record<string, string> = {}): Promise<SecurityProbe> {
  gateway = await startSecurityGateway({ identityProvider, env });
  probe = new SecurityProbe(gateway);
  return probe;
}

/** The challenge for a token that was sent but refused. */
function invalidTokenChallenge(description: string): string {
  return `${REALM}, error="invalid_token", error_description="${description}"`;
}

/** The whole refusal: status, challenge and the GraphQL-shaped body. */
function refusal(message: string, challenge: string) {
  return {
    status: 401,
    challenge,
    body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
  };
}

function outcome(response: ProbeResponse) {
  return {
    status: response.status,
    challenge: response.headers['www-authenticate'],
    body: response.json,
  };
}

/**
 * Tries the key query and a well-formed PIN change with the given Authorization header, and
 * expects both refused the same way with nothing at all sent to Solaris.
 */
async function expectRefusedBeforeSolaris(
  authorization: string | undefined,
  expected: ReturnType<typeof refusal>,
): Promise<void> {
  const encryptedPin = await encryptPin(FIXTURE_PIN_PUBLIC_KEY, '1357');
  probe.secretJwe(encryptedPin);
  if (authorization !== undefined) {
    probe.secret(authorization.replace(/^\S+ /, ''));
  }
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };

  const query = await probe.graphql(KEY_QUERY, { headers, variables: { cardId: ANNA_CARD } });
  const mutation = await probe.graphql(CHANGE_PIN, {
    headers,
    variables: { cardId: ANNA_CARD, encryptedPin, keyId: FIXTURE_PIN_PUBLIC_KEY.kid },
  });

  expect(outcome(query)).toEqual(expected);
  expect(outcome(mutation)).toEqual(expected);
  expect(String(query.headers['www-authenticate'])).toMatch(BEARER_CHALLENGE);
  expect(await probe.upstream()).toEqual([]);
}

describe('caller authentication against the bank identity provider (AUTH_JWKS_FILE)', () => {
  it('serves a valid token, so the refusals below are about the token alone', async () => {
    await start();
    const token = await identityProvider.tokenFor(ANNA);
    probe.secret(token);

    const response = await probe.graphql(KEY_QUERY, { token, variables: { cardId: ANNA_CARD } });

    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: {
        pinEncryptionKey: { __typename: 'PinEncryptionKey', kid: FIXTURE_PIN_PUBLIC_KEY.kid },
      },
    });
  });

  it('refuses a request without a token', async () => {
    await start();

    await expectRefusedBeforeSolaris(undefined, refusal(MISSING_TOKEN, REALM));
  });

  it('refuses a garbage token', async () => {
    await start();

    await expectRefusedBeforeSolaris(
      'Bearer not a token at all',
      refusal(NOT_BEARER, invalidTokenChallenge(NOT_BEARER.replaceAll('"', "'"))),
    );
  });

  it('refuses garbage shaped like a JWT', async () => {
    await start();

    await expectRefusedBeforeSolaris(
      'Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2lnbmF0dXJl',
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses another authorization scheme', async () => {
    await start();

    await expectRefusedBeforeSolaris(
      `Basic ${Buffer.from(`${ANNA}:password`).toString('base64')}`,
      refusal(NOT_BEARER, invalidTokenChallenge(NOT_BEARER.replaceAll('"', "'"))),
    );
  });

  it('refuses an expired token', async () => {
    await start();
    const token = await identityProvider.sign({
      claims: { sub: ANNA },
      expiresInSeconds: -120,
    });

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(EXPIRED, invalidTokenChallenge(EXPIRED)),
    );
  });

  it('refuses a token signed by another key under the trusted kid', async () => {
    await start();
    const token = await identityProvider.sign({ claims: { sub: ANNA }, untrustedKey: true });

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses an unsigned token (alg none)', async () => {
    await start();

    await expectRefusedBeforeSolaris(
      `Bearer ${unsignedToken(ANNA)}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses an HS256 token keyed with the public RSA key (algorithm confusion)', async () => {
    await start();
    const token = await hmacToken(ANNA, identityProvider.publicModulus);

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses a token for another audience', async () => {
    await start();
    const token = await identityProvider.sign({
      claims: { sub: ANNA },
      audience: 'another-service',
    });

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses a token from another issuer', async () => {
    await start();
    const token = await identityProvider.sign({
      claims: { sub: ANNA },
      issuer: 'https://idp.other.example/',
    });

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('refuses a token without the person claim', async () => {
    await start();
    const token = await identityProvider.sign({ claims: { name: 'Anna' } });
    const message = 'The token has no "sub" claim naming the cardholder.';

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(message, invalidTokenChallenge(message.replaceAll('"', "'"))),
    );
  });
});

describe('a custom AUTH_PERSON_CLAIM', () => {
  const CLAIM = 'https://bank.example/solaris_person_id';

  it('takes the person from that claim, not from sub', async () => {
    await start({ AUTH_PERSON_CLAIM: CLAIM });
    const token = await identityProvider.sign({ claims: { sub: BEN, [CLAIM]: ANNA } });
    probe.secret(token);

    const own = await probe.graphql(KEY_QUERY, { token, variables: { cardId: ANNA_CARD } });
    const subjects = await probe.graphql(KEY_QUERY, { token, variables: { cardId: BEN_CARD } });

    expect(own.json).toEqual({
      data: {
        pinEncryptionKey: { __typename: 'PinEncryptionKey', kid: FIXTURE_PIN_PUBLIC_KEY.kid },
      },
    });
    expect(subjects.json).toEqual({
      data: { pinEncryptionKey: { __typename: 'CardNotFoundError', code: 'CARD_NOT_FOUND' } },
    });
  });

  it('refuses a token that has only sub', async () => {
    await start({ AUTH_PERSON_CLAIM: CLAIM });
    const token = await identityProvider.sign({ claims: { sub: ANNA } });
    const message = `The token has no "${CLAIM}" claim naming the cardholder.`;

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(message, invalidTokenChallenge(message.replaceAll('"', "'"))),
    );
  });

  it('refuses a claim that is not a string', async () => {
    await start({ AUTH_PERSON_CLAIM: CLAIM });
    const token = await identityProvider.sign({ claims: { sub: ANNA, [CLAIM]: 42 } });
    const message = `The token has no "${CLAIM}" claim naming the cardholder.`;

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(message, invalidTokenChallenge(message.replaceAll('"', "'"))),
    );
  });
});

describe('caller authentication with a JWKS endpoint (AUTH_JWKS_URL)', () => {
  async function startWithJwksUrl(): Promise<void> {
    jwksServer = await serveJwks(identityProvider.jwks);
    await start({ AUTH_JWKS_FILE: '', AUTH_JWKS_URL: jwksServer.url });
  }

  it('serves a token signed with a key from the endpoint', async () => {
    await startWithJwksUrl();
    const token = await identityProvider.tokenFor(ANNA);
    probe.secret(token);

    const response = await probe.graphql(KEY_QUERY, { token, variables: { cardId: ANNA_CARD } });

    expect(response.json).toEqual({
      data: {
        pinEncryptionKey: { __typename: 'PinEncryptionKey', kid: FIXTURE_PIN_PUBLIC_KEY.kid },
      },
    });
    expect(jwksServer?.fetches()).toBe(1);
  });

  it('refuses a token signed by a key the endpoint does not publish', async () => {
    await startWithJwksUrl();
    const token = await identityProvider.sign({ claims: { sub: ANNA }, untrustedKey: true });

    await expectRefusedBeforeSolaris(
      `Bearer ${token}`,
      refusal(INVALID, invalidTokenChallenge(INVALID)),
    );
  });

  it('answers 503 AUTH_UNAVAILABLE, not 401, while the endpoint is down', async () => {
    await startWithJwksUrl();
    await jwksServer?.close();
    jwksServer = undefined;
    const token = await identityProvider.tokenFor(ANNA);
    probe.secret(token);

    const response = await probe.graphql(KEY_QUERY, { token, variables: { cardId: ANNA_CARD } });

    expect({
      status: response.status,
      retryAfter: response.headers['retry-after'],
      body: response.json,
    }).toEqual({
      status: 503,
      retryAfter: '5',
      body: {
        errors: [
          {
            message: 'Caller authentication is unavailable; retry later.',
            extensions: { code: 'AUTH_UNAVAILABLE' },
          },
        ],
      },
    });
    expect(await probe.upstream()).toEqual([]);
  });
});

import { Readable } from 'node:stream';

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { calls } from '../helpers/graphql-client.js';
import { startSecurityGateway } from '../helpers/security-gateway.js';
import {
  createIdentityProvider,
  type IdentityProvider,
} from '../helpers/security-identity-provider.js';
import {
  AUTHORIZE,
  CHANGE_PIN,
  encryptedPin,
  fetchKey,
  rootField,
} from '../helpers/security-operations.js';
import { SecurityProbe, type ProbeResponse } from '../helpers/security-probe.js';

const FIVE_MB = 5 * 1024 * 1024;
const CSRF_MESSAGE =
  "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n";

let gateway: TestGateway | undefined;
let probe: SecurityProbe;
let token: string;

afterEach(async () => {
  try {
    await probe.expectNoLeaks();
  } finally {
    await gateway?.close();
    gateway = undefined;
  }
});

async function start(
  options: Parameters<typeof startSecurityGateway>[0] = {},
): Promise<SecurityProbe> {
  gateway = await startSecurityGateway(options);
  probe = new SecurityProbe(gateway);
  token = await probe.token(ANNA);
  return probe;
}

function validationFailure(message: string, locations?: { line: number; column: number }[]) {
  return {
    message,
    ...(locations === undefined ? {} : { locations }),
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  };
}

function outcome(response: ProbeResponse) {
  return { status: response.status, body: response.json };
}

/** `depth` levels of `open` around `leaf`: `a { a { leaf } }`. */
function nested(open: string, leaf: string, depth: number): string {
  return `${`${open} { `.repeat(depth)}${leaf}${' }'.repeat(depth)}`;
}

/** A body sent without a content-length, as a client streaming it would. */
async function* inChunks(text: string, size: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < text.length; offset += size) {
    yield Buffer.from(text.slice(offset, offset + size));
  }
}

async function expectNothingUpstream(): Promise<void> {
  const apiCalls = calls(await probe.upstream()).filter((call) => call !== 'POST /oauth2/token');
  expect(apiCalls).toEqual([]);
}

describe('one document can start each PIN change step once', () => {
  it('refuses twenty aliased changeCardPin fields, and nothing reaches Solaris', async () => {
    await start();
    const aliases = Array.from(
      { length: 20 },
      (_, index) =>
        `  c${index}: changeCardPin(cardId: "${ANNA_CARD}", encryptedPin: "x", keyId: "k") { __typename }`,
    );

    const response = await probe.graphql(`mutation {\n${aliases.join('\n')}\n}`, { token });

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          validationFailure('Syntax Error: Aliases limit of 5 exceeded, found 20.'),
          ...aliases
            .slice(1)
            .map((_, index) =>
              validationFailure('Field "changeCardPin" may appear at most once per document.', [
                { line: index + 3, column: 3 },
              ]),
            ),
        ],
      },
    });
    await expectNothingUpstream();
  });

  it('refuses the same step twice, even under the five-alias limit', async () => {
    await start();
    const step = `changeCardPin(cardId: "${ANNA_CARD}", encryptedPin: "x", keyId: "k") { __typename }`;

    const response = await probe.graphql(`mutation {\n  a: ${step}\n  b: ${step}\n}`, { token });

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          validationFailure('Field "changeCardPin" may appear at most once per document.', [
            { line: 3, column: 3 },
          ]),
        ],
      },
    });
    await expectNothingUpstream();
  });

  it('runs two different steps in one document', async () => {
    await start();
    const document = `mutation Both($cardId: ID!, $encryptedPin: String!, $keyId: ID!, $changeRequestId: ID!) {
      changeCardPin(cardId: $cardId, encryptedPin: $encryptedPin, keyId: $keyId) {
        __typename ... on InvalidEncryptedPinError { reason }
      }
      authorizePinChange(changeRequestId: $changeRequestId, method: SMS) {
        __typename ... on ChangeRequestNotFoundError { changeRequestId }
      }
    }`;

    const response = await probe.graphql(document, {
      token,
      variables: { cardId: ANNA_CARD, encryptedPin: 'x', keyId: 'k', changeRequestId: 'cr-1' },
    });

    expect(outcome(response)).toEqual({
      status: 200,
      body: {
        data: {
          changeCardPin: { __typename: 'InvalidEncryptedPinError', reason: 'NOT_COMPACT_JWE' },
          authorizePinChange: {
            __typename: 'ChangeRequestNotFoundError',
            changeRequestId: 'cr-1',
          },
        },
      },
    });
  });

  it('refuses a JSON array of operations', async () => {
    await start();
    const operation = {
      query: `mutation { changeCardPin(cardId: "${ANNA_CARD}", encryptedPin: "x", keyId: "k") { __typename } }`,
    };

    const response = await probe.post(JSON.stringify([operation, operation, operation]), {
      token,
    });

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
      },
    });
    await expectNothingUpstream();
  });
});

describe('documents that do not parse', () => {
  const parseFailure = (message: string, column: number) => ({
    status: 400,
    body: {
      errors: [
        { message, locations: [{ line: 1, column }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      ],
    },
  });

  it('refuses a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    await start();

    const response = await probe.graphql(`mutation { changeCardPin(cardId: "${ANNA_CARD}" `, {
      token,
    });

    expect(outcome(response)).toEqual(
      parseFailure('Syntax Error: Expected Name, found <EOF>.', 73),
    );
    await expectNothingUpstream();
  });

  it('stops parsing a document of more than 2000 tokens', async () => {
    await start();
    const fields = Array.from({ length: 2001 }, () => '__typename').join(' ');

    const response = await probe.graphql(`{ ${fields} }`, { token });

    expect(outcome(response)).toEqual(
      parseFailure(
        'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
        21992,
      ),
    );
  });
});

describe('deeply nested queries', () => {
  it('refuses fifty levels through __schema', async () => {
    await start();

    const response = await probe.graphql(
      `{ __schema { types { fields { type { ${nested('ofType', 'name', 50)} } } } } }`,
      { token },
    );

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [validationFailure('Syntax Error: Query depth limit of 15 exceeded, found 55.')],
      },
    });
  });

  it('refuses fifty levels through __type', async () => {
    await start();

    const response = await probe.graphql(
      `{ __type(name: "Query") { fields { type { ${nested('ofType', 'name', 50)} } } } }`,
      { token },
    );

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          validationFailure(
            'Syntax Error: Query Cost limit of 5000 exceeded, found 10759862812.112085.',
          ),
          validationFailure('Syntax Error: Query depth limit of 15 exceeded, found 54.'),
        ],
      },
    });
  });

  it('refuses fifty nested inline fragments on a real field, and nothing reaches Solaris', async () => {
    await start();

    const response = await probe.graphql(
      `{ pinEncryptionKey(cardId: "${ANNA_CARD}") { ${nested('... on PinEncryptionKey', 'kid', 50)} } }`,
      { token },
    );

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          validationFailure(
            'Syntax Error: Query Cost limit of 5000 exceeded, found 4782161247.605371.',
          ),
        ],
      },
    });
    await expectNothingUpstream();
  });

  it('serves the introspection a GraphQL client sends (these limits leave it room)', async () => {
    await start();

    const response = await probe.graphql(`{ __type(name: "ScaMethod") { enumValues { name } } }`, {
      token,
    });

    expect(outcome(response)).toEqual({
      status: 200,
      body: {
        data: { __type: { enumValues: [{ name: 'SMS' }, { name: 'DEVICE_SIGNING' }] } },
      },
    });
  });
});

describe('malformed HTTP requests', () => {
  const tooLarge = {
    status: 413,
    body: {
      errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    },
  };

  it('refuses a 5 MB body with HTTP 413, sent whole or chunked, and goes on serving', async () => {
    await start();
    const query = `{ pinEncryptionKey(cardId: "${ANNA_CARD}") { __typename } }`;
    const body = JSON.stringify({ query, variables: { padding: 'x'.repeat(FIVE_MB) } });

    const whole = await probe.post(body, { token });
    const chunked = await request(`${gateway?.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: Readable.from(inChunks(body, 65_536)),
    });
    const chunkedBody: unknown = await chunked.body.json();
    const after = await probe.graphql(query, { token });

    expect(outcome(whole)).toEqual(tooLarge);
    expect({ status: chunked.statusCode, body: chunkedBody }).toEqual(tooLarge);
    expect(outcome(after)).toEqual({
      status: 200,
      body: { data: { pinEncryptionKey: { __typename: 'PinEncryptionKey' } } },
    });
  });

  it('refuses variables of the wrong type with 400 BAD_USER_INPUT before any resolver runs', async () => {
    await start({ env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '1' } });
    const key = await fetchKey(probe, token, ANNA_CARD);
    const jwe = await encryptedPin(probe, key, '6149');
    await probe.mark();

    const wrongTypes = [
      { cardId: ANNA_CARD, encryptedPin: 6149, keyId: key.kid },
      { cardId: ANNA_CARD, encryptedPin: [jwe], keyId: key.kid },
      { cardId: { id: ANNA_CARD }, encryptedPin: jwe, keyId: key.kid },
    ];
    const refused = [];
    for (const variables of wrongTypes) {
      refused.push(outcome(await probe.graphql(CHANGE_PIN, { token, variables })));
    }
    const wellTyped = await probe.graphql(CHANGE_PIN, {
      token,
      variables: { cardId: ANNA_CARD, encryptedPin: jwe, keyId: key.kid },
    });

    const badInput = (message: string) => ({
      status: 400,
      body: {
        errors: [
          { message, locations: [expect.any(Object)], extensions: { code: 'BAD_USER_INPUT' } },
        ],
      },
    });
    expect(refused).toEqual([
      badInput(
        'Variable "$encryptedPin" got an invalid value; String cannot represent a non string value.',
      ),
      badInput(
        'Variable "$encryptedPin" got an invalid value; String cannot represent a non string value.',
      ),
      badInput('Variable "$cardId" got an invalid value; ID cannot represent value.'),
    ]);
    // The mutation limit of one was still unused: none of the refused requests reached a resolver.
    expect(rootField(wellTyped, 'changeCardPin')['__typename']).toBe('ChangeRequest');
    expect(calls(await probe.upstreamSinceMark())).toEqual([
      `GET /v1/cards/${ANNA_CARD}`,
      'GET /v1/cards/pin_keys/latest',
      `POST /v1/cards/${ANNA_CARD}/sca_pin_update_requests`,
    ]);
  });

  it('refuses a mutation sent with GET', async () => {
    await start();
    const mutation = `mutation { authorizePinChange(changeRequestId: "cr-1", method: SMS) { __typename } }`;

    const response = await probe.send(`/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });

    expect(outcome(response)).toEqual({
      status: 405,
      body: {
        errors: [
          {
            message: 'GET requests only support query operations, not mutation operations',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
    expect(response.headers['allow']).toBe('POST');
    await expectNothingUpstream();
  });

  it.each(['text/plain', 'text/plain; charset=utf-8'])(
    'refuses a POST with content-type %s (CSRF prevention)',
    async (contentType) => {
      await start();
      const mutation = `mutation { authorizePinChange(changeRequestId: "cr-1", method: SMS) { __typename } }`;

      const response = await probe.post(JSON.stringify({ query: mutation }), {
        token,
        headers: { 'content-type': contentType },
      });

      expect(outcome(response)).toEqual({
        status: 400,
        body: { errors: [{ message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST' } }] },
      });
      await expectNothingUpstream();
    },
  );

  it('refuses a form-encoded POST as an unsupported media type', async () => {
    await start();

    const response = await probe.post('query=%7B__typename%7D', {
      token,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(outcome(response)).toEqual({
      status: 415,
      body: {
        errors: [
          { message: 'Unsupported Media Type', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
        ],
      },
    });
  });

  it('refuses malformed JSON with a 400 that names the problem, without echoing the body', async () => {
    await start();
    const secretInBody = 'eyJhbGciOiJSU0EtT0FFUC0yNTYifQ.c2VjcmV0LWtleS1ieXRlcw';
    probe.secret(secretInBody);

    const response = await probe.post(
      `{"query": "mutation { changeCardPin }", "variables": {"encryptedPin": "${secretInBody}"`,
      { token },
    );

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: "Body is not valid JSON but content-type is set to 'application/json'",
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
    expect(response.text.includes(secretInBody)).toBe(false);
  });

  it('refuses an empty JSON body with a 400', async () => {
    await start();

    const response = await probe.post('', { token });

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: "Body cannot be empty when content-type is set to 'application/json'",
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });
});

describe('in production mode', () => {
  let identityProvider: IdentityProvider;

  beforeAll(async () => {
    identityProvider = await createIdentityProvider();
  });

  afterAll(() => identityProvider.close());

  const startProduction = () => start({ identityProvider, env: { NODE_ENV: 'production' } });
  const introspectionRefused = {
    status: 400,
    body: {
      errors: [
        validationFailure('Introspection is off on this gateway.', [{ line: 1, column: 3 }]),
      ],
    },
  };

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Mutation") { fields { name } } }'],
  ])('refuses introspection through %s', async (_name, query) => {
    await startProduction();

    const response = await probe.graphql(query, { token });

    expect(outcome(response)).toEqual(introspectionRefused);
  });

  it('still answers __typename', async () => {
    await startProduction();

    const response = await probe.graphql('{ __typename }', { token });

    expect(outcome(response)).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it.each([
    [
      'a misspelt root field',
      '{ pinEncryptionKy(cardId: "x") { __typename } }',
      'Cannot query field "pinEncryptionKy" on type "Query".',
      { line: 1, column: 3 },
    ],
    [
      'a misspelt field of a result type',
      '{ pinEncryptionKey(cardId: "x") { ... on PinEncryptionKey { kdi } } }',
      'Cannot query field "kdi" on type "PinEncryptionKey".',
      { line: 1, column: 61 },
    ],
    [
      'a misspelt enum literal',
      'mutation { authorizePinChange(changeRequestId: "x", method: SMSS) { __typename } }',
      'Value "SMSS" does not exist in "ScaMethod" enum.',
      { line: 1, column: 61 },
    ],
  ])('leaks no suggestion for %s', async (_name, query, message, location) => {
    await startProduction();

    const response = await probe.graphql(query, { token });

    expect(outcome(response)).toEqual({
      status: 400,
      body: { errors: [validationFailure(message, [location])] },
    });
  });

  it.each([
    [
      'a misspelt enum value in a variable',
      `mutation ($method: ScaMethod!) { authorizePinChange(changeRequestId: "x", method: $method) { __typename } }`,
      { method: 'SMSS' },
      ['Variable "$method" got an invalid value; Value "SMSS" does not exist in "ScaMethod" enum.'],
    ],
    [
      'a misspelt input field in a variable',
      `mutation ($confirmation: ScaConfirmation!) { confirmPinChange(changeRequestId: "x", confirmation: $confirmation) { __typename } }`,
      { confirmation: { tam: '123456' } },
      [
        'Variable "$confirmation" got an invalid value; Field "tam" is not defined by type "ScaConfirmation".',
        'Variable "$confirmation" got an invalid value; Exactly one key must be specified for OneOf type "ScaConfirmation".',
      ],
    ],
  ])('leaks no suggestion for %s', async (_name, query, variables, messages) => {
    await startProduction();
    probe.secret('123456');

    const response = await probe.graphql(query, { token, variables });

    expect(outcome(response)).toEqual({
      status: 400,
      body: {
        errors: messages.map((message) => ({
          message,
          locations: [{ line: 1, column: 11 }],
          extensions: { code: 'BAD_USER_INPUT' },
        })),
      },
    });
  });

  it('suggests outside production, so the refusals above are production behaviour', async () => {
    await start();

    const field = await probe.graphql('{ pinEncryptionKy(cardId: "x") { __typename } }', {
      token,
    });
    const enumValue = await probe.graphql(AUTHORIZE, {
      token,
      variables: { changeRequestId: 'x', method: 'SMSS' },
    });

    expect(field.json?.errors?.[0]?.['message']).toBe(
      'Cannot query field "pinEncryptionKy" on type "Query". Did you mean "pinEncryptionKey"?',
    );
    expect(enumValue.json?.errors?.[0]?.['message']).toBe(
      'Variable "$method" got an invalid value; Value "SMSS" does not exist in "ScaMethod" enum. Did you mean the enum value "SMS"?',
    );
  });
});

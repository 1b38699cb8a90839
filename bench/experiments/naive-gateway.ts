import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { Pool } from 'undici';

/**
 * An experiment, not part of the gateway: the least a GraphQL gateway on the same stack does.
 * Fastify and Apollo Server with the gateway's schema, and resolvers that only fetch the card and
 * the key with undici and return them, with no caller authentication, no ownership or status
 * check, no rate limit, deadline, breaker, retry, log or metric. It serves `pinEncryptionKey`
 * with the same bytes as the gateway, so the benchmark can drive it like the gateway
 * (`npm run bench -- --gateway-entry bench/results/dist/experiments/naive-gateway.js`) and tell
 * Apollo and Fastify's own cost apart from the cost of the gateway's checks.
 */

const api = new URL(process.env['SOLARIS_API_URL'] ?? 'http://127.0.0.1:4010');
const pool = new Pool(api.origin, { connections: 64 });
const schemaUrl = new URL('../../../../schema/schema.graphql', import.meta.url);

/** One OAuth token, fetched at start and used for good: the runs are shorter than its life. */
async function fetchToken(): Promise<string> {
  const auth = new URL(process.env['SOLARIS_AUTH_URL'] ?? api.href);
  const credentials = `${process.env['SOLARIS_CLIENT_ID']}:${process.env['SOLARIS_CLIENT_SECRET']}`;
  const response = await pool.request({
    path: `${auth.pathname.replace(/\/+$/, '')}/oauth2/token`,
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=partners',
  });
  return ((await response.body.json()) as { access_token: string }).access_token;
}
const token = await fetchToken();

async function get(path: string): Promise<Record<string, unknown>> {
  const response = await pool.request({
    path: api.pathname.replace(/\/+$/, '') + path,
    method: 'GET',
    headers: { accept: 'application/json', authorization: `Bearer ${token}` },
  });
  return (await response.body.json()) as Record<string, unknown>;
}

const resolvers = {
  Query: {
    pinEncryptionKey: async (_: unknown, { cardId }: { cardId: string }) => {
      await get(`/v1/cards/${encodeURIComponent(cardId)}`);
      const key = await get('/v1/cards/pin_keys/latest');
      const jwk = {
        kty: key['kty'],
        kid: key['kid'],
        use: 'enc',
        alg: 'RSA-OAEP-256',
        n: key['n'],
        e: key['e'],
      };
      return { __typename: 'PinEncryptionKey', ...jwk, encryption: 'A256CBC-HS512', jwk };
    },
  },
  PinEncryptionKeyResult: { __resolveType: (value: { __typename: string }) => value.__typename },
};

const app = Fastify();
const apollo = new ApolloServer({ typeDefs: readFileSync(schemaUrl, 'utf8'), resolvers });
await apollo.start();
app.post('/graphql', fastifyApolloHandler(apollo));
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? '0') });
const { port } = app.server.address() as AddressInfo;
process.stdout.write(`listening http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => pool.close());
});

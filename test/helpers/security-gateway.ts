import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { JWK } from 'jose';

import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startSolarisSim, type SimOptions } from '../../src/solaris-sim/server.js';
import { startTestGateway, type TestGateway } from './gateway.js';
import { captureLogs } from './log-capture.js';
import type { IdentityProvider } from './security-identity-provider.js';

/** The fixed test PIN key (private): no RSA key generation when a gateway starts. */
export const FIXTURE_PIN_KEY = JSON.parse(
  readFileSync(new URL('../fixtures/pin-key.private.jwk.json', import.meta.url), 'utf8'),
) as JWK & { kid: string };

/** The public half of the fixture PIN key, as `pinEncryptionKey` hands it out. */
export const FIXTURE_PIN_PUBLIC_KEY: JWK & { kid: string } = {
  kty: 'RSA',
  kid: FIXTURE_PIN_KEY.kid,
  use: 'enc',
  alg: 'RSA-OAEP-256',
  n: FIXTURE_PIN_KEY.n,
  e: FIXTURE_PIN_KEY.e,
};

export interface SecurityGatewayOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  sim?: SimOptions;
  /** Authenticate callers against this identity provider instead of the development key. */
  identityProvider?: IdentityProvider;
}

/**
 * A gateway and its embedded Solaris for security tests: the fixture PIN key and a random client
 * secret (so a leaked secret can never be mistaken for a coincidence). With `identityProvider` the
 * gateway runs in JWKS mode against the embedded Solaris configured as a remote one, which is also
 * the only way to run it with `NODE_ENV=production`.
 */
export async function startSecurityGateway(
  options: SecurityGatewayOptions = {},
): Promise<TestGateway> {
  const sim = {
    pinKey: FIXTURE_PIN_KEY,
    clientSecret: `sim-secret-${randomBytes(12).toString('hex')}`,
    ...options.sim,
  };
  if (options.identityProvider === undefined) {
    return startTestGateway({ sim, ...(options.env === undefined ? {} : { env: options.env }) });
  }
  return startJwksGateway(options.identityProvider, sim, options.env ?? {});
}

async function startJwksGateway(
  identityProvider: IdentityProvider,
  simOptions: SimOptions,
  env: Record<string, string>,
): Promise<TestGateway> {
  const sim = await startSolarisSim(simOptions);
  const logs = captureLogs();
  const upstream = {
    apiUrl: sim.url,
    authUrl: sim.url,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
  };

  let app;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      METRICS_PORT: '0',
      LOG_LEVEL: 'debug',
      SOLARIS_API_URL: upstream.apiUrl,
      SOLARIS_AUTH_URL: upstream.authUrl,
      SOLARIS_CLIENT_ID: upstream.clientId,
      SOLARIS_CLIENT_SECRET: upstream.clientSecret,
      ...identityProvider.env,
      ...env,
    });
    app = await startApp({ config, logger: logs.logger, upstream });
  } catch (error: unknown) {
    await sim.close();
    throw error;
  }

  const running = app;
  return {
    url: running.url,
    graphqlUrl: `${running.url}/graphql`,
    metricsUrl: running.metricsUrl,
    sim,
    logs,
    app: running,
    token: (personId) => identityProvider.tokenFor(personId),
    async close() {
      await running.close();
      await sim.close();
    },
  };
}

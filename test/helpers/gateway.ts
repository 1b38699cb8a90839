import { createDevelopmentKey, mintDevelopmentToken } from '../../src/auth/development-auth.js';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import {
  JOURNEY_EXAMPLE,
  journeyExampleVariables,
} from '../../src/server/graphiql/example-operations.js';
import { startSolarisSim, type SimOptions, type SolarisSim } from '../../src/solaris-sim/server.js';
import { captureLogs, type CapturedLogs } from './log-capture.js';

export const ANNA = 'a1b2c3d4e5f60718293a4b5c6d7e8f90cper';
export const BEN = 'b2c3d4e5f60718293a4b5c6d7e8f90a1cper';
export const CHRIS = 'c3d4e5f60718293a4b5c6d7e8f90a1b2cper';
export const ANNA_CARD = '8febdba4912a747808ccc6f95f82bbb4mcrd';
export const ANNA_BLOCKED_CARD = '7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c1mcrd';
export const BEN_CARD = '1fe8caa4bf1f49d87b2d63c14bb565f0mcrd';
export const CHRIS_CARD = '0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5fmcrd';

export interface TestGatewayOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  sim?: SimOptions;
  /** Use this Solaris instead of starting an embedded one. */
  upstream?: { apiUrl: string; authUrl: string; clientId: string; clientSecret: string };
}

export interface TestGateway {
  url: string;
  graphqlUrl: string;
  metricsUrl: string | null;
  sim: SolarisSim;
  logs: CapturedLogs;
  app: RunningApp;
  /** A development bearer token for a person id. */
  token(personId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The gateway as `npm start` runs it (development authentication, the embedded Solaris), on
 * ephemeral ports, with its log lines captured.
 */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const sim = await startSolarisSim({ ...options.sim });
  const logs = captureLogs();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const developmentKey = await createDevelopmentKey();
  const token = (personId: string) => mintDevelopmentToken(developmentKey, personId);

  let app: RunningApp;
  try {
    app = await startApp({
      config,
      logger: logs.logger,
      upstream: options.upstream ?? {
        apiUrl: sim.url,
        authUrl: sim.url,
        clientId: sim.clientId,
        clientSecret: sim.clientSecret,
      },
      developmentKey,
      graphiql: {
        defaultQuery: JOURNEY_EXAMPLE,
        defaultVariables: journeyExampleVariables(ANNA_CARD),
        defaultHeaders: JSON.stringify({ Authorization: `Bearer ${await token(ANNA)}` }),
      },
    });
  } catch (error: unknown) {
    await sim.close();
    throw error;
  }

  return {
    url: app.url,
    graphqlUrl: `${app.url}/graphql`,
    metricsUrl: app.metricsUrl,
    sim,
    logs,
    app,
    token,
    async close() {
      await app.close();
      await sim.close();
    },
  };
}

import { loadOrCreateDevelopmentKey, mintDevelopmentToken } from './auth/development-auth.js';
import { startApp, type RunningApp, type UpstreamTarget } from './app.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import type { Logger } from './logger.js';
import { createLogger } from './server/create-logger.js';
import { JOURNEY_EXAMPLE, journeyExampleVariables } from './server/graphiql/example-operations.js';
import { DEFAULT_SEED } from './solaris-sim/default-seed.js';
import type { SolarisSim } from './solaris-sim/types.js';

/** The demo cardholder whose token `npm start` prints, and their first card. */
const DEMO_PERSON_ID = DEFAULT_SEED.persons[0]?.id ?? '';
const DEMO_CARD_ID = DEFAULT_SEED.cards.find((card) => card.person_id === DEMO_PERSON_ID)?.id ?? '';

/** Where the embedded Solaris listens unless SIM_PORT says otherwise; the demo looks there. */
const EMBEDDED_SOLARIS_PORT = 4010;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({
    level: config.logLevel,
    pretty: process.stdout.isTTY === true && config.environment === 'development',
  });

  const sim = config.solaris.mode === 'embedded' ? await startEmbeddedSolaris(logger) : null;
  const upstream = sim === null ? remoteUpstream(config) : simUpstream(sim);
  const developmentKey =
    config.auth.mode === 'development' ? await loadOrCreateDevelopmentKey() : undefined;
  const developmentToken =
    developmentKey === undefined
      ? null
      : await mintDevelopmentToken(developmentKey, DEMO_PERSON_ID);

  const app = await startApp({
    config,
    logger,
    upstream,
    ...(developmentKey === undefined ? {} : { developmentKey }),
    graphiql: {
      defaultQuery: JOURNEY_EXAMPLE,
      defaultVariables: journeyExampleVariables(DEMO_CARD_ID),
      ...(developmentToken === null
        ? {}
        : { defaultHeaders: JSON.stringify({ Authorization: `Bearer ${developmentToken}` }) }),
    },
  });

  logger.info(
    { url: `${app.url}/graphql`, metricsUrl: app.metricsUrl, solaris: upstream.apiUrl },
    'gateway listening',
  );
  if (developmentToken !== null) {
    printDevelopmentBanner(app, developmentToken);
  }
  stopOnSignals(app, sim, logger);
}

function readConfig(): GatewayConfig {
  try {
    return loadConfig(process.env);
  } catch (error: unknown) {
    if (error instanceof ConfigError) {
      process.stderr.write(`card-pin-gateway: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function startEmbeddedSolaris(logger: Logger): Promise<SolarisSim> {
  // Loaded only here: a gateway on a real Solaris never loads the embedded one.
  const { simOptionsFromEnv, startSolarisSim } = await import('./solaris-sim/server.js');
  const sim = await startSolarisSim({
    port: EMBEDDED_SOLARIS_PORT,
    ...(await simOptionsFromEnv(process.env)),
  });
  logger.info({ url: sim.url }, 'embedded Solaris started (development only)');
  return sim;
}

function simUpstream(sim: SolarisSim): UpstreamTarget {
  return {
    apiUrl: sim.url,
    authUrl: sim.url,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
  };
}

function remoteUpstream(config: GatewayConfig): UpstreamTarget {
  if (config.solaris.mode !== 'remote') {
    throw new TypeError('remoteUpstream needs a configured Solaris');
  }
  const { apiUrl, authUrl, clientId, clientSecret } = config.solaris;
  return { apiUrl, authUrl, clientId, clientSecret };
}

/**
 * Development only: the token for the demo cardholder goes to the terminal, never to the log, so
 * a newcomer can paste it into an app or curl. It is signed by the local development key and
 * worthless against any other deployment.
 */
function printDevelopmentBanner(app: RunningApp, token: string): void {
  process.stdout.write(
    [
      '',
      `GraphiQL:        ${app.url}/graphql`,
      `Demo cardholder: ${DEMO_PERSON_ID}`,
      `Demo card:       ${DEMO_CARD_ID}`,
      'Development bearer token (npm run dev-token -- <personId> mints more):',
      token,
      '',
    ].join('\n') + '\n',
  );
}

function stopOnSignals(app: RunningApp, sim: SolarisSim | null, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining operations in flight');
    app
      .close()
      .then(() => sim?.close())
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`card-pin-gateway failed to start: ${String(error)}\n`);
  process.exit(1);
});

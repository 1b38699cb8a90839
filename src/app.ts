import type { JWK } from 'jose';

import { createDevelopmentVerifier } from './auth/development-auth.js';
import { createJwksTokenVerifier, type TokenVerifier } from './auth/token-verifier.js';
import type { GatewayConfig } from './config.js';
import { createRateLimiter } from './limits/create-rate-limiter.js';
import type { Logger } from './logger.js';
import { createGateway, type Gateway, type GatewayDependencies } from './server/create-gateway.js';
import { GatewayMetrics, startMetricsServer } from './server/metrics.js';
import { UpstreamCallCounter } from './server/upstream-call-counter.js';
import { DEFAULT_SOLARIS_TIMEOUTS } from './solaris/config.js';
import { createSolarisClient } from './solaris/create-solaris-client.js';

/** A Solaris to talk to: the configured one, or the embedded one `main.ts` started. */
export interface UpstreamTarget {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface AppOptions {
  config: GatewayConfig;
  logger: Logger;
  upstream: UpstreamTarget;
  /** The development signing key; required when `config.auth.mode` is `development`. */
  developmentKey?: JWK;
  graphiql?: GatewayDependencies['graphiql'];
}

/** The running gateway: HTTP server, metrics server, Solaris pools and rate-limit store. */
export interface RunningApp {
  url: string;
  metricsUrl: string | null;
  gateway: Gateway;
  /** Drains and stops everything; resolves once operations in flight are done or the grace ends. */
  close(): Promise<void>;
}

/** Wires the layers together and starts listening. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const metrics = new GatewayMetrics();
  const callCounter = new UpstreamCallCounter();

  const solaris = createSolarisClient(
    {
      ...DEFAULT_SOLARIS_TIMEOUTS,
      ...options.upstream,
      ...config.solarisClient,
    },
    {
      logger: logger.child({ component: 'solaris' }),
      observer: callCounter.observer(metrics.solarisObserver()),
    },
  );
  const limiter = metrics.countingLimiter(
    await createRateLimiter(config.rateLimits, logger.child({ component: 'rate-limit' })),
  );

  const gateway = await createGateway({
    config,
    logger,
    solaris,
    limiter,
    verifier: await verifierFor(options),
    callCounter,
    onOperation: (outcomes, seconds) => metrics.recordOperation(outcomes, seconds),
    ...(options.graphiql === undefined ? {} : { graphiql: options.graphiql }),
  });
  const url = await gateway.listen();
  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | null = null;
  try {
    metricsServer =
      config.metrics === null
        ? null
        : await startMetricsServer(metrics, config.metrics.host, config.metrics.port);
  } catch (error: unknown) {
    // A start that fails half way must not leave the GraphQL port and the pools open behind it.
    await gateway.close();
    await Promise.allSettled([solaris.close(), limiter.close()]);
    throw error;
  }

  return {
    url,
    metricsUrl: metricsServer?.url ?? null,
    gateway,
    async close() {
      gateway.drain();
      // Unready but still serving, so a load balancer that polls /readyz stops sending traffic
      // before the listener closes and new connections would be refused.
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      await withGrace(gateway.close(), config.shutdownGraceMs, logger);
      await Promise.allSettled([solaris.close(), limiter.close(), metricsServer?.close()]);
    },
  };
}

async function verifierFor(options: AppOptions): Promise<TokenVerifier> {
  const { auth } = options.config;
  if (auth.mode === 'jwks') {
    return createJwksTokenVerifier(auth);
  }
  if (options.developmentKey === undefined) {
    throw new TypeError('Development authentication needs the development key');
  }
  return createDevelopmentVerifier(options.developmentKey);
}

async function withGrace(closing: Promise<void>, graceMs: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), graceMs);
  });
  const outcome = await Promise.race([closing.then(() => 'closed' as const), expired]);
  clearTimeout(timer);
  if (outcome === 'expired') {
    logger.warn({ graceMs }, 'shutdown grace period ended with operations still in flight');
  }
}

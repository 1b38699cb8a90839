import type { ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyReply,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';

import type { Caller } from '../auth/caller.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { GatewayConfig } from '../config.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { RateLimiter } from '../limits/rate-limiter.js';
import type { Logger } from '../logger.js';
import { createPinChangeLoaders } from '../pin-change/loaders.js';
import type { SolarisApi } from '../solaris/types.js';
import { createApolloServer } from './apollo-server.js';
import { authenticate } from './authenticate.js';
import { registerGraphiql, type GraphiqlOptions } from './graphiql/register-graphiql.js';
import { registerHealthRoutes } from './health.js';
import { operationLogPlugin, type OperationListener } from './operation-log-plugin.js';
import { requestIdOf } from './request-id.js';
import { securityHeaders } from './security-headers.js';
import type { UpstreamCallCounter } from './upstream-call-counter.js';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export const GRAPHQL_PATH = '/graphql';

/** helmet's headers for an API that serves no page of its own, and no caching of answers. */
const DEFAULT_HEADERS = {
  ...securityHeaders({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginEmbedderPolicy: false,
  }),
  'cache-control': 'no-store',
};

export interface GatewayDependencies {
  config: GatewayConfig;
  logger: Logger;
  solaris: SolarisApi;
  limiter: RateLimiter;
  verifier: TokenVerifier;
  callCounter: UpstreamCallCounter;
  /** What GraphiQL opens with (development: the dev token and the journey example). */
  graphiql?: Omit<GraphiqlOptions, 'endpoint'>;
  onOperation?: OperationListener;
  apolloPlugins?: ApolloServerPlugin<GraphQLContext>[];
}

/** The gateway's HTTP side, built but not listening. */
export interface Gateway {
  app: FastifyInstance;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops taking requests, lets those in flight finish, and closes the HTTP server. */
  close(): Promise<void>;
  /** Marks the gateway as draining: `/readyz` answers 503 from now on. */
  drain(): void;
}

/** Assembles HTTP server, security headers, health, GraphiQL, authentication and Apollo. */
export async function createGateway(deps: GatewayDependencies): Promise<Gateway> {
  const { config } = deps;
  let draining = false;

  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // One line per GraphQL operation comes from the operation log plugin instead.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    bodyLimit: config.bodyLimitBytes,
    genReqId: requestIdOf,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });
  app.decorateRequest('caller', null);
  // Sync hooks with `done`: an async hook costs a promise per request for work that never waits.
  app.addHook('onRequest', (request, reply, done) => {
    // Answers carry keys, change request ids and caller-specific errors: no cache may keep them.
    // Only GraphiQL sets headers of its own (its page's CSP, its assets' cache policy), later,
    // in its route, which overrides these.
    void reply.headers(DEFAULT_HEADERS).header('x-request-id', request.id);
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    // A kept-alive socket whose request was in flight when the drain began would hold the
    // server open until the grace ends; closing it with the answer lets shutdown finish early.
    if (draining) void reply.header('connection', 'close');
    done(null, payload);
  });

  await app.register(fastifyCors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
  });

  app.setErrorHandler(answerHttpError);
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send(httpErrorBody(`No route ${request.method} ${request.url}`, 'NOT_FOUND'));
  });

  registerHealthRoutes(app, {
    draining: () => draining,
    upstreamReady: () => deps.solaris.isReady(),
  });
  if (config.graphiql) {
    await registerGraphiql(app, { endpoint: GRAPHQL_PATH, ...deps.graphiql });
  }

  const apollo = createApolloServer({
    introspection: config.introspection,
    plugins: [
      fastifyApolloDrainPlugin(app),
      operationLogPlugin(deps.callCounter, deps.onOperation),
      ...(deps.apolloPlugins ?? []),
    ],
  });
  await apollo.start();

  const contextOf = async (request: FastifyRequest): Promise<GraphQLContext> =>
    buildContext(deps, request);
  app.route({
    method: ['GET', 'POST'],
    url: GRAPHQL_PATH,
    // onRequest: a request without a valid token is refused before its body is even parsed.
    onRequest: authenticate(deps.verifier),
    handler: fastifyApolloHandler(apollo, { context: contextOf }),
  });

  return {
    app,
    async listen() {
      return app.listen({ host: config.host, port: config.port });
    },
    async close() {
      draining = true;
      await app.close();
      await apollo.stop();
    },
    drain() {
      draining = true;
    },
  };
}

/**
 * Errors Fastify raises before GraphQL runs (malformed JSON, a body over the limit, an unsupported
 * content type) answered in the same `{"errors": [...]}` shape as GraphQL's own, so an app parses
 * one shape. Anything unexpected is logged once and answered without detail.
 */
function answerHttpError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status < 500) {
    void reply
      .code(status)
      .send(httpErrorBody(error.message, HTTP_ERROR_CODES[status] ?? 'BAD_REQUEST'));
    return;
  }
  request.log.error({ err: error }, 'unexpected error in HTTP layer');
  void reply.code(500).send(httpErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
}

const HTTP_ERROR_CODES: Record<number, string> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

function httpErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function buildContext(deps: GatewayDependencies, request: FastifyRequest): GraphQLContext {
  const caller = request.caller;
  if (caller === null) {
    // The authenticate hook runs first on this route; reaching here without a caller is a
    // wiring defect, not a client error.
    throw new TypeError('GraphQL context built for an unauthenticated request');
  }

  // Every Solaris call of the operation ends by this time at the latest; each call's own
  // deadline runs to it, so the operation needs no timer or abort signal of its own.
  const callOptions = {
    requestId: request.id,
    deadlineAt: performance.now() + deps.config.operationTimeoutMs,
  };
  return {
    requestId: request.id,
    logger: request.log,
    outcomes: [],
    session: {
      caller,
      solaris: deps.solaris,
      limiter: deps.limiter,
      loaders: createPinChangeLoaders(
        deps.solaris,
        deps.config.solarisClient.pinKeyScope,
        callOptions,
      ),
      callOptions,
    },
  };
}

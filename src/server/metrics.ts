import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { FieldOutcome } from '../graphql/context.js';
import type { LimitDecision, LimitKind, RateLimiter } from '../limits/rate-limiter.js';
import type { SolarisObserver } from '../solaris/types.js';

const BREAKER_STATES = ['closed', 'open', 'half_open'] as const;

/**
 * The gateway's Prometheus metrics. Every label value comes from a bounded set the code defines
 * (root fields, union member names, endpoint names, HTTP statuses), never from a client's input.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #operations: Counter<'root_field' | 'result_type'>;
  readonly #operationSeconds: Histogram;
  readonly #upstreamCalls: Counter<'endpoint' | 'status'>;
  readonly #upstreamSeconds: Histogram<'endpoint'>;
  readonly #tokenFetches: Counter<'outcome'>;
  readonly #breakerState: Gauge<'state'>;
  readonly #rateLimited: Counter<'kind'>;
  // Series bound to their labels once: prom-client hashes a label object on every call otherwise.
  // Label values come from bounded sets, so these maps stay small.
  readonly #callSeries = new Map<
    string,
    { calls: Counter.Internal; seconds: Histogram.Internal<'endpoint'> }
  >();
  readonly #operationSeries = new Map<string, Counter.Internal>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'card_pin_gateway_' });
    const registers = [this.registry];
    this.#operations = new Counter({
      name: 'card_pin_gateway_operations_total',
      help: 'GraphQL root fields resolved, by root field and the union member returned.',
      labelNames: ['root_field', 'result_type'],
      registers,
    });
    this.#operationSeconds = new Histogram({
      name: 'card_pin_gateway_operation_duration_seconds',
      help: 'Duration of GraphQL operations.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#upstreamCalls = new Counter({
      name: 'card_pin_gateway_upstream_calls_total',
      help: 'Solaris calls by endpoint and HTTP status ("error" when no status arrived).',
      labelNames: ['endpoint', 'status'],
      registers,
    });
    this.#upstreamSeconds = new Histogram({
      name: 'card_pin_gateway_upstream_call_duration_seconds',
      help: 'Duration of Solaris calls by endpoint.',
      labelNames: ['endpoint'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#tokenFetches = new Counter({
      name: 'card_pin_gateway_token_fetches_total',
      help: 'Solaris OAuth token requests by outcome.',
      labelNames: ['outcome'],
      registers,
    });
    this.#breakerState = new Gauge({
      name: 'card_pin_gateway_breaker_state',
      help: 'The Solaris circuit breaker: 1 for the current state, 0 for the others.',
      labelNames: ['state'],
      registers,
    });
    this.#rateLimited = new Counter({
      name: 'card_pin_gateway_rate_limit_rejections_total',
      help: 'Calls refused by a per-caller rate limit, by limit kind.',
      labelNames: ['kind'],
      registers,
    });
    this.#setBreakerState('closed');
  }

  /** Feeds upstream call, token and breaker metrics. */
  solarisObserver(): SolarisObserver {
    return {
      onCall: (call) => {
        const key = `${call.endpoint} ${call.status}`;
        let series = this.#callSeries.get(key);
        if (series === undefined) {
          series = {
            calls: this.#upstreamCalls.labels({
              endpoint: call.endpoint,
              status: String(call.status),
            }),
            seconds: this.#upstreamSeconds.labels({ endpoint: call.endpoint }),
          };
          this.#callSeries.set(key, series);
        }
        series.calls.inc();
        series.seconds.observe(call.durationMs / 1000);
      },
      onTokenFetch: (outcome) => this.#tokenFetches.inc({ outcome }),
      onBreakerStateChange: (state) => this.#setBreakerState(state),
    };
  }

  /** Records a finished operation. */
  recordOperation(outcomes: FieldOutcome[], durationSeconds: number): void {
    for (const outcome of outcomes) {
      const key = `${outcome.field} ${outcome.resultType}`;
      let series = this.#operationSeries.get(key);
      if (series === undefined) {
        series = this.#operations.labels({
          root_field: outcome.field,
          result_type: outcome.resultType,
        });
        this.#operationSeries.set(key, series);
      }
      series.inc();
    }
    this.#operationSeconds.observe(durationSeconds);
  }

  /** Wraps a limiter so that its refusals are counted. */
  countingLimiter(limiter: RateLimiter): RateLimiter {
    return {
      consume: async (kind: LimitKind, key: string): Promise<LimitDecision> => {
        const decision = await limiter.consume(kind, key);
        if (!decision.allowed) {
          this.#rateLimited.inc({ kind });
        }
        return decision;
      },
      close: () => limiter.close(),
    };
  }

  #setBreakerState(state: (typeof BREAKER_STATES)[number]): void {
    for (const candidate of BREAKER_STATES) {
      this.#breakerState.set({ state: candidate }, candidate === state ? 1 : 0);
    }
  }
}

/** Serves `/metrics` on its own port, apart from the public GraphQL port. */
export async function startMetricsServer(
  metrics: GatewayMetrics,
  host: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

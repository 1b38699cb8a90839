import type { FastifyInstance } from 'fastify';

export interface Readiness {
  /** Whether the process is shutting down. */
  draining(): boolean;
  /** Whether a Solaris token can be had now. */
  upstreamReady(): Promise<boolean>;
}

const READY_CACHE_MS = 1000;

/**
 * `/healthz`: the process is alive. `/readyz`: configuration loaded, a Solaris token obtainable,
 * not draining. The upstream check is cached for a second so probes never load Solaris.
 */
export function registerHealthRoutes(app: FastifyInstance, readiness: Readiness): void {
  let checkedAt = 0;
  let lastCheck: Promise<boolean> = Promise.resolve(false);

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    if (readiness.draining()) {
      return reply.code(503).send({ status: 'draining' });
    }
    if (Date.now() - checkedAt > READY_CACHE_MS) {
      checkedAt = Date.now();
      lastCheck = readiness.upstreamReady();
    }
    if (!(await lastCheck)) {
      return reply.code(503).send({ status: 'upstream_unavailable' });
    }
    return { status: 'ready' };
  });
}

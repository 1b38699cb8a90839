import { z } from 'zod';

import type { RateLimitConfig } from './limits/create-rate-limiter.js';
import type { SolarisClientConfig } from './solaris/config.js';

/** Raised when the environment does not describe a gateway that can start safely. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const onOff = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .transform((value) => value === 'true' || value === '1' || value === 'on');
const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

/**
 * Every variable the gateway reads, with its default. The README's configuration table lists
 * exactly these names (a test compares them).
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  SOLARIS_API_URL: z.url().optional(),
  SOLARIS_AUTH_URL: z.url().optional(),
  SOLARIS_CLIENT_ID: z.string().min(1).optional(),
  SOLARIS_CLIENT_SECRET: z.string().min(1).optional(),
  SOLARIS_PIN_KEY_SCOPE: z.enum(['global', 'card']).default('global'),
  SOLARIS_CONNECT_TIMEOUT_MS: integer(1, 60_000).default(2000),
  SOLARIS_HEADERS_TIMEOUT_MS: integer(1, 60_000).default(5000),
  SOLARIS_BODY_TIMEOUT_MS: integer(1, 60_000).default(5000),
  SOLARIS_CALL_TIMEOUT_MS: integer(1, 60_000).default(8000),
  SOLARIS_KEEP_ALIVE_TIMEOUT_MS: integer(1, 600_000).default(1000),
  SOLARIS_CONNECTIONS: integer(1, 1024).default(64),
  SOLARIS_BREAKER_FAILURE_THRESHOLD: integer(1, 10_000).default(5),
  SOLARIS_BREAKER_HALF_OPEN_AFTER_MS: integer(100, 600_000).default(10_000),
  OPERATION_TIMEOUT_MS: integer(100, 120_000).default(10_000),

  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_PERSON_CLAIM: z.string().min(1).default('sub'),
  AUTH_ALGORITHMS: commaList.default(['RS256', 'PS256', 'ES256']),
  AUTH_CLOCK_TOLERANCE_S: integer(0, 300).default(30),

  RATE_LIMIT_QUERIES_PER_MINUTE: integer(1, 1_000_000_000).default(120),
  RATE_LIMIT_MUTATIONS_PER_MINUTE: integer(1, 1_000_000_000).default(10),
  RATE_LIMIT_CONFIRMATIONS_PER_CHANGE_REQUEST: integer(1, 100).default(3),
  REDIS_URL: z.url().optional(),

  BODY_LIMIT_BYTES: integer(1024, 10_485_760).default(65_536),
  CORS_ORIGINS: commaList.default([]),
  GRAPHIQL: onOff.optional(),
  INTROSPECTION: onOff.optional(),
  METRICS_PORT: integer(0, 65535).default(9464),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  SHUTDOWN_DELAY_MS: integer(0, 120_000).default(0),
  SHUTDOWN_GRACE_MS: integer(0, 120_000).default(10_000),
});

type Environment = z.infer<typeof environmentSchema>;

/** The names of every variable `loadConfig` reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** How callers are authenticated: by the bank's identity provider, or by the development key. */
export type AuthConfig =
  | {
      mode: 'jwks';
      jwksUrl: string | null;
      jwksFile: string | null;
      issuer: string;
      audience: string;
      personClaim: string;
      algorithms: string[];
      clockToleranceSeconds: number;
    }
  | { mode: 'development'; personClaim: 'sub' };

/** Where Solaris is: configured, or the embedded Solaris started in this process. */
export type SolarisTarget =
  | {
      mode: 'remote';
      apiUrl: string;
      authUrl: string;
      clientId: string;
      clientSecret: string;
    }
  | { mode: 'embedded' };

/** The gateway's whole configuration, validated. */
export interface GatewayConfig {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: Environment['LOG_LEVEL'];
  solaris: SolarisTarget;
  solarisClient: Pick<
    SolarisClientConfig,
    | 'pinKeyScope'
    | 'connectTimeoutMs'
    | 'headersTimeoutMs'
    | 'bodyTimeoutMs'
    | 'callTimeoutMs'
    | 'keepAliveTimeoutMs'
    | 'connections'
    | 'breakerFailureThreshold'
    | 'breakerHalfOpenAfterMs'
  >;
  operationTimeoutMs: number;
  auth: AuthConfig;
  rateLimits: RateLimitConfig;
  bodyLimitBytes: number;
  corsOrigins: string[];
  graphiql: boolean;
  introspection: boolean;
  metrics: { port: number; host: string } | null;
  shutdownDelayMs: number;
  shutdownGraceMs: number;
}

/** Reads and validates the environment; throws `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }

  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  const solaris = solarisTarget(vars);
  const auth = authConfig(vars, solaris);
  if (production) {
    requireSecureUrls(vars);
  }

  return {
    environment: vars.NODE_ENV,
    host: vars.HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    solaris,
    solarisClient: {
      pinKeyScope: vars.SOLARIS_PIN_KEY_SCOPE,
      connectTimeoutMs: vars.SOLARIS_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: vars.SOLARIS_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: vars.SOLARIS_BODY_TIMEOUT_MS,
      callTimeoutMs: vars.SOLARIS_CALL_TIMEOUT_MS,
      keepAliveTimeoutMs: vars.SOLARIS_KEEP_ALIVE_TIMEOUT_MS,
      connections: vars.SOLARIS_CONNECTIONS,
      breakerFailureThreshold: vars.SOLARIS_BREAKER_FAILURE_THRESHOLD,
      breakerHalfOpenAfterMs: vars.SOLARIS_BREAKER_HALF_OPEN_AFTER_MS,
    },
    operationTimeoutMs: vars.OPERATION_TIMEOUT_MS,
    auth,
    rateLimits: {
      queriesPerMinute: vars.RATE_LIMIT_QUERIES_PER_MINUTE,
      mutationsPerMinute: vars.RATE_LIMIT_MUTATIONS_PER_MINUTE,
      confirmationsPerChangeRequest: vars.RATE_LIMIT_CONFIRMATIONS_PER_CHANGE_REQUEST,
      ...(vars.REDIS_URL === undefined ? {} : { redisUrl: vars.REDIS_URL }),
    },
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    corsOrigins: vars.CORS_ORIGINS,
    graphiql: vars.GRAPHIQL ?? !production,
    introspection: vars.INTROSPECTION ?? !production,
    metrics: vars.METRICS_PORT === 0 ? null : { port: vars.METRICS_PORT, host: vars.METRICS_HOST },
    shutdownDelayMs: vars.SHUTDOWN_DELAY_MS,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
  };
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of CONFIG_VARIABLES) {
    const value = env[name];
    if (value !== undefined && value !== '') {
      result[name] = value;
    }
  }
  return result;
}

function solarisTarget(vars: Environment): SolarisTarget {
  const { SOLARIS_API_URL, SOLARIS_AUTH_URL, SOLARIS_CLIENT_ID, SOLARIS_CLIENT_SECRET } = vars;
  if (SOLARIS_API_URL === undefined) {
    if (vars.NODE_ENV === 'production') {
      throw new ConfigError(
        'SOLARIS_API_URL is required in production; the embedded Solaris is for development only.',
      );
    }
    return { mode: 'embedded' };
  }

  const missing = Object.entries({ SOLARIS_AUTH_URL, SOLARIS_CLIENT_ID, SOLARIS_CLIENT_SECRET })
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new ConfigError(`SOLARIS_API_URL is set, so ${missing.join(', ')} must be set too.`);
  }

  return {
    mode: 'remote',
    apiUrl: stripTrailingSlash(SOLARIS_API_URL),
    authUrl: stripTrailingSlash(SOLARIS_AUTH_URL ?? ''),
    clientId: SOLARIS_CLIENT_ID ?? '',
    clientSecret: SOLARIS_CLIENT_SECRET ?? '',
  };
}

/**
 * Development authentication exists only together with the embedded Solaris: against any
 * configured Solaris the identity provider's settings are required, so the development key can
 * never guard real cards.
 */
function authConfig(vars: Environment, solaris: SolarisTarget): AuthConfig {
  const { AUTH_JWKS_URL, AUTH_JWKS_FILE, AUTH_ISSUER, AUTH_AUDIENCE } = vars;
  const anyAuth = [AUTH_JWKS_URL, AUTH_JWKS_FILE, AUTH_ISSUER, AUTH_AUDIENCE].some(
    (value) => value !== undefined,
  );
  if (!anyAuth && solaris.mode === 'embedded') {
    return { mode: 'development', personClaim: 'sub' };
  }

  if ((AUTH_JWKS_URL === undefined) === (AUTH_JWKS_FILE === undefined)) {
    throw new ConfigError('Set exactly one of AUTH_JWKS_URL and AUTH_JWKS_FILE.');
  }
  if (AUTH_ISSUER === undefined || AUTH_AUDIENCE === undefined) {
    throw new ConfigError('AUTH_ISSUER and AUTH_AUDIENCE are required with AUTH_JWKS_*.');
  }
  const unsupported = vars.AUTH_ALGORITHMS.filter((alg) => !ASYMMETRIC_ALGORITHMS.has(alg));
  if (unsupported.length > 0 || vars.AUTH_ALGORITHMS.length === 0) {
    throw new ConfigError(
      `AUTH_ALGORITHMS takes asymmetric JWS algorithms only (${[...ASYMMETRIC_ALGORITHMS].join(', ')}); got "${vars.AUTH_ALGORITHMS.join(',')}".`,
    );
  }

  return {
    mode: 'jwks',
    jwksUrl: AUTH_JWKS_URL ?? null,
    jwksFile: AUTH_JWKS_FILE ?? null,
    issuer: AUTH_ISSUER,
    audience: AUTH_AUDIENCE,
    personClaim: vars.AUTH_PERSON_CLAIM,
    algorithms: vars.AUTH_ALGORITHMS,
    clockToleranceSeconds: vars.AUTH_CLOCK_TOLERANCE_S,
  };
}

const ASYMMETRIC_ALGORITHMS = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
]);

/** In production every outbound URL must be `https://`, except on a loopback address. */
function requireSecureUrls(vars: Environment): void {
  const urls = {
    SOLARIS_API_URL: vars.SOLARIS_API_URL,
    SOLARIS_AUTH_URL: vars.SOLARIS_AUTH_URL,
    AUTH_JWKS_URL: vars.AUTH_JWKS_URL,
  };
  for (const [name, value] of Object.entries(urls)) {
    if (value === undefined) {
      continue;
    }
    const url = new URL(value);
    if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new ConfigError(
        `${name} must be an https:// URL in production (got "${url.protocol}//${url.host}"); plain http is allowed on loopback addresses only.`,
      );
    }
  }
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

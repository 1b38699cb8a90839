import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

import { afterEach, describe, expect, it } from '@jest/globals';
import { request } from 'undici';

import { DEFAULT_RETRY_AFTER_SECONDS } from '../../src/pin-change/upstream-failure.js';
import { ANNA, ANNA_CARD, type TestGateway } from '../helpers/gateway.js';
import { journal, postGraphQL } from '../helpers/graphql-client.js';
import { freePort } from '../helpers/redis-server.js';
import { SHIPPED, simJson, startKeyedGateway, walkJourney } from '../helpers/shipped-journey.js';

/** `startKeyedGateway` with `/metrics` on a port of its own that nothing else uses. */
/**
 * A free port can be taken by another test worker between the probe and the listen; a start
 * that loses that race is retried on another port.
 */
async function startWithMetrics(env: Record<string, string> = {}): Promise<TestGateway> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startKeyedGateway({ env: { METRICS_PORT: String(await freePort()), ...env } });
    } catch (error: unknown) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'EADDRINUSE' || attempt === 5) throw error;
    }
  }
}

async function scrape(gateway: TestGateway): Promise<string> {
  if (gateway.metricsUrl === null) throw new Error('the gateway serves no metrics');

  const response = await request(gateway.metricsUrl);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  return response.body.text();
}

/** The sample lines of one metric family (`name` itself, or `name{labels}`), in order. */
function samples(text: string, name: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`));
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

/**
 * The TCP ports this process listens on, sorted: the sockets among its file descriptors that
 * /proc/net/tcp and tcp6 list in the LISTEN state (0A). Linux only, as the test machines are.
 */
function listeningPorts(): number[] {
  const inodes = new Set(
    readdirSync('/proc/self/fd').map((fd) => {
      try {
        return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
      } catch {
        return undefined; // the descriptor closed while being read
      }
    }),
  );
  const rows = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8').trim().split('\n').slice(1),
  );
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
    .map((fields) => parseInt(fields[1]?.split(':')[1] ?? '', 16))
    .sort((a, b) => a - b);
}

/** Every label value of every sample line. */
function labelValues(text: string): string[] {
  return [...text.matchAll(/="((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] ?? '');
}

describe('/metrics', () => {
  let gateway: TestGateway | null = null;

  afterEach(async () => {
    await gateway?.close();
    gateway = null;
  });

  async function keyQuery(cardId = ANNA_CARD, query = SHIPPED.pinEncryptionKey) {
    if (gateway === null) throw new Error('no gateway');
    return postGraphQL(gateway.graphqlUrl, query, {
      token: await gateway.token(ANNA),
      variables: { cardId },
    });
  }

  it('counts an operation by root field and result type', async () => {
    gateway = await startWithMetrics();
    expect(samples(await scrape(gateway), 'card_pin_gateway_operations_total')).toEqual([]);

    await keyQuery();

    const text = await scrape(gateway);
    expect(samples(text, 'card_pin_gateway_operations_total')).toEqual([
      'card_pin_gateway_operations_total{root_field="pinEncryptionKey",result_type="PinEncryptionKey"} 1',
    ]);
    expect(text).toContain('# TYPE card_pin_gateway_operations_total counter\n');
    expect(samples(text, 'card_pin_gateway_operation_duration_seconds_count')).toEqual([
      'card_pin_gateway_operation_duration_seconds_count 1',
    ]);
  });

  it('counts upstream calls by endpoint and status, with their latency histogram', async () => {
    gateway = await startWithMetrics();

    await keyQuery();
    await keyQuery('ffffffffffffffffffffffffffffffffmcrd');

    const text = await scrape(gateway);
    expect(samples(text, 'card_pin_gateway_upstream_calls_total')).toEqual([
      'card_pin_gateway_upstream_calls_total{endpoint="oauth_token",status="200"} 1',
      'card_pin_gateway_upstream_calls_total{endpoint="card",status="200"} 1',
      'card_pin_gateway_upstream_calls_total{endpoint="pin_key_latest",status="200"} 1',
      'card_pin_gateway_upstream_calls_total{endpoint="card",status="404"} 1',
    ]);
    expect(text).toContain('# TYPE card_pin_gateway_upstream_call_duration_seconds histogram\n');
    expect(samples(text, 'card_pin_gateway_upstream_call_duration_seconds_count')).toEqual([
      'card_pin_gateway_upstream_call_duration_seconds_count{endpoint="oauth_token"} 1',
      'card_pin_gateway_upstream_call_duration_seconds_count{endpoint="card"} 2',
      'card_pin_gateway_upstream_call_duration_seconds_count{endpoint="pin_key_latest"} 1',
    ]);
    const cardBuckets = samples(text, 'card_pin_gateway_upstream_call_duration_seconds_bucket')
      .filter((line) => line.includes('endpoint="card"'))
      .map((line) => line.replace(/ \d+$/, ''));
    expect(cardBuckets).toEqual(
      ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'].map(
        (le) =>
          `card_pin_gateway_upstream_call_duration_seconds_bucket{le="${le}",endpoint="card"}`,
      ),
    );
    expect(text).toContain(
      'card_pin_gateway_upstream_call_duration_seconds_bucket{le="+Inf",endpoint="card"} 2\n',
    );
  });

  it('counts token fetches by outcome', async () => {
    gateway = await startWithMetrics();
    await simJson(`${gateway.sim.url}/__sim/faults`, {
      fault: 'status',
      route: '/oauth2/token',
      times: 1,
      status: 503,
    });

    const refused = await keyQuery();
    await keyQuery();

    expect(refused.body.data?.['pinEncryptionKey']).toEqual({
      __typename: 'UpstreamUnavailableError',
      retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS,
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Solaris is not available right now; retry later.',
      retryable: true,
    });
    expect(samples(await scrape(gateway), 'card_pin_gateway_token_fetches_total')).toEqual([
      'card_pin_gateway_token_fetches_total{outcome="failure"} 1',
      'card_pin_gateway_token_fetches_total{outcome="success"} 1',
    ]);
  });

  it('shows the circuit breaker closed, then open after consecutive failures', async () => {
    gateway = await startWithMetrics({ SOLARIS_BREAKER_FAILURE_THRESHOLD: '2' });
    expect(samples(await scrape(gateway), 'card_pin_gateway_breaker_state')).toEqual([
      'card_pin_gateway_breaker_state{state="closed"} 1',
      'card_pin_gateway_breaker_state{state="open"} 0',
      'card_pin_gateway_breaker_state{state="half_open"} 0',
    ]);
    await simJson(`${gateway.sim.url}/__sim/faults`, {
      fault: 'status',
      route: '/v1/cards/',
      status: 503,
    });

    await keyQuery();
    await keyQuery();

    expect(samples(await scrape(gateway), 'card_pin_gateway_breaker_state')).toEqual([
      'card_pin_gateway_breaker_state{state="closed"} 0',
      'card_pin_gateway_breaker_state{state="open"} 1',
      'card_pin_gateway_breaker_state{state="half_open"} 0',
    ]);
  });

  it('counts rate-limit rejections by limit kind', async () => {
    gateway = await startWithMetrics({ RATE_LIMIT_QUERIES_PER_MINUTE: '1' });

    await keyQuery();
    const limited = await keyQuery();

    expect(limited.body.data?.['pinEncryptionKey']).toEqual({
      __typename: 'RateLimitedError',
      retryAfterSeconds: expect.any(Number),
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many operations; retry in \d+ s\.$/),
      retryable: true,
    });
    const text = await scrape(gateway);
    expect(samples(text, 'card_pin_gateway_rate_limit_rejections_total')).toEqual([
      'card_pin_gateway_rate_limit_rejections_total{kind="query"} 1',
    ]);
    expect(samples(text, 'card_pin_gateway_operations_total')).toEqual([
      'card_pin_gateway_operations_total{root_field="pinEncryptionKey",result_type="PinEncryptionKey"} 1',
      'card_pin_gateway_operations_total{root_field="pinEncryptionKey",result_type="RateLimitedError"} 1',
    ]);
  });

  it('is not served on the GraphQL port', async () => {
    gateway = await startWithMetrics();

    const anonymous = await request(`${gateway.url}/metrics`);
    const authenticated = await request(`${gateway.url}/metrics`, {
      headers: { authorization: `Bearer ${await gateway.token(ANNA)}` },
    });

    const answers = [anonymous, authenticated];
    const texts = await Promise.all(answers.map((answer) => answer.body.text()));
    expect(answers.map((answer) => answer.statusCode)).toEqual([404, 404]);
    expect(texts.filter((text) => text.includes('card_pin_gateway_'))).toEqual([]);
    expect(new URL(gateway.metricsUrl ?? '').port).not.toBe(new URL(gateway.url).port);
  });

  it('starts no metrics server with METRICS_PORT=0', async () => {
    gateway = await startKeyedGateway({ env: { METRICS_PORT: '0' } });

    expect(gateway.metricsUrl).toBeNull();
    expect(listeningPorts()).toEqual(
      [portOf(gateway.sim.url), portOf(gateway.url)].sort((a, b) => a - b),
    );
  });

  it('listens on METRICS_PORT besides the GraphQL port', async () => {
    gateway = await startWithMetrics();
    const metricsPort = portOf(gateway.metricsUrl ?? '');

    expect(gateway.metricsUrl).toBe(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(listeningPorts()).toEqual(
      [portOf(gateway.sim.url), portOf(gateway.url), metricsPort].sort((a, b) => a - b),
    );
  });

  it('never shows an operation name or a card id a client chose', async () => {
    gateway = await startWithMetrics();
    const cardId = `${randomBytes(16).toString('hex')}mcrd`;

    const response = await keyQuery(
      cardId,
      'query Evil123($cardId: ID!) { pinEncryptionKey(cardId: $cardId) { __typename } }',
    );

    expect(response.body).toEqual({
      data: { pinEncryptionKey: { __typename: 'CardNotFoundError' } },
    });
    const text = await scrape(gateway);
    expect(samples(text, 'card_pin_gateway_operations_total')).toEqual([
      'card_pin_gateway_operations_total{root_field="pinEncryptionKey",result_type="CardNotFoundError"} 1',
    ]);
    expect(text).not.toContain('Evil123');
    expect(text).not.toContain(cardId);
    expect(text).not.toContain(cardId.slice(0, 16));
  });

  it('never shows a secret, after a whole journey', async () => {
    gateway = await startWithMetrics();

    const journey = await walkJourney(gateway, { personId: ANNA, cardId: ANNA_CARD, pin: '2580' });

    const accessTokens = (await journal(gateway.sim.url))
      .map((entry) => entry.headers['authorization'] ?? '')
      .filter((header) => header.startsWith('Bearer '))
      .map((header) => header.slice('Bearer '.length));
    const text = await scrape(gateway);
    const secrets = [
      journey.bearerToken,
      journey.encryptedPin,
      ...journey.encryptedPin.split('.').slice(1),
      gateway.sim.clientSecret,
      ...new Set(accessTokens),
    ];
    expect(accessTokens.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    const digitsIn = (value: string, digits: string) =>
      new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(value);
    expect(
      labelValues(text).filter(
        (value) => digitsIn(value, journey.pin) || digitsIn(value, journey.tan),
      ),
    ).toEqual([]);
    expect(samples(text, 'card_pin_gateway_operations_total')).toHaveLength(4);
  });
});

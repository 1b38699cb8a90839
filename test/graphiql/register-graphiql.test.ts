import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from '@jest/globals';
import Fastify, { type FastifyInstance } from 'fastify';
import { request } from 'undici';

import { INIT_SCRIPT } from '../../src/server/graphiql/init-script.js';
import { withoutExternalReferences } from '../../src/server/graphiql/offline-css.js';
import { PAGE_CSP } from '../../src/server/graphiql/page.js';
import {
  registerGraphiql,
  type GraphiqlOptions,
} from '../../src/server/graphiql/register-graphiql.js';

/** What Chromium sends when it navigates to a page. */
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';

const OPTIONS: GraphiqlOptions = {
  endpoint: '/graphql',
  defaultHeaders: '{"Authorization":"Bearer dev-token"}',
  defaultQuery: 'query Q { __typename }',
  defaultVariables: '{"cardId":"card-1"}',
};

const ASSET_NAMES = [
  'graphiql.min.css',
  'page.css',
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphiql.min.js',
  'init.js',
];

const require = createRequire(import.meta.url);

function packageFile(packageName: string, file: string): string {
  return readFileSync(join(dirname(require.resolve(`${packageName}/package.json`)), file), 'utf8');
}

const EXPECTED_ASSETS: Record<string, { contentType: string; body: string }> = {
  'graphiql.min.css': {
    contentType: 'text/css; charset=utf-8',
    // GraphiQL 3.9 embeds its fonts as data URLs, so today this is the file as shipped.
    body: withoutExternalReferences(packageFile('graphiql', 'graphiql.min.css')),
  },
  'page.css': {
    contentType: 'text/css; charset=utf-8',
    body: 'html,\nbody,\n#graphiql {\n  height: 100%;\n  margin: 0;\n}\n',
  },
  'react.production.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: packageFile('react', 'umd/react.production.min.js'),
  },
  'react-dom.production.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: packageFile('react-dom', 'umd/react-dom.production.min.js'),
  },
  'graphiql.min.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: packageFile('graphiql', 'graphiql.min.js').replace(
      '\n//# sourceMappingURL=index.umd.js.map\n',
      '\n',
    ),
  },
  'init.js': { contentType: 'text/javascript; charset=utf-8', body: INIT_SCRIPT },
};

interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  rawPayload: Buffer;
  body: string;
  json(): unknown;
}

/** A running app on 127.0.0.1 and a way to call it. */
interface TestServer {
  call(
    path: string,
    options?: { method?: 'GET' | 'HEAD' | 'POST'; headers?: Record<string, string>; body?: string },
  ): Promise<TestResponse>;
}

let app: FastifyInstance | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function listen(instance: FastifyInstance): Promise<TestServer> {
  const origin = await instance.listen({ host: '127.0.0.1', port: 0 });

  return {
    async call(path, options = {}) {
      const response = await request(`${origin}${path}`, {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        body: options.body,
      });
      const rawPayload = Buffer.from(await response.body.arrayBuffer());
      const body = rawPayload.toString('utf8');

      return {
        statusCode: response.statusCode,
        headers: response.headers,
        rawPayload,
        body,
        json: () => JSON.parse(body),
      };
    },
  };
}

/** A stand-in for Apollo's route: GET and POST on the endpoint, answering who handled them. */
function registerGraphqlRoute(instance: FastifyInstance): void {
  instance.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: async (request) => ({ handledBy: 'graphql', method: request.method }),
  });
}

async function startApp(
  options: GraphiqlOptions = OPTIONS,
  order: 'graphiql-first' | 'graphql-first' = 'graphiql-first',
): Promise<TestServer> {
  const instance = Fastify();
  app = instance;

  if (order === 'graphql-first') registerGraphqlRoute(instance);
  await registerGraphiql(instance, options);
  if (order === 'graphiql-first') registerGraphqlRoute(instance);

  return listen(instance);
}

async function fetchPage(server: TestServer): Promise<string> {
  const response = await server.call('/graphql', { headers: { accept: BROWSER_ACCEPT } });
  expect(response.statusCode).toBe(200);
  return response.body;
}

/** The text of the page's JSON config element, exactly as embedded. */
function configText(html: string): string {
  const match = /<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) throw new Error('page has no config element');
  return match[1];
}

describe('the GraphiQL page', () => {
  it.each(['graphiql-first', 'graphql-first'] as const)(
    'answers a browser navigation with the page and its security headers (%s)',
    async (order) => {
      const server = await startApp(OPTIONS, order);

      const response = await server.call('/graphql', { headers: { accept: BROWSER_ACCEPT } });

      expect(response.statusCode).toBe(200);
      expect({
        'content-type': response.headers['content-type'],
        'content-security-policy': response.headers['content-security-policy'],
        'cache-control': response.headers['cache-control'],
        'referrer-policy': response.headers['referrer-policy'],
        'x-content-type-options': response.headers['x-content-type-options'],
        'x-frame-options': response.headers['x-frame-options'],
      }).toEqual({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'none'; script-src 'self'; style-src 'self'; " +
          "style-src-elem 'self' 'unsafe-inline'; style-src-attr 'none'; connect-src 'self'; " +
          "img-src 'self' data:; font-src 'self' data:; base-uri 'none'; form-action 'self'; " +
          "frame-ancestors 'none'",
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
      });
      expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    },
  );

  it('answers a HEAD that prefers HTML with the page headers and no body', async () => {
    const server = await startApp();

    const response = await server.call('/graphql', {
      method: 'HEAD',
      headers: { accept: BROWSER_ACCEPT },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(response.body).toBe('');
  });

  it('links every asset from its own origin, with its content version, and nothing else', async () => {
    const server = await startApp();

    const html = await fetchPage(server);
    const links = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    const versions = await Promise.all(
      ASSET_NAMES.map(async (name) => {
        const response = await server.call(`/graphiql/assets/${name}`);
        return String(response.headers.etag).replace(/^W\/"(.*)"$/, '$1');
      }),
    );

    expect(links).toEqual([
      'data:,',
      ...ASSET_NAMES.map((name, index) => `/graphiql/assets/${name}?v=${versions[index]}`),
    ]);
    expect(html).not.toMatch(/https?:|\/\/[a-z0-9]/i);
  });

  it('has no inline script: every script element loads a file or holds JSON data', async () => {
    const server = await startApp();

    const html = await fetchPage(server);
    const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);

    expect(scriptTags).toEqual([
      '<script type="application/json" id="graphiql-config">',
      ...ASSET_NAMES.filter((name) => name.endsWith('.js')).map((name) =>
        expect.stringMatching(
          new RegExp(`^<script src="/graphiql/assets/${name}\\?v=[0-9a-f]{16}">$`),
        ),
      ),
    ]);
    expect(html).not.toMatch(/\son[a-z]+=|<style|style="/i);
  });

  it('embeds the settings as JSON for the mount script', async () => {
    const server = await startApp();

    const html = await fetchPage(server);

    expect(JSON.parse(configText(html))).toEqual({
      endpoint: '/graphql',
      defaultHeaders: '{"Authorization":"Bearer dev-token"}',
      defaultQuery: 'query Q { __typename }',
      defaultVariables: '{"cardId":"card-1"}',
    });
  });

  it('embeds only the endpoint when no defaults are given', async () => {
    const server = await startApp({ endpoint: '/graphql' });

    const html = await fetchPage(server);

    expect(configText(html)).toBe('{"endpoint":"/graphql"}');
  });

  it('escapes hostile default values so they cannot leave the JSON element', async () => {
    const hostile = {
      endpoint: '/graphql',
      defaultHeaders: '{"X-Evil":"</script><script>alert(1)</script><!-- & \u2028 \u2029"}',
      defaultQuery: '# </SCRIPT><img src=x onerror=alert(2)>\nquery Q { __typename }',
      defaultVariables: '{"a":"</script >"}',
    };
    const server = await startApp(hostile);

    const html = await fetchPage(server);
    const text = configText(html);

    expect(text).toBe(
      '{"endpoint":"/graphql",' +
        '"defaultHeaders":"{\\"X-Evil\\":\\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)' +
        '\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029\\"}",' +
        '"defaultQuery":"# \\u003c/SCRIPT\\u003e\\u003cimg src=x onerror=alert(2)\\u003e\\nquery Q { __typename }",' +
        '"defaultVariables":"{\\"a\\":\\"\\u003c/script \\u003e\\"}"}',
    );
    expect(JSON.parse(text)).toEqual(hostile);
    expect(html.match(/<\/script/gi)).toHaveLength(5);
    expect(html).not.toMatch(/<img|alert\(1\)<|<!--/);
  });

  it('refuses an endpoint that is not a path', async () => {
    const instance = Fastify();
    app = instance;

    await expect(
      registerGraphiql(instance, { endpoint: 'https://example.org/graphql' }),
    ).rejects.toThrow(
      new TypeError(
        `GraphiQL endpoint must be a path such as '/graphql', got "https://example.org/graphql"`,
      ),
    );
  });
});

describe('the GraphQL route on the same endpoint', () => {
  it.each([
    ['application/json', 'application/json'],
    ['the GraphQL response type', 'application/graphql-response+json, application/json;q=0.9'],
    ['a bare wildcard (curl)', '*/*'],
    ['HTML ranked below JSON', 'text/html;q=0.5, application/json'],
    ['HTML refused', 'text/html;q=0, */*'],
    ['HTML tied with JSON', 'application/json, text/html'],
  ])('still answers a GET that accepts %s', async (_label, accept) => {
    const server = await startApp();

    const response = await server.call('/graphql', { headers: { accept } });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ handledBy: 'graphql', method: 'GET' });
  });

  it('still answers a GET without Accept', async () => {
    const server = await startApp();

    const response = await server.call('/graphql?query=%7B__typename%7D');

    expect(response.json()).toEqual({ handledBy: 'graphql', method: 'GET' });
  });

  it.each(['graphiql-first', 'graphql-first'] as const)(
    'still answers every POST, even one that prefers HTML (%s)',
    async (order) => {
      const server = await startApp(OPTIONS, order);

      const responses = await Promise.all(
        [BROWSER_ACCEPT, 'application/json', '*/*', undefined].map((accept) =>
          server.call('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
            body: JSON.stringify({ query: '{ __typename }' }),
          }),
        ),
      );

      expect(responses.map((response) => response.json())).toEqual(
        Array.from({ length: 4 }, () => ({ handledBy: 'graphql', method: 'POST' })),
      );
    },
  );
});

describe('the GraphiQL assets', () => {
  it.each(ASSET_NAMES)(
    'serves %s from memory with its content type and long caching',
    async (name) => {
      const server = await startApp();
      const expected = EXPECTED_ASSETS[name];

      const response = await server.call(`/graphiql/assets/${name}?v=any`);

      expect(response.statusCode).toBe(200);
      expect({
        'content-type': response.headers['content-type'],
        'cache-control': response.headers['cache-control'],
        'x-content-type-options': response.headers['x-content-type-options'],
        vary: response.headers.vary,
        'content-encoding': response.headers['content-encoding'],
      }).toEqual({
        'content-type': expected?.contentType,
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        'content-encoding': undefined,
      });
      expect(response.headers.etag).toMatch(/^W\/"[0-9a-f]{16}"$/);
      expect(response.body).toBe(expected?.body);
    },
  );

  it('gzips an asset for a client that takes gzip', async () => {
    const server = await startApp();

    const response = await server.call('/graphiql/assets/graphiql.min.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });

    expect(response.headers['content-encoding']).toBe('gzip');
    expect(Number(response.headers['content-length'])).toBeLessThan(
      Buffer.byteLength(EXPECTED_ASSETS['graphiql.min.js']?.body ?? '') / 2,
    );
    expect(gunzipSync(response.rawPayload).toString('utf8')).toBe(
      EXPECTED_ASSETS['graphiql.min.js']?.body,
    );
  });

  it('answers a matching If-None-Match with 304 and a stale one with the asset', async () => {
    const server = await startApp();
    const etag = String((await server.call('/graphiql/assets/init.js')).headers.etag);
    const strong = etag.replace(/^W\//, '');

    const responses = await Promise.all(
      [`W/"0000000000000000", ${etag}`, strong, '"0000000000000000"'].map((ifNoneMatch) =>
        server.call('/graphiql/assets/init.js', { headers: { 'if-none-match': ifNoneMatch } }),
      ),
    );

    expect(responses.map((response) => [response.statusCode, response.body])).toEqual([
      [304, ''],
      [304, ''],
      [200, INIT_SCRIPT],
    ]);
  });

  it('has no stylesheet that reaches another origin', async () => {
    const server = await startApp();

    const response = await server.call('/graphiql/assets/graphiql.min.css');

    expect(response.body).not.toMatch(/@import|url\(\s*["']?(?:[a-z]+:)?\/\//i);
  });

  it('answers 404 for a file it does not serve', async () => {
    const server = await startApp();

    const responses = await Promise.all(
      ['graphiql.min.js.map', 'index.umd.js.map', '../package.json', 'react.development.js'].map(
        (name) => server.call(`/graphiql/assets/${name}`),
      ),
    );

    expect(responses.map((response) => response.statusCode)).toEqual([404, 404, 404, 404]);
  });
});

import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';

import { acceptsGzip, prefersHtml } from './accept.js';
import { ASSET_PREFIX, assetUrl, loadGraphiqlAssets, type GraphiqlAsset } from './assets.js';
import { PAGE_CSP, renderPage } from './page.js';

/** How the GraphiQL page is set up. */
export interface GraphiqlOptions {
  /** The GraphQL path, such as `/graphql`; the page is served there to browser navigations. */
  endpoint: string;
  /** JSON text for the headers editor, such as `{"Authorization":"Bearer ..."}`. */
  defaultHeaders?: string;
  /** The document the editor opens with. */
  defaultQuery?: string;
  /** JSON text for the variables editor. */
  defaultVariables?: string;
}

type ConstraintStrategy = Parameters<FastifyInstance['addConstraintStrategy']>[0];
type RouteStore = Parameters<ReturnType<ConstraintStrategy['storage']>['set']>[1];

/** The router constraint that tells a browser navigation from a GraphQL request. */
const MEDIA_TYPE_STRATEGY = 'preferredMediaType';
const HTML = 'text/html';

/** The assets' URLs carry their content hash, so a browser may keep them for good. */
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PAGE_CSP,
  // The page embeds the default headers, which may hold a bearer token.
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * Serves GraphiQL with every asset from the gateway's own origin. A `GET {endpoint}` whose
 * `Accept` prefers HTML gets the page; every other request on the endpoint still reaches the
 * GraphQL route, whoever registers it and in whichever order, because the page's route differs
 * from it only by a router constraint.
 */
export async function registerGraphiql(
  app: FastifyInstance,
  options: GraphiqlOptions,
): Promise<void> {
  if (!options.endpoint.startsWith('/')) {
    throw new TypeError(
      `GraphiQL endpoint must be a path such as '/graphql', got ${JSON.stringify(options.endpoint)}`,
    );
  }

  const assets = await loadGraphiqlAssets();
  const page = renderPage(pageConfig(options), {
    stylesheets: assets.filter((asset) => asset.kind === 'stylesheet').map(assetUrl),
    scripts: assets.filter((asset) => asset.kind === 'script').map(assetUrl),
  });

  addMediaTypeStrategy(app);
  app.route({
    method: 'GET',
    url: options.endpoint,
    constraints: { [MEDIA_TYPE_STRATEGY]: HTML },
    handler: pageHandler(page),
  });

  for (const asset of assets) {
    app.get(`${ASSET_PREFIX}${asset.name}`, assetHandler(asset));
  }
}

function pageConfig(options: GraphiqlOptions): GraphiqlOptions {
  return {
    endpoint: options.endpoint,
    defaultHeaders: options.defaultHeaders,
    defaultQuery: options.defaultQuery,
    defaultVariables: options.defaultVariables,
  };
}

/**
 * Derives `text/html` for GET and HEAD requests that prefer HTML, nothing otherwise. Requests
 * without the constraint value fall through to the unconstrained GraphQL route.
 */
function addMediaTypeStrategy(app: FastifyInstance): void {
  if (app.hasConstraintStrategy(MEDIA_TYPE_STRATEGY)) return;

  app.addConstraintStrategy({
    name: MEDIA_TYPE_STRATEGY,
    storage() {
      const stores = new Map<unknown, RouteStore>();
      return {
        get: (value) => stores.get(value) ?? null,
        set: (value, store) => void stores.set(value, store),
      };
    },
    deriveConstraint(request: FastifyRequest['raw']) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
      return prefersHtml(request.headers.accept) ? HTML : undefined;
    },
    mustMatchWhenDerived: false,
  });
}

function pageHandler(page: string): RouteHandlerMethod {
  return (_request, reply) => reply.headers(PAGE_HEADERS).send(page);
}

function assetHandler(asset: GraphiqlAsset): RouteHandlerMethod {
  // Weak: the gzip and the identity bytes are the same content under one tag.
  const etag = `W/"${asset.version}"`;

  return (request, reply) => {
    void reply.headers({
      'content-type': asset.contentType,
      'cache-control': ASSET_CACHE_CONTROL,
      etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    });

    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();

    if (acceptsGzip(request.headers['accept-encoding'])) {
      return reply.header('content-encoding', 'gzip').send(asset.gzipped);
    }

    return reply.send(asset.body);
  };
}

/** If-None-Match's weak comparison: the tags match with any `W/` prefix set aside. */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;

  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag) || tag.trim() === '*');
}

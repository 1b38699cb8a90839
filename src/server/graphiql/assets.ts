import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

import { INIT_SCRIPT } from './init-script.js';
import { withoutExternalReferences } from './offline-css.js';

/** Where the page's assets are served. */
export const ASSET_PREFIX = '/graphiql/assets/';

/** One file the page loads, held in memory with its gzip form. */
export interface GraphiqlAsset {
  /** The file name under {@link ASSET_PREFIX}. */
  name: string;
  kind: 'stylesheet' | 'script';
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  /** A short hash of `body`: the ETag and the `v` query parameter the page links with. */
  version: string;
}

interface AssetSource {
  name: string;
  kind: GraphiqlAsset['kind'];
  read(): Promise<string>;
}

const CONTENT_TYPES: Readonly<Record<GraphiqlAsset['kind'], string>> = {
  stylesheet: 'text/css; charset=utf-8',
  script: 'text/javascript; charset=utf-8',
};

/**
 * The page's own layout: GraphiQL fills the window. A file rather than an inline `<style>`, so
 * the page needs no inline style of its own.
 */
const PAGE_CSS = `html,
body,
#graphiql {
  height: 100%;
  margin: 0;
}
`;

const require = createRequire(import.meta.url);

/** The page's assets in load order: stylesheets, React, ReactDOM, GraphiQL, the mount script. */
const SOURCES: readonly AssetSource[] = [
  {
    name: 'graphiql.min.css',
    kind: 'stylesheet',
    read: async () =>
      withoutExternalReferences(await readPackageFile('graphiql', 'graphiql.min.css')),
  },
  { name: 'page.css', kind: 'stylesheet', read: () => Promise.resolve(PAGE_CSS) },
  {
    name: 'react.production.min.js',
    kind: 'script',
    read: () => readPackageFile('react', 'umd/react.production.min.js'),
  },
  {
    name: 'react-dom.production.min.js',
    kind: 'script',
    read: () => readPackageFile('react-dom', 'umd/react-dom.production.min.js'),
  },
  {
    name: 'graphiql.min.js',
    kind: 'script',
    read: async () => withoutSourceMapComment(await readPackageFile('graphiql', 'graphiql.min.js')),
  },
  { name: 'init.js', kind: 'script', read: () => Promise.resolve(INIT_SCRIPT) },
];

const gzipAsync = promisify(gzip);

/** Reads every asset from the installed packages into memory, once, and gzips it. */
export async function loadGraphiqlAssets(): Promise<GraphiqlAsset[]> {
  return Promise.all(SOURCES.map(loadAsset));
}

/** The URL the page links an asset with; the version lets browsers cache it for good. */
export function assetUrl(asset: GraphiqlAsset): string {
  return `${ASSET_PREFIX}${asset.name}?v=${asset.version}`;
}

async function loadAsset(source: AssetSource): Promise<GraphiqlAsset> {
  const body = Buffer.from(await source.read(), 'utf8');

  return {
    name: source.name,
    kind: source.kind,
    contentType: CONTENT_TYPES[source.kind],
    body,
    gzipped: await gzipAsync(body),
    version: createHash('sha256').update(body).digest('hex').slice(0, 16),
  };
}

async function readPackageFile(packageName: string, file: string): Promise<string> {
  const packageRoot = dirname(require.resolve(`${packageName}/package.json`));
  return readFile(join(packageRoot, file), 'utf8');
}

/**
 * The script without its trailing `sourceMappingURL` comment. The map is not served (it is four
 * times the script), and the comment names a file the package does not even ship, so a browser's
 * developer tools would only meet a 404.
 */
function withoutSourceMapComment(script: string): string {
  return script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

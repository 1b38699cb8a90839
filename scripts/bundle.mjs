// Bundles the compiled gateway (`dist/main.js`) with its dependencies into `dist/bundle/`, which
// the Docker image runs: one file to load instead of hundreds of modules, so the gateway starts
// in about half the time. The embedded Solaris and the Redis client stay in chunks of their own,
// loaded only when used. Files read at run time (the schema, GraphiQL's assets) are found from
// `dist/bundle/` as from `dist/server/`, two levels below the repository root.
// `node scripts/bundle.mjs [dist]` bundles another compiled tree, as the production test does.
import { join } from 'node:path';

import { build } from 'esbuild';

const dist = process.argv[2] ?? 'dist';

await build({
  entryPoints: { main: join(dist, 'main.js') },
  outdir: join(dist, 'bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  legalComments: 'none',
  // CommonJS dependencies call require() for Node's own modules; an ES module has none of its own.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});

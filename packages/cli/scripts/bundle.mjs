// Bundles the `nof` command with esbuild, after tsc: dist/bin.js (tsc's entry, replaced), the
// SDK's batch worker as dist/worker.js beside it (where the SDK looks for it), and chunks shared
// by the two or loaded on demand (vega, for `nof report`'s charts) as dist/chunk-*.js. Loading
// some 600 modules one by one took longer than checking a 10,000-line file. The rest of dist/
// stays as tsc wrote it, for programs that import @nof/cli. @nof/schemas/node is left to the
// package (it finds the schema files on disk from its own place).
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
for (const file of readdirSync(dist).filter((f) => /^(chunk-.*\.js|worker\.js|bin\.js\.map)$/.test(f))) rmSync(new URL(file, dist));

await build({
  entryPoints: {
    bin: new URL('../src/bin.ts', import.meta.url).pathname,
    worker: new URL('../node_modules/@nof/sdk/dist/batch/worker.js', import.meta.url).pathname,
  },
  outdir: dist.pathname,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  external: ['@nof/schemas/node'],
  alias: { 'node-fetch': new URL('../../../scripts/bundling/no-fetch.cjs', import.meta.url).pathname },
  logLevel: 'warning',
  // CommonJS dependencies (yaml, ajv) call require() for Node built-ins.
  banner: { js: "import { createRequire as __nofCreateRequire } from 'node:module'; const require = __nofCreateRequire(import.meta.url);" },
});

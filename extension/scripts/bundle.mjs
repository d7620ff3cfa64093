// Bundles the extension into dist/ so the .vsix needs no node_modules:
//   dist/extension.cjs  the VS Code client (CommonJS, as the extension host loads it)
//   dist/server.mjs     @nof/language-server with the SDK and its dependencies (ESM)
//   data/               the schema and codelist files of @nof/schemas, for the `$schema` modeline of
//                       new documents (validation reads the copies bundled into the code)
// @nof/schemas/node finds data/ from its own dist/: `new URL('../data/', import.meta.url)`,
// which from dist/*.cjs and dist/server.mjs is the extension's data/ folder.
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const production = !process.argv.includes('--dev');

/** A file of a workspace package, from its package.json (exports hide dist/ from resolution). */
function packageFile(name, pick) {
  const dir = join(root, 'node_modules', ...name.split('/'));
  const file = join(dir, pick(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))));
  if (!existsSync(file)) {
    console.error(`${name} is not built (${file} is missing): run \`pnpm build\` at the repository root first.`);
    process.exit(1);
  }
  return { dir, file };
}

const server = packageFile('@nof/language-server', (pkg) => pkg.bin['nof-language-server']);
const schemasData = join(dirname(packageFile('@nof/schemas', (pkg) => pkg.main).file), '..', 'data');

rmSync(join(root, 'dist'), { recursive: true, force: true });
rmSync(join(root, 'data'), { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', minify: production, sourcemap: !production, logLevel: 'warning' };
await build({
  ...common,
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.cjs'),
  format: 'cjs',
  external: ['vscode'],
  // The CLI and SDK bundled here locate files from import.meta.url, which CommonJS lacks:
  // give them this file's URL, so they too find data/ beside dist/.
  define: { 'import.meta.url': '__nofImportMetaUrl' },
  banner: { js: "const __nofImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: [server.file],
  outfile: join(root, 'dist', 'server.mjs'),
  format: 'esm',
  // CommonJS dependencies (vscode-languageserver) call require() for Node built-ins.
  banner: { js: "import { createRequire as __nofCreateRequire } from 'node:module'; const require = __nofCreateRequire(import.meta.url);" },
});
cpSync(schemasData, join(root, 'data'), { recursive: true });
console.log('bundled dist/extension.cjs, dist/server.mjs and data/');

// Bundles the extension so the .vsix needs no node_modules:
//   dist/extension.cjs        the VS Code client (CommonJS, as the extension host loads it): UI and
//                             the LSP client only, no NOF engine (the size check in package.mjs holds it so)
//   server/dist/server.mjs    @nof/language-server with the SDK and its dependencies (ESM)
//   server/package.json       the bundled server's name and version, which it reports (it reads the
//                             package.json beside its dist/, as the unbundled server does)
//   server/data/              the schema and codelist files of @nof/schemas, for the `$schema` modeline of
//                             new documents (validation reads the copies bundled into the code);
//                             @nof/schemas/node finds them from the bundle: `new URL('../data/', import.meta.url)`
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const production = !process.argv.includes('--dev');

/** A file of a workspace package, from its package.json (exports hide dist/ from resolution). */
function packageFile(name, pick) {
  const dir = join(root, 'node_modules', ...name.split('/'));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = join(dir, pick(manifest));
  if (!existsSync(file)) {
    console.error(`${name} is not built (${file} is missing): run \`pnpm build\` at the repository root first.`);
    process.exit(1);
  }
  return { dir, file, manifest };
}

const server = packageFile('@nof/language-server', (pkg) => pkg.bin['nof-language-server']);
const schemasData = join(dirname(packageFile('@nof/schemas', (pkg) => pkg.main).file), '..', 'data');

for (const dir of ['dist', 'server', 'data']) rmSync(join(root, dir), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  alias: { 'node-fetch': join(root, '..', 'scripts', 'bundling', 'no-fetch.cjs') },
};
await build({
  ...common,
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: join(root, 'dist', 'extension.cjs'),
  format: 'cjs',
  external: ['vscode'],
});
await build({
  ...common,
  entryPoints: [server.file],
  outfile: join(root, 'server', 'dist', 'server.mjs'),
  format: 'esm',
  // CommonJS dependencies (vscode-languageserver) call require() for Node built-ins.
  banner: { js: "import { createRequire as __nofCreateRequire } from 'node:module'; const require = __nofCreateRequire(import.meta.url);" },
});
const { name, version } = server.manifest;
writeFileSync(join(root, 'server', 'package.json'), `${JSON.stringify({ name, version, private: true, type: 'module' }, null, 2)}\n`);
mkdirSync(join(root, 'server', 'data'), { recursive: true });
cpSync(schemasData, join(root, 'server', 'data'), { recursive: true });
console.log('bundled dist/extension.cjs, server/dist/server.mjs, server/package.json and server/data/');

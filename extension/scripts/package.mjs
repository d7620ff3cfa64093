// `pnpm -C extension package`: bundles, then writes nof-<version>.vsix beside package.json,
// ready for "Extensions: Install from VSIX...". Everything the extension runs is bundled,
// so the package carries no node_modules (--no-dependencies).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(root, 'scripts', 'bundle.mjs')]);
run(join(root, 'node_modules', '.bin', 'vsce'), [
  'package',
  '--no-dependencies',
  // The README's screenshots ship in the package; VS Code shows them from there.
  '--no-rewrite-relative-links',
  '--out',
  join(root, `nof-${version}.vsix`),
]);
// The size budget, the client bundle's contents and what Open VSX checks of the manifest.
run(process.execPath, [join(root, 'scripts', 'check-vsix.mjs'), join(root, `nof-${version}.vsix`)]);

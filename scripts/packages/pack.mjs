// The published packages, packed as `pnpm publish` would pack them: each package's `prepack`
// builds the workspace, `files` chooses what ships, and `workspace:^` becomes a caret range on the
// version. Shared by `pnpm check:packages` and the consumer test.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The workspace packages that are published (not private), dependencies first. */
export function publishedPackages() {
  const order = ['schemas', 'sdk', 'cli', 'language-server'];
  const dirs = readdirSync(join(root, 'packages')).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return dirs
    .map((dir) => ({
      dir: join(root, 'packages', dir),
      manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
    }))
    .filter((p) => !p.manifest.private);
}

/** Packs every published package into `into`; returns each with its tarball's path. */
export function packAll(into) {
  return publishedPackages().map((p) => {
    const out = execFileSync('pnpm', ['pack', '--pack-destination', into], {
      cwd: p.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tarball = out.trim().split('\n').at(-1);
    return { ...p, tarball };
  });
}

/** The files of a tarball (`package/` prefix removed) with their sizes in bytes, read with the system's tar. */
export function tarballFiles(tarball) {
  const files = new Map();
  for (const line of execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' }).trim().split('\n')) {
    // -rw-r--r-- 0/0   1234 1985-10-26 08:15 package/dist/index.js
    const match = /^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+package\/(.+)$/.exec(line);
    if (match) files.set(match[2], Number(match[1]));
  }
  return files;
}

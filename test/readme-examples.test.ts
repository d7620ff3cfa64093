/**
 * Issue 17: the READMEs' TypeScript examples are programs that compile and run. Every ```ts block
 * of the package READMEs is written out as a module, the lot compiled by tsc (strict, NodeNext:
 * what a vendor's project uses) against the built packages, and each run from the repository's
 * root, where `examples/` is the folder they read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readmePrograms, writeTsProject } from './consumer/readme-blocks.mjs';
import { root } from './language-server/harness.js';

// Inside the repository (under node_modules, ignored by every tool) so that the packages resolve as a vendor's would.
const dir = join(root, 'node_modules', '.cache', 'nof-readme-examples');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const programs: Array<{ name: string; readme: string; code: string }> = readmePrograms(root);

describe('the README examples', () => {
  it('are found: each package README shows its API in runnable code', () => {
    expect(programs.filter((p) => p.readme === 'packages/sdk/README.md').length).toBeGreaterThanOrEqual(4);
    expect(programs.filter((p) => p.readme === 'packages/schemas/README.md').length).toBeGreaterThanOrEqual(1);
  });

  it('compile under strict NodeNext TypeScript', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeTsProject(dir, programs);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    expect(output).toBe('');
  }, 120_000);

  it.each(programs.map((p) => [p.name, p] as const))(
    '%s runs',
    (_name, p) => {
      const run = spawnSync(process.execPath, [join(dir, 'out', `${p.name}.js`)], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    60_000,
  );
});

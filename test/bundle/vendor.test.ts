/**
 * Issue 15: a vendor's single-file bundle of a program using `@nof/sdk` runs from an empty
 * folder: the schemas and codelists are bundled as modules, so nothing is read from the
 * package's folder (it used to fail with ENOENT ... data/codelists).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { listRules, validateText, Workspace } from '@nof/sdk';
import { root } from '../language-server/harness.js';

/** A provider profile whose Ofsted URN is a digit short. */
const TEXT = [
  'apiVersion: nof/v1',
  'kind: ProviderProfile',
  'metadata: { id: acme-care, name: Acme Care }',
  'spec:',
  '  organisation: { name: Acme Care Ltd }',
  '  settings:',
  '    - { id: home, name: Acme House, type: childrens-home, ofstedUrn: SC12345, localAuthority: E08000035 }',
].join('\n');

/** Checks it on its own and with every rule, as a vendor's service might. */
const PROGRAM = `
import { listRules, validateText, Workspace } from '@nof/sdk';
const text = ${JSON.stringify(TEXT)};
const workspace = new Workspace({ asOf: '2015-06-01' });
workspace.set('acme.yaml', text);
console.log(JSON.stringify({
  rules: listRules().length,
  alone: validateText(text, 'acme.yaml').diagnostics,
  all: workspace.diagnostics('acme.yaml').diagnostics,
}));
`;

const dir = mkdtempSync(join(tmpdir(), 'nof-vendor-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a vendor's single-file bundle", () => {
  it('runs from an empty folder', async () => {
    const outfile = join(dir, 'vendor.mjs');
    await build({
      stdin: { contents: PROGRAM, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'silent',
      // The usual banner of an ESM bundle for Node: CommonJS dependencies (yaml, ajv) require Node's built-ins.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    expect(readdirSync(dir)).toEqual(['vendor.mjs']);
    const run = spawnSync(process.execPath, ['vendor.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    const workspace = new Workspace({ asOf: '2015-06-01' });
    workspace.set('acme.yaml', TEXT);
    expect(out.rules).toBe(listRules().length);
    expect(out.alone.map((d: { code: string }) => d.code)).toContain('schema/pattern');
    expect(out.alone).toEqual(JSON.parse(JSON.stringify(validateText(TEXT, 'acme.yaml').diagnostics)));
    expect(out.all).toEqual(JSON.parse(JSON.stringify(workspace.diagnostics('acme.yaml').diagnostics)));
  });
});

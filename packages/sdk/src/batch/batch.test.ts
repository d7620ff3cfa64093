import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../workspace/workspace.js';
import { validateBatch } from './batch.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const files = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && f !== 'nof.config.yaml')
  .sort()
  .map((f) => join(examples, f));

/** A consortium whose lead is not a member (a rule finding) and which is named twice (a cross-file finding). */
const broken = readFileSync(join(examples, 'consortia/white-rose-fostering.yaml'), 'utf8').replace(
  'leadAuthority: E08000035',
  'leadAuthority: E06000014',
);

function workspaceResults(inputs: Array<{ uri: string; text: string }>) {
  const workspace = new Workspace({ asOf: '2015-06-01' });
  for (const input of inputs) workspace.set(input.uri, input.text);
  return workspace.validateAll();
}

describe('validateBatch', () => {
  const inputs = [...files.map((uri) => ({ uri, text: readFileSync(uri, 'utf8') })), { uri: '/virtual/copy.yaml', text: broken }];

  it('gives what a Workspace gives for the same files, in input order', async () => {
    const batch = await validateBatch(inputs, { asOf: '2015-06-01', threads: 1 });
    expect(batch.map((r) => r.uri)).toEqual(inputs.map((i) => i.uri));
    expect(batch.map(({ uri, diagnostics }) => ({ uri, diagnostics }))).toEqual(workspaceResults(inputs));
    expect(batch[0]!.documents).toBe(1);
    expect(batch.at(-1)!.diagnostics.map((d) => d.code)).toContain('workspace/duplicate-id');
  });

  it('gives the same results on worker threads, reading the files itself', async () => {
    // Worker threads run the built worker script, so this test uses the build (`pnpm test` builds first).
    const { validateBatch: builtBatch } = (await import('../../dist/batch/batch.js' as string)) as { validateBatch: typeof validateBatch };
    const fromDisk = files.map((uri) => ({ uri }));
    const serial = await validateBatch(fromDisk, { asOf: '2015-06-01', threads: 1 });
    const stages = new Set<string>();
    const parallel = await builtBatch(fromDisk, {
      asOf: '2015-06-01',
      threads: 2,
      parallelAbove: 0,
      onProgress: (p) => stages.add(`${p.stage}`),
    });
    expect(parallel).toEqual(serial);
    expect([...stages]).toEqual(['parse', 'rules']);
  });

  it('reports a file it cannot read as a diagnostic', async () => {
    const [result] = await validateBatch([{ uri: join(examples, 'no-such-file.yaml') }], { threads: 1 });
    expect(result!.diagnostics).toMatchObject([
      { code: 'file/unreadable', message: 'The file could not be read: no such file or folder (ENOENT).' },
    ]);
  });

  it('gives findings the ranges of the text the file was checked with, even when the file changes before rules run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nof-batch-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, broken);
    const steady = await validateBatch([{ uri: file }], { asOf: '2015-06-01', threads: 1 });
    const moved = await validateBatch([{ uri: file }], {
      asOf: '2015-06-01',
      threads: 1,
      // Between the parse and the rules: the file is rewritten with ten more lines at the top.
      onProgress: (p) => p.stage === 'parse' && writeFileSync(file, `${'# moved\n'.repeat(10)}${broken}`),
    });
    expect(steady[0]!.diagnostics.length).toBeGreaterThan(0);
    expect(moved).toEqual(steady);
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries values the YAML 1.1 tags make (!!merge, !!set, !!timestamp) across threads as plain data', async () => {
    const { validateBatch: builtBatch } = (await import('../../dist/batch/batch.js' as string)) as { validateBatch: typeof validateBatch };
    const odd =
      'apiVersion: nof/v1\nkind: NationalContract\nmetadata: { id: odd, name: Odd }\nspec:\n  merge: !!merge <<\n  set: !!set { a }\n  when: !!timestamp 2001-01-01\n';
    const inputs = [...files.map((uri) => ({ uri })), { uri: 'odd.yaml', text: odd }];
    const results = await builtBatch(inputs, { asOf: '2015-06-01', threads: 2, parallelAbove: 0 });
    const codes = results.at(-1)!.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('internal/check-failed');
    expect(codes).toContain('schema/additionalProperties');
  });
});

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nof, root } from './nof.js';

const fixtures = join(root, 'test/fixtures/validate');
const schemas = join(fixtures, 'schemas');

// A folder tree of our own: YAML to find, and places the search must skip.
const tree = mkdtempSync(join(tmpdir(), 'nof-cli-'));
cpSync(join(fixtures, 'docs/valid.yaml'), join(tree, 'a.yaml'));
mkdirSync(join(tree, 'nested/deeper'), { recursive: true });
cpSync(join(fixtures, 'docs/valid.yaml'), join(tree, 'nested/deeper/b.yml'));
writeFileSync(join(tree, 'nested/notes.txt'), 'not yaml');
for (const skipped of ['node_modules/pkg', '.hidden']) {
  mkdirSync(join(tree, skipped), { recursive: true });
  cpSync(join(fixtures, 'docs/invalid.yaml'), join(tree, skipped, 'bad.yaml'));
}
afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('nof validate', () => {
  it('exits 0 on valid files and says so', () => {
    const run = nof(['validate', 'test/fixtures/validate/docs/valid.yaml', '--schemas', schemas]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2 documents in 1 file: no problems.\n');
  });

  it('exits 1 and prints 1-based located diagnostics', () => {
    const run = nof(['validate', 'test/fixtures/validate/docs/invalid.yaml', '--schemas', schemas]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'test/fixtures/validate/docs/invalid.yaml:6:1 error Missing required property `lead` (Lead authority) in `spec` (Consortium details). [schema/required]',
      'test/fixtures/validate/docs/invalid.yaml:8:3 error Unknown property `lot` in `spec` (Consortium details). Did you mean `lots`? [schema/additionalProperties]',
      '1 document in 1 file: 2 errors, 0 warnings.',
      '',
    ]);
  });

  it('prints the JSON shape with 0-based ranges', () => {
    const run = nof(['validate', 'test/fixtures/validate/docs', '--format', 'json', '--schemas', schemas]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ documents: 3, errors: 2, warnings: 0 });
    expect(report.results.map((r: { file: string }) => r.file)).toEqual([
      'test/fixtures/validate/docs/invalid.yaml',
      'test/fixtures/validate/docs/valid.yaml',
    ]);
    expect(report.results[0].diagnostics[1]).toEqual({
      severity: 'error',
      code: 'schema/additionalProperties',
      message: 'Unknown property `lot` in `spec` (Consortium details). Did you mean `lots`?',
      path: '/spec/lot',
      range: { start: { line: 7, character: 2 }, end: { line: 7, character: 5 } },
    });
    expect(report.results[1].diagnostics).toEqual([]);
  });

  it('searches folders for .yaml and .yml, skipping node_modules and dot-folders', () => {
    const run = nof(['validate', '.', '--format', 'json', '--schemas', schemas], tree);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['a.yaml', 'nested/deeper/b.yml']);
  });

  it('expands globs', () => {
    const run = nof(['validate', 'nested/**/*.yml', '--format', 'json', '--schemas', schemas], tree);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual(['nested/deeper/b.yml']);
  });

  it('reports YAML problems in broken files without a stack trace', () => {
    writeFileSync(join(tree, 'broken.txt'), 'a: 1\n\0\u0001binary');
    const run = nof(['validate', 'broken.txt', '--schemas', schemas], tree);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('broken.txt:2:1 error This is not a text file');
    expect(run.stderr).toBe('');
  });

  it.each([
    [['validate', 'no-such-file.yaml'], "nof: no such file or folder: 'no-such-file.yaml'. Run `nof --help` for usage.\n"],
    [['validate', '--frobnicate'], "nof: Unknown option '--frobnicate'. Run `nof --help` for usage.\n"],
    [
      ['validate', '--format', 'xml', 'test'],
      "nof: unknown format 'xml' (choose pretty, text, json, sarif, github). Run `nof --help` for usage.\n",
    ],
    [['frobnicate'], "nof: unknown command 'frobnicate'. Run `nof --help` for usage.\n"],
    [['validate', 'test/**/*.nothing'], "nof: no YAML files match 'test/**/*.nothing'. Run `nof --help` for usage.\n"],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = nof(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(run.stdout).toBe('');
  });

  it('shows help', () => {
    const run = nof(['validate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: nof validate/);
  });
});

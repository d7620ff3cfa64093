import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nof } from './nof.js';

const dir = mkdtempSync(join(tmpdir(), 'nof-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nof validate on hostile files', () => {
  it('reports nesting past the limit in each of two files, with a JSON report (V8 used to abort the process)', () => {
    writeFileSync(join(dir, 'deep-1.yaml'), `a:\n${'- '.repeat(3000)}x\n`);
    writeFileSync(join(dir, 'deep-2.yaml'), `a:\n${'- '.repeat(1500)}x\n`);
    const run = nof(['validate', 'deep-1.yaml', 'deep-2.yaml', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { diagnostics: Array<{ code: string; range: unknown }> }) => r.diagnostics)).toEqual([
      [expect.objectContaining({ code: 'yaml/too-deep', range: { start: { line: 1, character: 254 }, end: { line: 1, character: 255 } } })],
      [expect.objectContaining({ code: 'yaml/too-deep', range: { start: { line: 1, character: 254 }, end: { line: 1, character: 255 } } })],
    ]);
  });

  it('reads a file with classic Mac line ends, and points at the right line', () => {
    const text = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: mac\n  name: Mac\nspec:\n  type: regional\n  lead: x\n';
    writeFileSync(join(dir, 'mac.yaml'), text.replace(/\n/g, '\r'));
    const run = nof(['validate', 'mac.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('mac.yaml:8:3 error Unknown property `lead`');
  });
});

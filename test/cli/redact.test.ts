import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nof } from './nof.js';

const work = mkdtempSync(join(tmpdir(), 'nof-redact-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const source = join(work, 'agreement.yaml');
const original = readFileSync(new URL('../../examples/agreements/ipa-bfd-2014-0117.yaml', import.meta.url), 'utf8');
writeFileSync(source, original);

describe('nof redact', () => {
  it('prints a copy without the personal fields, names only their paths, and leaves the original alone', () => {
    const run = nof(['redact', 'agreement.yaml'], work);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('removed /spec/child/name');
    expect(run.stdout).toContain('localReference:');
    expect(run.stdout).not.toMatch(/^\s+name:.*\n\s+dateOfBirth:/m);
    expect(run.stdout).not.toContain('dateOfBirth');
    expect(readFileSync(source, 'utf8')).toBe(original);
    // The copy is itself a valid document.
    writeFileSync(join(work, 'copy.yaml'), run.stdout);
    expect(nof(['validate', 'copy.yaml', '--rule', 'reference/unresolved=off', '--format', 'json'], work).code).toBe(0);
  });

  it('writes --out once and refuses to overwrite it without --force', () => {
    expect(nof(['redact', 'agreement.yaml', '--out', 'shared.yaml'], work).code).toBe(0);
    expect(readFileSync(join(work, 'shared.yaml'), 'utf8')).not.toContain('dateOfBirth');
    const again = nof(['redact', 'agreement.yaml', '--out', 'shared.yaml'], work);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not overwriting without --force');
  });

  it('refuses a file with YAML errors', () => {
    writeFileSync(join(work, 'broken.yaml'), `${original}\nspec: [unclosed\n`);
    const run = nof(['redact', 'broken.yaml'], work);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });
});

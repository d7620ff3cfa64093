import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nof } from './nof.js';

const fixtures = 'test/fixtures/schema-diff';

describe('nof schema diff', () => {
  it('prints every change as JSON with its pointer, both verdicts and the bump it needs', () => {
    const run = nof(['schema', 'diff', `${fixtures}/v1`, `${fixtures}/v1-minor`, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.changes).toEqual([
      expect.objectContaining({
        file: 'thing.schema.json',
        pointer: '/properties/service/enum',
        change: 'enum-value-removed',
        breaksDocuments: true,
        breaksConsumers: false,
        message: expect.stringContaining('"residential-child-care"'),
      }),
      expect.objectContaining({
        pointer: '/properties/notes/description',
        change: 'annotation-changed',
        breaksDocuments: false,
        breaksConsumers: false,
      }),
    ]);
    expect(report).toMatchObject({
      verdict: 'breaking',
      reasons: [expect.stringContaining('thing.schema.json#/properties/service/enum: Value `"residential-child-care"` removed')],
      requiredBump: 'major',
      declaredBump: 'none',
      versions: { old: 1, new: 1 },
      bumpTooSmall: true,
    });
    // A breaking change within one major version is the mistake the command exists to catch.
    expect(run.code).toBe(1);
  });

  it('accepts a breaking change that comes with a new major version', () => {
    const run = nof(['schema', 'diff', `${fixtures}/v1`, `${fixtures}/v2`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('thing.schema.json#/properties/apiVersion/const const-changed (breaks documents: yes, consumers: yes)');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('3 changes, breaking: they need a major version; declared: major (v1 → v2).');
  });

  it('checks a planned bump within a major version, file against file', () => {
    const files = [`${fixtures}/v1/thing.schema.json`, `${fixtures}/v1-minor/thing.schema.json`];
    expect(nof(['schema', 'diff', ...files, '--bump', 'minor']).code).toBe(1);
    expect(nof(['schema', 'diff', ...files, '--bump', 'major']).code).toBe(0);
    expect(nof(['schema', 'diff', files[0] as string, files[0] as string, '--bump', 'patch']).stdout).toBe(
      '0 changes, safe: they need no new version; declared: patch (v1 → v1).\n',
    );
  });

  it('says unknown, and why, where the schemas alone cannot decide; a union rewritten is no break', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nof-schema-diff-'));
    const write = (name: string, value: unknown) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'x.schema.json'), JSON.stringify({ type: 'object', properties: { code: value } }));
    };
    write('old', { type: 'string', pattern: '^[a-z]+$' });
    write('new', { type: 'string', pattern: '^[a-z]{1,}$' });
    write('wrapped', { anyOf: [{ type: 'string', pattern: '^[a-z]+$' }] });
    const unknown = nof(['schema', 'diff', join(dir, 'old'), join(dir, 'new')]);
    expect(unknown.stdout).toContain('pattern-changed (breaks documents: maybe, consumers: maybe)');
    expect(unknown.stdout.trim().split('\n').at(-1)).toBe(
      '1 change, unknown (the schemas alone cannot decide one change, marked "maybe"; counted as breaking): they need a major version, but no bump is declared (the files declare no version).',
    );
    expect(JSON.parse(nof(['schema', 'diff', join(dir, 'old'), join(dir, 'new'), '--format', 'json']).stdout)).toMatchObject({
      verdict: 'unknown',
      reasons: [expect.stringContaining('x.schema.json#/properties/code/pattern: Pattern changed')],
    });
    const wrapped = nof(['schema', 'diff', join(dir, 'old'), join(dir, 'wrapped'), '--bump', 'patch']);
    expect(wrapped.code).toBe(0);
    expect(wrapped.stdout).toContain('restructured (breaks documents: no, consumers: no)');
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares the shipped v1 with itself and finds nothing', () => {
    const run = nof(['schema', 'diff', 'schemas/v1', 'schemas/v1', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: [], requiredBump: 'none' });
  });

  it('reports unreadable input and bad options in one line, exit 2', () => {
    const missing = nof(['schema', 'diff', `${fixtures}/nowhere`, `${fixtures}/v1`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nof: cannot read '.*nowhere' \(ENOENT\)\. Run `nof --help` for usage\.\n$/);
    expect(nof(['schema', 'diff', `${fixtures}/v1`]).stderr).toContain('give the old and the new schema folder or file');
    expect(nof(['schema', 'diff', `${fixtures}/v1`, `${fixtures}/v2`, '--bump', 'huge']).stderr).toContain("unknown bump 'huge'");
    expect(nof(['schema', 'frobnicate']).stderr).toContain("unknown schema command 'frobnicate'");
  });

  it('says where a file is not JSON', () => {
    const run = nof(['schema', 'diff', `${fixtures}/v1/thing.schema.json`, 'package.json/nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Codelists } from '../codelists/codelists.js';
import { satisfiesPin } from '../codelists/pin.js';
import { NofFiles } from '../host/selection.js';
import { NodeHost } from '../node/host.js';
import { parseConfig, readConfig } from './config.js';

const codelists = new Codelists();
const laVersion = codelists.list('local-authorities')!.version;

describe('nof.config.yaml', () => {
  it('reads rule levels, asOf, codelist pins and ignore patterns', () => {
    const text = `rules:\n  reference/unresolved: warn\n  workspace/duplicate-id: off\nasOf: 2015-06-01\ncodelists:\n  local-authorities: "${laVersion}"\nignore: [drafts/]\n`;
    const { config, result } = parseConfig(text, 'nof.config.yaml', codelists);
    expect(result!.diagnostics).toEqual([]);
    expect(config).toEqual({
      path: 'nof.config.yaml',
      settings: {
        rules: { 'reference/unresolved': 'warn', 'workspace/duplicate-id': 'off' },
        asOf: '2015-06-01',
        codelists: { 'local-authorities': laVersion },
        ignore: ['drafts/'],
      },
    });
  });

  it('reads the insights settings, and refuses a suppression threshold below 5', () => {
    const { config } = parseConfig('insights:\n  ipaLateAfterDays: 10\n  suppressBelow: 10\n', 'nof.config.yaml', codelists);
    expect(config.settings.insights).toEqual({ ipaLateAfterDays: 10, suppressBelow: 10 });
    const low = parseConfig('insights:\n  suppressBelow: 2\n', 'c.yaml', codelists);
    expect(low.result!.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['schema/minimum', 1]]);
    expect(low.config.settings.insights).toBeUndefined();
  });

  it('reports schema problems at their place and keeps the defaults', () => {
    const { config, result } = parseConfig('rules:\n  reference/unresolved: warning\nasOf: 1 June 2015\n', 'c.yaml', codelists);
    expect(result!.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['schema/enum', 1],
      ['schema/pattern', 2],
    ]);
    expect(result!.diagnostics[0]!.message).toMatch(/warn/);
    expect(config.settings.rules).toEqual({});
    expect(config.settings.asOf).toBeUndefined();
  });

  it('suggests the rule meant by an unknown id', () => {
    const { result } = parseConfig('rules:\n  reference/unresolvd: warn\n', 'c.yaml', codelists);
    expect(result!.diagnostics).toMatchObject([
      { code: 'config/unknown-rule', severity: 'warning', range: { start: { line: 1, character: 2 } } },
    ]);
    expect(result!.diagnostics[0]!.message).toContain('Did you mean "reference/unresolved"?');
  });

  it('fails when the shipped codelist does not satisfy a pin, or the codelist is unknown', () => {
    const { result } = parseConfig('codelists:\n  local-authorities: ^99.0.0\n  counties: "1"\n', 'c.yaml', codelists);
    expect(result!.diagnostics.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([
      ['config/codelist-version', 'error', 1],
      ['config/unknown-codelist', 'error', 2],
    ]);
    expect(result!.diagnostics[0]!.message).toContain(`version ${laVersion}, which does not satisfy the pin ^99.0.0`);
  });

  it('is found through the host by walking up from a folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nof-config-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'nof.config.yaml'), 'asOf: 2015-06-01\n');
    const found = await readConfig(new NodeHost(), join(root, 'a', 'b'), codelists);
    expect(found.config).toEqual({ path: join(root, 'nof.config.yaml'), settings: { asOf: '2015-06-01' } });
    expect(await readConfig(new NodeHost(), tmpdir(), codelists)).toEqual({ config: { settings: {} } });
  });

  it('rejects an impossible date and unknown rule ids, leaving the rest in force', () => {
    const { config, result } = parseConfig(
      'asOf: 2025-02-30\nrules:\n  nope/nothing: off\n  reference/unresolved: warn\n',
      'c.yaml',
      codelists,
    );
    expect(result!.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['schema/format', 0],
      ['config/unknown-rule', 2],
    ]);
    expect(config.settings).toEqual({ rules: { 'reference/unresolved': 'warn' } });
  });
});

describe('codelist pins', () => {
  it.each([
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
    ['1.2.4', '1.2', true],
    ['1.3.0', '1.2', false],
    ['1.9.0', '^1.2.0', true],
    ['2.0.0', '^1.2.0', false],
    ['1.1.9', '^1.2.0', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.0.0', '1', true],
  ])('%s against %s: %s', (version, pin, expected) => {
    expect(satisfiesPin(version, pin)).toBe(expected);
  });
});

describe('ignore patterns', () => {
  const files = new NofFiles('/w', [
    'drafts/',
    '*.old.yaml',
    '/archive/**',
    '!archive/keep.yaml',
    'notes/2015/*.yaml',
    'x/[ab].yaml',
    '{one,two}.yaml',
  ]);
  it.each([
    ['drafts/a.yaml', true],
    ['consortia/drafts/a.yaml', true],
    ['drafts.yaml', false],
    ['x/y.old.yaml', true],
    ['archive/a/b.yaml', true],
    ['archive/keep.yaml', false],
    ['sub/archive/a.yaml', false],
    ['notes/2015/a.yaml', true],
    ['notes/2016/a.yaml', false],
    ['x/a.yaml', true],
    ['x/c.yaml', false],
    ['one.yaml', true],
    ['three.yaml', false],
  ])('%s ignored: %s', (path, expected) => {
    expect(files.ignores(`/w/${path}`, false)).toBe(expected);
  });
});

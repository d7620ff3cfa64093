import { describe, expect, it } from 'vitest';
import { Codelists } from '../codelists/codelists.js';
import { checkSettingsValue, readEditorSettings } from './layers.js';
import { mergeSettings } from './settings.js';

const codelists = new Codelists();

describe('mergeSettings', () => {
  it('merges rule levels rule by rule and lets the last layer that sets anything else win', () => {
    const config = {
      rules: { 'reference/unresolved': 'warn', 'consortium/lead-is-member': 'off' },
      asOf: '2015-06-01',
      ignore: ['drafts/'],
    } as const;
    const editor = { rules: { 'reference/unresolved': 'info' }, schemaFolders: ['local'] } as const;
    const commandLine = { asOf: '2016-01-01' };
    expect(mergeSettings(config, editor, commandLine)).toEqual({
      rules: { 'reference/unresolved': 'info', 'consortium/lead-is-member': 'off' },
      asOf: '2016-01-01',
      codelists: {},
      ignore: ['drafts/'],
      schemaFolders: ['local'],
    });
    expect(mergeSettings()).toEqual({ rules: {}, codelists: {}, ignore: [], schemaFolders: [] });
  });
});

describe("an editor's settings", () => {
  it('are checked as nof.config.yaml is: an impossible date and unknown rule ids are left out and said why', () => {
    const { layer, problems } = readEditorSettings(
      {
        asOf: '2025-02-30',
        rules: { 'reference/unresolvd': 'warn', 'consortium/lead-is-member': 'loud', 'workspace/duplicate-id': 'off' },
      },
      codelists,
    );
    expect(layer).toEqual({ rules: { 'workspace/duplicate-id': 'off' } });
    expect(problems).toEqual([
      'Ignored nof.rules.consortium/lead-is-member: `consortium/lead-is-member` (Rule level) must be one of `off`, `info`, `warn`, `error`.',
      'Ignored nof.asOf: `asOf` (As of) must be a real calendar date (2025-02-30 does not exist).',
      'Ignored nof.rules.reference/unresolvd: No rule is called "reference/unresolvd". Did you mean "reference/unresolved"? Run `nof rules` to list them.',
    ]);
  });

  it('treat empty values as not set and leave the client’s own keys alone', () => {
    expect(readEditorSettings({ asOf: '', rules: null, schemaFolders: ['x'], trace: { server: 'off' } }, codelists)).toEqual({
      layer: { schemaFolders: ['x'] },
      problems: [],
    });
    expect(readEditorSettings('nonsense', codelists)).toEqual({ layer: {}, problems: [] });
    expect(readEditorSettings({ schemaFolders: 'x' }, codelists).problems).toEqual([
      expect.stringMatching(/^Ignored nof\.schemaFolders: /),
    ]);
  });
});

describe('settings given as data', () => {
  it('name each problem by its setting', () => {
    const { layer, problems } = checkSettingsValue({ asOf: '2015-06-01', rules: { 'x/y': 'off' } }, 'config', codelists);
    expect(layer).toEqual({ asOf: '2015-06-01', rules: {} });
    expect(problems.map((p) => p.setting)).toEqual(['rules.x/y']);
  });
});

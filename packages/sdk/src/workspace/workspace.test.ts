import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../rules/rule.js';
import { documentYaml } from '../rules/testing.js';
import { Workspace } from './workspace.js';
import { NodeHost } from '../node/host.js';
import { readWorkspaceProfiles } from '../profiles/profiles.js';

const consortium = (id: string, lots = 'lots: [{ id: lot-1-standard, name: Standard }]') =>
  documentYaml(
    'Consortium',
    id,
    `type: regional\nmembers: [{ authority: E08000035 }]\narrangements:\n  - id: ifa-2015\n    type: framework-agreement\n    ${lots}`,
  );

const provider = (id: string, consortiumId: string) =>
  documentYaml(
    'ProviderProfile',
    id,
    `organisation: { legalName: Fictional Fostering Ltd, type: independent-fostering-agency }\nsettings: []\narrangements:\n  - { consortium: ${consortiumId}, arrangement: ifa-2015, lots: [lot-1-standard] }`,
  );

/** A rule that counts the documents it checks, by id. */
function countingRule(): { rule: Rule; checked: string[] } {
  const checked: string[] = [];
  const rule: Rule = {
    id: 'test/count',
    description: 'Counts checks.',
    severity: 'info',
    kinds: ['Consortium', 'ProviderProfile'],
    apiVersions: ['nof/v1'],
    docs: 'Test rule.',
    check({ document }) {
      checked.push(document.id ?? '?');
    },
  };
  return { rule, checked };
}

function workspaceOf(files: Record<string, string>, rules?: Rule[]): Workspace {
  const workspace = new Workspace({ asOf: '2016-01-01', ...(rules ? { rules } : {}) });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  return workspace;
}

const codes = (workspace: Workspace, uri: string) => workspace.diagnostics(uri).diagnostics.map((d) => d.code);

describe('Workspace', () => {
  it('reports references that break and mend as documents come and go', () => {
    const workspace = workspaceOf({ 'provider.yaml': provider('fictional', 'white-rose') });
    // Only the consortium: its arrangement and lot are not looked for in a document that is missing.
    expect(codes(workspace, 'provider.yaml')).toEqual(['reference/unresolved']);
    expect(workspace.set('consortium.yaml', consortium('white-rose'))).toEqual(['consortium.yaml', 'provider.yaml']);
    expect(codes(workspace, 'provider.yaml')).toEqual([]);
    expect(workspace.remove('consortium.yaml')).toEqual(['provider.yaml']);
    expect(codes(workspace, 'provider.yaml')).toEqual(['reference/unresolved']);
  });

  it('rechecks only the changed file and the files that depend on it, without parsing the others again', () => {
    const { rule, checked } = countingRule();
    const workspace = workspaceOf(
      {
        'a.yaml': consortium('white-rose'),
        'b.yaml': consortium('peninsula'),
        'p.yaml': provider('fictional', 'white-rose'),
        'q.yaml': provider('other', 'peninsula'),
      },
      [rule],
    );
    workspace.validateAll();
    expect(checked.sort()).toEqual(['fictional', 'other', 'peninsula', 'white-rose']);
    const parsedBefore = workspace.file('q.yaml');

    checked.length = 0;
    const affected = workspace.set('a.yaml', consortium('white-rose', 'lots: [{ id: lot-1-standard, name: Standard fostering }]'));
    expect(affected).toEqual(['a.yaml']); // the counting rule looked nothing up, so nothing depends on a.yaml
    workspace.validateAll();
    expect(checked).toEqual(['white-rose']);
    expect(workspace.file('q.yaml')).toBe(parsedBefore);
  });

  it('reports after typing in a file exactly what a fresh workspace reports for the same text', () => {
    const files = { 'consortium.yaml': consortium('white-rose'), 'provider.yaml': provider('fictional', 'white-rose') };
    const typed = workspaceOf(files);
    // Keystroke by keystroke: the lot's id loses a letter (now unresolved) and gets it back.
    const steps = [files['consortium.yaml'].replace('lot-1-standard', 'lot-1-standar'), files['consortium.yaml']];
    for (const text of steps) {
      typed.set('consortium.yaml', text);
      const fresh = workspaceOf({ ...files, 'consortium.yaml': text });
      for (const uri of Object.keys(files)) expect(typed.diagnostics(uri)).toEqual(fresh.diagnostics(uri));
    }
    expect(codes(typed, 'provider.yaml')).toEqual([]);
    typed.set('consortium.yaml', steps[0] as string);
    expect(codes(typed, 'provider.yaml')).toEqual(['reference/unresolved']);
  });

  it('derives dependencies from the lookups rules make', () => {
    const workspace = workspaceOf({
      'a.yaml': consortium('white-rose'),
      'b.yaml': consortium('peninsula'),
      'p.yaml': provider('fictional', 'white-rose'),
      'q.yaml': provider('other', 'peninsula'),
    });
    workspace.validateAll();
    expect(workspace.set('a.yaml', consortium('white-rose', 'lots: [{ id: lot-2, name: Other }]')).sort()).toEqual(['a.yaml', 'p.yaml']);
    expect(codes(workspace, 'p.yaml')).toEqual(['reference/unresolved']);
    expect(codes(workspace, 'q.yaml')).toEqual([]);
    // A document that did not exist when looked up counts too: adding it rechecks who asked.
    expect(workspace.set('p.yaml', provider('fictional', 'north-east')).sort()).toEqual(['p.yaml']);
    workspace.validateAll();
    expect(workspace.set('c.yaml', consortium('north-east')).sort()).toEqual(['c.yaml', 'p.yaml']);
  });

  it('reports duplicate ids across files, and stops when one is renamed', () => {
    const workspace = workspaceOf({ 'a.yaml': consortium('white-rose'), 'b.yaml': consortium('white-rose') });
    expect(codes(workspace, 'a.yaml')).toEqual(['workspace/duplicate-id']);
    workspace.set('b.yaml', consortium('peninsula'));
    expect(codes(workspace, 'a.yaml')).toEqual([]);
  });

  it('keeps schema problems, and runs only the reference rules on documents that have them', () => {
    const broken = provider('fictional', 'white-rose').replace('settings: []', 'settings: 3');
    // The consortium the profile names is missing: that is still worth saying.
    expect(codes(workspaceOf({ 'p.yaml': broken }), 'p.yaml')).toEqual(['schema/type', 'reference/unresolved']);
    const { rule, checked } = countingRule();
    workspaceOf({ 'p.yaml': broken, 'a.yaml': consortium('white-rose') }, [rule]).validateAll();
    expect(checked).toEqual(['white-rose']);
  });

  it('hands rules only neighbours without errors, and checks their dependents again when one is mended', () => {
    const workspace = workspaceOf({
      'a.yaml': consortium('white-rose').replace('type: regional', 'type: 3'),
      'p.yaml': provider('fictional', 'white-rose'),
    });
    expect(codes(workspace, 'p.yaml')).toEqual(['reference/target-has-errors']);
    expect(workspace.set('a.yaml', consortium('white-rose'))).toContain('p.yaml');
    expect(codes(workspace, 'p.yaml')).toEqual([]);
    // Navigation still finds the document with errors.
    workspace.set('a.yaml', consortium('white-rose').replace('type: regional', 'type: 3'));
    expect(workspace.definition('p.yaml', { line: 9, character: 20 })?.uri).toBe('a.yaml');
  });

  it('hands rules a neighbour again once a profile it names appears (new profiles recheck every file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nof-recheck-'));
    try {
      const a = join(dir, 'a.yaml');
      const named = consortium('white-rose').replace('  name: white-rose', '  name: white-rose\n  profiles: [local]');
      const workspace = workspaceOf({ [a]: named, [join(dir, 'p.yaml')]: provider('fictional', 'white-rose') });
      expect(codes(workspace, join(dir, 'p.yaml'))).toEqual(['reference/target-has-errors']);
      mkdirSync(join(dir, 'profiles'));
      writeFileSync(join(dir, 'profiles/local.profile.json'), '{ "id": "local", "title": "Local", "patches": {} }\n');
      // Profiles are held in memory: read again (as a Project does when its host says one changed), they recheck every file.
      expect(workspace.setProfiles(await readWorkspaceProfiles(new NodeHost(), [dir], undefined, workspace.registry))).toContain(
        join(dir, 'p.yaml'),
      );
      expect(codes(workspace, a)).toEqual([]);
      expect(codes(workspace, join(dir, 'p.yaml'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the declaration of an id and every reference to it', () => {
    const workspace = workspaceOf({
      'a.yaml': consortium('white-rose'),
      'p.yaml': provider('fictional', 'white-rose'),
      'q.yaml': provider('other', 'white-rose'),
    });
    // p.yaml line 9 (indented two more): `  - { consortium: white-rose, arrangement: ifa-2015, lots: [lot-1-standard] }`
    const lot = workspace.definition('p.yaml', { line: 9, character: 63 });
    expect(lot).toEqual({ uri: 'a.yaml', range: { start: { line: 11, character: 19 }, end: { line: 11, character: 33 } } });
    const consortiumRef = workspace.definition('p.yaml', { line: 9, character: 20 });
    expect(consortiumRef).toEqual({ uri: 'a.yaml', range: { start: { line: 3, character: 6 }, end: { line: 3, character: 16 } } });
    // From the declaration: itself, then both providers' references.
    const refs = workspace.references('a.yaml', { line: 11, character: 20 });
    expect(refs.map((r) => [r.uri, r.range.start.line, r.range.start.character])).toEqual([
      ['a.yaml', 11, 19],
      ['p.yaml', 9, 62],
      ['q.yaml', 9, 62],
    ]);
    expect(workspace.references('p.yaml', { line: 9, character: 20 }, false).map((r) => r.uri)).toEqual(['p.yaml', 'q.yaml']);
    expect(workspace.definition('p.yaml', { line: 0, character: 3 })).toBeUndefined();
  });

  it('applies suppression comments to rule findings', () => {
    const suppressed = provider('fictional', 'white-rse').replace(
      '  - { consortium',
      '  # nof-disable-next-line reference/unresolved -- consortium file not shared yet\n  - { consortium',
    );
    const workspace = workspaceOf({ 'p.yaml': suppressed });
    expect(codes(workspace, 'p.yaml')).toEqual([]);
    workspace.set('c.yaml', consortium('white-rse'));
    expect(codes(workspace, 'p.yaml')).toEqual(['suppression/unused']);
  });

  it('checks every file again when reconfigured', () => {
    const workspace = workspaceOf({ 'p.yaml': provider('fictional', 'white-rose') });
    expect(workspace.diagnostics('p.yaml').diagnostics.map((d) => d.severity)).toEqual(['error']);
    workspace.configure({ settings: { 'reference/unresolved': 'info' } });
    expect(workspace.diagnostics('p.yaml').diagnostics.map((d) => d.severity)).toEqual(['info']);
    workspace.configure({ settings: { 'reference/unresolved': 'off' } });
    expect(workspace.diagnostics('p.yaml').diagnostics).toEqual([]);
  });
});

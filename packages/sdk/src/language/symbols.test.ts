import { describe, expect, it } from 'vitest';
import { documentSymbols, workspaceSymbols } from './symbols.js';
import { workspaceOf } from './testing.js';

describe('documentSymbols', () => {
  it('outlines each document with its items with ids, nested as written', () => {
    const [consortium] = documentSymbols(workspaceOf(), 'file:///ws/consortium.yaml');
    expect(consortium).toMatchObject({ name: 'White Rose Test Framework', kind: 'Consortium', detail: 'white-rose' });
    expect(consortium?.selectionRange).toEqual({ start: { line: 5, character: 6 }, end: { line: 5, character: 16 } });
    const arrangement = consortium!.children[0]!;
    expect(arrangement).toMatchObject({ name: 'IFA framework 2015', kind: 'arrangement' });
    expect(arrangement.children.map((l) => [l.kind, l.detail, l.children.map((t) => t.detail)])).toEqual([
      ['lot', 'lot-1', ['tier-1']],
      ['lot', 'lot-2', []],
    ]);
  });
});

describe('workspaceSymbols', () => {
  it('finds documents by id or name, case-insensitively', () => {
    const workspace = workspaceOf();
    expect(workspaceSymbols(workspace, 'ROSE').map((s) => s.name)).toEqual(['white-rose', 'rose-fostering']);
    expect(workspaceSymbols(workspace, 'test framework')).toMatchObject([
      { name: 'white-rose', kind: 'Consortium', container: 'White Rose Test Framework' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { renameEdits, renameTarget } from './rename.js';
import { FILES, positionOf, workspaceOf } from './testing.js';

const consortium = FILES['file:///ws/consortium.yaml']!;

describe('rename', () => {
  const workspace = workspaceOf();
  const lot = positionOf(consortium, 'id: lot-2', 5);

  it('renames an item id where it is declared and wherever it is referred to', () => {
    expect(renameTarget(workspace, 'file:///ws/consortium.yaml', lot)).toMatchObject({ placeholder: 'lot-2', numeric: false });
    const result = renameEdits(workspace, 'file:///ws/consortium.yaml', lot, 'lot-2-enhanced');
    expect(result).toEqual({
      edits: {
        'file:///ws/consortium.yaml': [
          { range: { start: { line: 20, character: 14 }, end: { line: 20, character: 19 } }, newText: 'lot-2-enhanced' },
        ],
        'file:///ws/provider.yaml': [
          { range: { start: { line: 10, character: 69 }, end: { line: 10, character: 74 } }, newText: 'lot-2-enhanced' },
        ],
      },
    });
  });

  it('refuses what is not an id, and names that are not ids', () => {
    expect(renameTarget(workspace, 'file:///ws/consortium.yaml', positionOf(consortium, 'name: Enhanced', 7))).toBeUndefined();
    expect(renameEdits(workspace, 'file:///ws/consortium.yaml', lot, 'Lot Two')).toEqual({
      error: expect.stringContaining('"Lot Two" is not an id'),
    });
  });
});

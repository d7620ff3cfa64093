import { describe, expect, it } from 'vitest';
import { quickFixes } from './code-actions.js';
import { workspaceOf } from './testing.js';

const SPARSE = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: sparse\n  name: Sparse\nspec:\n  type: regional\n';
const whole = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };

describe('quickFixes', () => {
  it('offers each diagnostic’s fixes, and one fix adding every missing required property of a mapping', () => {
    const workspace = workspaceOf({ 'file:///ws/sparse.yaml': SPARSE });
    const fixes = quickFixes(workspace, 'file:///ws/sparse.yaml', whole);
    expect(fixes.map((f) => f.title)).toEqual([
      'Add `members`',
      'Add `arrangements`',
      'Add missing required properties (`members`, `arrangements`)',
    ]);
    const all = fixes[2]!;
    expect(all.diagnostics.map((d) => d.code)).toEqual(['schema/required', 'schema/required']);
    expect(all.edits.map((e) => e.newText).join('')).toBe('\n  members: []\n  arrangements: []');
  });

  it('offers nothing away from the diagnostics', () => {
    const workspace = workspaceOf({ 'file:///ws/sparse.yaml': SPARSE.replace('type: regional', 'type: regionall') });
    const line3 = { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } };
    expect(quickFixes(workspace, 'file:///ws/sparse.yaml', line3)).toEqual([]);
  });
});

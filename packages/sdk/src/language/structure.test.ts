import { describe, expect, it } from 'vitest';
import { foldingRanges, selectionRanges } from './structure.js';
import { workspaceOf } from './testing.js';

describe('foldingRanges', () => {
  it('folds multi-line mappings and lists from the line of their name, and comment runs', () => {
    const folds = foldingRanges(workspaceOf().file('file:///ws/consortium.yaml')!);
    expect(folds).toContainEqual({ startLine: 0, endLine: 1, kind: 'comment' });
    expect(folds).toContainEqual({ startLine: 7, endLine: 21 }); // spec
    expect(folds).toContainEqual({ startLine: 18, endLine: 19 }); // tiers
    // One-line flow mappings do not fold.
    expect(folds.some((f) => f.startLine === 19)).toBe(false);
  });
});

describe('selectionRanges', () => {
  it('grows from a value to its entry, its mapping, the list and out to the document', () => {
    const [document] = workspaceOf().file('file:///ws/consortium.yaml')!.documents;
    const ranges = selectionRanges(document!, { line: 16, character: 16 }).map(
      (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`,
    );
    expect(ranges.slice(0, 4)).toEqual(['16:14-16:19', '16:10-16:19', '16:10-19:37', '16:8-21:24']);
    expect(ranges[ranges.length - 1]).toBe('2:0-21:24');
  });
});

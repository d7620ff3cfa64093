import { describe, expect, it } from 'vitest';
import { cursorContext } from './cursor.js';

/** The context at the `|` in `text` (which is removed). */
function at(text: string) {
  const offset = text.indexOf('|');
  const before = text.slice(0, offset).split('\n');
  return cursorContext(text.replace('|', ''), { line: before.length - 1, character: before[before.length - 1]!.length });
}

describe('cursorContext', () => {
  it('reads a half-typed property name in a nested block mapping', () => {
    expect(at('spec:\n  route:\n    type: spot\n    cons|\n  fees: {}\n')).toMatchObject({
      role: 'key',
      path: ['spec', 'route'],
      prefix: 'cons',
      column: 4,
    });
  });

  it('reads a value after its key, inside list items', () => {
    const found = at('spec:\n  members:\n    - authority: E08000035\n    - authority: E08|\n');
    expect(found).toMatchObject({ role: 'value', path: ['spec', 'members', '1', 'authority'], prefix: 'E08' });
    expect(found?.range).toEqual({ start: { line: 3, character: 17 }, end: { line: 3, character: 20 } });
  });

  it('reads the first key of a new list item and a property after a list item’s first line', () => {
    expect(at('spec:\n  lots:\n    - id: a\n    - |\n')).toMatchObject({ role: 'key', path: ['spec', 'lots', '1'], listItem: true });
    expect(at('spec:\n  lots:\n    - id: a\n      |\n')).toMatchObject({ role: 'key', path: ['spec', 'lots', '0'], listItem: false });
  });

  it('reads flow mappings and sequences on the cursor’s line', () => {
    expect(at('spec:\n  route: { type: spot, lot: l|')).toMatchObject({
      role: 'value',
      path: ['spec', 'route', 'lot'],
      prefix: 'l',
      flow: true,
    });
    expect(at('spec:\n  route: { type: spot, |')).toMatchObject({ role: 'key', path: ['spec', 'route'], flow: true });
    expect(at('spec:\n  regions: [london, |')).toMatchObject({ role: 'value', path: ['spec', 'regions', '1'] });
    expect(at('spec:\n  tiers:\n    - { id: |')).toMatchObject({ role: 'value', path: ['spec', 'tiers', '0', 'id'] });
  });

  it('skips blank lines, comments and deeper lines when looking for the mapping', () => {
    expect(at('spec:\n  a:\n    b: 1\n\n  # note\n  |')).toMatchObject({ role: 'key', path: ['spec'] });
    expect(at('kind: X\n|')).toMatchObject({ role: 'key', path: [] });
  });

  it('starts each document of a file afresh', () => {
    expect(at('spec:\n  a: 1\n---\nsp|')).toMatchObject({ role: 'key', path: [] });
  });

  it('offers nothing in comments, in blocks of text, or right after a colon', () => {
    expect(at('spec:\n  # a com|')).toBeUndefined();
    expect(at('spec:\n  notes: >-\n    Some text\n    more|')).toBeUndefined();
    expect(at('spec:\n  type:|')).toBeUndefined();
  });
});

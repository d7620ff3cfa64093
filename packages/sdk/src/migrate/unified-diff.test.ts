import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './unified-diff.js';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'a', 'b')).toBe('');
  });

  it('prints changes with three lines of context and hunk headers', () => {
    const before = lines(20);
    const after = [...before];
    after[1] = 'changed 2';
    after.splice(15, 1);
    expect(unifiedDiff(`${before.join('\n')}\n`, `${after.join('\n')}\n`, 'a/f.yaml', 'b/f.yaml')).toBe(
      [
        '--- a/f.yaml',
        '+++ b/f.yaml',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+changed 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -13,7 +13,6 @@',
        ' line 13',
        ' line 14',
        ' line 15',
        '-line 16',
        ' line 17',
        ' line 18',
        ' line 19',
        '',
      ].join('\n'),
    );
  });

  it('joins changes closer than two contexts into one hunk and handles insertion at the end', () => {
    const diff = unifiedDiff('a\nb\nc\n', 'a\nB\nc\nd\n', 'x', 'y');
    expect(diff).toBe(['--- x', '+++ y', '@@ -1,3 +1,4 @@', ' a', '-b', '+B', ' c', '+d', ''].join('\n'));
  });

  it('prints a hunk when only the final newline changes', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb', 'x', 'y')).toBe(
      ['--- x', '+++ y', '@@ -1,2 +1,2 @@', ' a', '-b', '+b', '\\ No newline at end of file', ''].join('\n'),
    );
    expect(unifiedDiff('a\nb', 'a\nb\n', 'x', 'y')).toContain('-b\n\\ No newline at end of file\n+b\n');
  });

  it('diffs a 20,000-line file with changes at both ends', () => {
    const before = lines(20_000);
    const after = [...before];
    after[0] = 'changed 1';
    after[19_999] = 'changed 20000';
    const diff = unifiedDiff(`${before.join('\n')}\n`, `${after.join('\n')}\n`, 'a', 'b');
    expect(diff.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,4 +1,4 @@', '@@ -19997,4 +19997,4 @@']);
    expect(diff).toContain('-line 20000\n+changed 20000\n');
  });
});

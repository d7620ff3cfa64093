import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { parseText } from '../parse/parse-text.js';
import { applySuppressions, findSuppressions } from './suppression.js';

const at = (code: string, line: number): Diagnostic => ({
  severity: 'error',
  code,
  message: 'x',
  path: '',
  range: { start: { line, character: 2 }, end: { line, character: 5 } },
});

const text = `# nof-disable a/whole -- the 2015 data predates this rule
apiVersion: nof/v1
# nof-disable-next-line a/one, a/two -- agreed with the lead authority

# a plain comment between
kind: Consortium
name: "# nof-disable-next-line not/a-comment -- inside a string"
notes: |
  # nof-disable a/in-block -- text of a block scalar
---
# nof-disable-next-line a/one
kind: Other
`;

describe('suppression comments', () => {
  it('finds directives in comments only, with the lines they cover', () => {
    const found = findSuppressions(text);
    expect(found.map((s) => [s.scope, s.rules.map((r) => r.id), s.reason, s.fromLine, s.toLine])).toEqual([
      ['document', ['a/whole'], 'the 2015 data predates this rule', 0, 9],
      ['next-line', ['a/one', 'a/two'], 'agreed with the lead authority', 5, 6],
      ['next-line', ['a/one'], undefined, 11, 12],
    ]);
    expect(found[1]!.rules[1]!.range).toEqual({ start: { line: 2, character: 31 }, end: { line: 2, character: 36 } });
  });

  it('are found by the parse itself, the same as on their own', () => {
    expect(parseText(text, 'file.yaml').suppressions).toEqual(findSuppressions(text));
    const broken = '# nof-disable-next-line a/b -- kept\nkey: [unclosed\n';
    expect(parseText(broken, 'file.yaml').suppressions.map((s) => [s.rules[0]?.id, s.fromLine])).toEqual([['a/b', 1]]);
  });

  it('drops what they cover and keeps the rest', () => {
    const kept = applySuppressions(
      [at('a/whole', 7), at('a/whole', 11), at('a/one', 5), at('a/two', 5), at('a/two', 6)],
      findSuppressions(text),
    );
    expect(kept.filter((d) => !d.code.startsWith('suppression/')).map((d) => [d.code, d.range.start.line])).toEqual([
      ['a/whole', 11],
      ['a/two', 6],
    ]);
  });

  it('warns about a suppression without a reason and about ids that suppressed nothing', () => {
    const kept = applySuppressions([at('a/one', 5)], findSuppressions(text));
    expect(
      kept.filter((d) => d.code.startsWith('suppression/')).map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]),
    ).toEqual([
      ['suppression/unused', 'warning', 0, 14],
      ['suppression/unused', 'warning', 2, 31],
      ['suppression/missing-reason', 'warning', 10, 0],
      ['suppression/unused', 'warning', 10, 24],
    ]);
  });

  it('calls no suppression unused while the rules could not run (a YAML or schema error stops them)', () => {
    const kept = applySuppressions([at('schema/enum', 7)], findSuppressions(text), undefined, false);
    expect(kept.map((d) => d.code)).toEqual(['schema/enum', 'suppression/missing-reason']);
  });

  it('reports a directive that names no rule, and obeys settings for its own codes', () => {
    const none = findSuppressions('# nof-disable -- why\nkind: X\n');
    expect(applySuppressions([], none).map((d) => d.code)).toEqual(['suppression/unused']);
    expect(applySuppressions([], none, { 'suppression/unused': 'off' })).toEqual([]);
  });

  it('ignores comments that merely start with the word', () => {
    expect(findSuppressions('# nof-disabled-thing a/b\nkind: X\n')).toEqual([]);
  });
});

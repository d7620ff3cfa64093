import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './members-unique.js';

const consortium = (members: string) => documentYaml('Consortium', 'white-rose', `type: regional\nmembers:\n${members}\narrangements: []`);

describe('consortium/members-unique', () => {
  it('passes each authority listed once', () => {
    expect(runRule(rule, consortium('  - authority: E08000035\n  - authority: E08000016'))).toEqual([]);
  });

  it('reports the second entry for an authority, linked to the first', () => {
    const found = runRule(
      rule,
      consortium('  - authority: E08000035\n  - authority: E08000016\n  - { authority: E08000035, role: partner }'),
    );
    expect(found.map((d) => [d.path, d.message, d.range.start.line, d.related?.[0]?.range.start.line])).toEqual([
      ['/spec/members/2/authority', 'Leeds (E08000035) is listed more than once among the members: keep one entry per authority.', 10, 8],
    ]);
  });
});

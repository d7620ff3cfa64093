import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { documentYaml, runRule } from '../testing.js';
import rule from './lead-is-member.js';

const consortium = (members: string, lead = 'leadAuthority: E08000035') =>
  documentYaml('Consortium', 'white-rose', `type: regional\n${lead}\n${members}\narrangements: []`);

describe('consortium/lead-is-member', () => {
  it('passes a lead listed among the members, and a consortium with no lead', () => {
    expect(runRule(rule, consortium('members:\n  - authority: E08000016\n  - authority: E08000035'))).toEqual([]);
    expect(runRule(rule, consortium('members: [{ authority: E08000016 }]', ''))).toEqual([]);
  });

  it('reports a lead missing from a block list and adds it as the first member', () => {
    const text = consortium('members:\n  - authority: E08000016\n  - authority: E08000032');
    const [d, ...rest] = runRule(rule, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: '/spec/leadAuthority', severity: 'error', range: { start: { line: 7, character: 17 } } });
    expect(d!.message).toBe("The lead authority Leeds (E08000035) is not among the consortium's members: add it to the members list.");
    const fixed = applyEdits(text, d!.fixes![0]!.edits);
    expect(fixed).toContain('  members:\n    - authority: E08000035\n    - authority: E08000016\n');
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('adds the lead inside a flow list', () => {
    const text = consortium('members: [{ authority: E08000016 }]');
    const [d] = runRule(rule, text);
    const fixed = applyEdits(text, d!.fixes![0]!.edits);
    expect(fixed).toContain('members: [{ authority: E08000035 }, { authority: E08000016 }]');
    expect(runRule(rule, fixed)).toEqual([]);
  });
});

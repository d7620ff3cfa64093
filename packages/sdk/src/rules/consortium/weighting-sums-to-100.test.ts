import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { documentYaml, runRule } from '../testing.js';
import rule from './weighting-sums-to-100.js';

const consortium = (award: string, tier = '{ quality: 40, price: 60 }') =>
  documentYaml(
    'Consortium',
    'greater-manchester',
    `type: sub-regional
members: [{ authority: E08000009 }]
arrangements:
  - id: residential
    type: framework-agreement
    awardWeighting: ${award}
    lots:
      - id: standard
        name: Standard residential
        tiers: [{ id: tier-1, rank: 1, weighting: ${tier} }]`,
  );

describe('consortium/weighting-sums-to-100', () => {
  it('passes weightings that add up to 100, decimals included', () => {
    expect(runRule(rule, consortium('{ quality: 60, price: 40 }', '{ quality: 33.3, price: 66.7 }'))).toEqual([]);
  });

  it('reports an award weighting over 100 with both figures, and fixes either figure', () => {
    const text = consortium('{ quality: 60, price: 50 }');
    const [d, ...rest] = runRule(rule, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ path: '/spec/arrangements/0/awardWeighting', severity: 'error' });
    expect(d!.message).toBe('The award weighting of arrangement "residential" adds up to 110% (quality 60% + price 50%), not 100%.');
    expect(d!.fixes!.map((f) => f.title)).toEqual(['Set price to 40%', 'Set quality to 50%']);
    const fixed = applyEdits(text, d!.fixes![0]!.edits);
    expect(fixed).toContain('awardWeighting: { quality: 60, price: 40 }');
    expect(runRule(rule, fixed)).toEqual([]);
  });

  it('reports a tier weighting under 100', () => {
    const found = runRule(rule, consortium('{ quality: 60, price: 40 }', '{ quality: 40, price: 40 }'));
    expect(found.map((d) => [d.path, d.message])).toEqual([
      [
        '/spec/arrangements/0/lots/0/tiers/0/weighting',
        'The weighting of tier "tier-1" of lot "standard" of arrangement "residential" adds up to 80% (quality 40% + price 40%), not 100%.',
      ],
    ]);
  });
});

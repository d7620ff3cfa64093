import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './cost-and-volume-states-discount.js';

const consortium = (pricing: string) =>
  documentYaml(
    'Consortium',
    'peninsula',
    `type: sub-regional\nmembers: [{ authority: E06000026 }]\narrangements:\n  - id: cost-and-volume\n    type: cost-and-volume-contract${pricing}`,
  );

const run = (pricing: string) => runRule(rule, consortium(pricing)).map((d) => [d.path, d.range.start.line]);

describe('consortium/cost-and-volume-states-discount', () => {
  it('passes discount bands or a target', () => {
    expect(
      run('\n    pricing: { costAndVolumeDiscount: { basis: overall-spend, bands: [{ fromAnnualSpend: 100000, discountPercent: 2 }] } }'),
    ).toEqual([]);
    expect(run('\n    pricing: { costAndVolumeDiscount: { targetPercent: 3 } }')).toEqual([]);
  });

  it('reports a missing discount on the arrangement, and an empty one on the discount', () => {
    const [d] = runRule(rule, consortium(''));
    expect([d!.path, d!.message]).toEqual([
      '/spec/arrangements/0',
      'Cost-and-volume contract "cost-and-volume" does not state its discount: add the discount bands or the target discount under pricing.costAndVolumeDiscount.',
    ]);
    expect(run('\n    pricing:\n      costAndVolumeDiscount: { basis: overall-spend, bands: [] }')).toEqual([
      ['/spec/arrangements/0/pricing/costAndVolumeDiscount', 12],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { v2Agreement } from './_fixtures.js';
import rule from './funding-split-sums-to-100.js';

const withSplit = (health: number, authority: number) =>
  v2Agreement(
    {},
    {
      coreWeeklyFee: { amount: 850, per: 'week' },
      additionalServices: [
        {
          id: 'therapy',
          description: 'Therapy',
          category: 'therapy',
          cost: { amount: 100, per: 'week' },
          fundingSplit: [
            { funder: 'health', percentage: health },
            { funder: 'placing-authority', percentage: authority },
          ],
        },
      ],
    },
  );

describe('agreement/funding-split-sums-to-100', () => {
  it('reports shares that do not total 100%, with the figures', () => {
    expect(runRule(rule, withSplit(50, 40))).toEqual([
      expect.objectContaining({
        path: '/spec/fees/additionalServices/0/fundingSplit',
        message: expect.stringContaining('adds up to 90% (health 50%, placing-authority 40%)'),
      }),
    ]);
  });

  it('passes shares that total 100%', () => {
    expect(runRule(rule, withSplit(50, 50))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, v2Agreement, withSpec, yamlDocument } from './_fixtures.js';
import rule from './fees-add-up.js';

const service = (amount: number, per: string, funder: string) => ({
  description: 'Weekly therapy sessions',
  category: 'therapy',
  cost: { amount, per },
  funder,
});
const run = (totalWeeklyCost: number) =>
  runRule(
    rule,
    yamlDocument(
      'PlacementAgreement',
      'ipa-0042',
      withSpec(AGREEMENT, {
        fees: {
          weeklyFee: { amount: 850, per: 'week' },
          additionalServices: [
            service(60, 'week', 'health'),
            service(25.5, 'week', 'placing-authority'),
            service(40, 'week', 'provider'),
            service(300, 'one-off', 'education'),
          ],
          totalWeeklyCost,
        },
      }),
    ),
  );

describe('agreement/fees-add-up', () => {
  it('reports a total that is not the fee plus the weekly services, offering the sum', () => {
    const [d, ...rest] = run(850);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      path: '/spec/fees/totalWeeklyCost',
      message: 'Total weekly cost £850 is not the weekly fee £850 plus 2 weekly additional services (£85.50): £935.50.',
    });
    expect(d!.fixes![0]!.edits[0]!.newText).toBe('935.5');
  });

  it('passes a total that adds up, leaving out provider-funded and one-off services', () => {
    expect(run(935.5)).toEqual([]);
  });
});

describe('agreement/fees-add-up on nof/v2', () => {
  const v2 = (totalWeeklyCost: number) =>
    runRule(
      rule,
      v2Agreement(
        {},
        {
          coreWeeklyFee: { amount: 850, per: 'week' },
          additionalServices: [
            {
              id: 'therapy',
              description: 'Weekly therapy sessions',
              category: 'therapy',
              cost: { amount: 100, per: 'week' },
              fundingSplit: [
                { funder: 'health', percentage: 50 },
                { funder: 'provider', percentage: 50 },
              ],
            },
          ],
          totalWeeklyCost,
        },
      ),
    );

  it('reads the core weekly fee and counts only the funders other than the provider', () => {
    expect(v2(900)).toEqual([]);
    expect(v2(950)).toEqual([expect.objectContaining({ path: '/spec/fees/totalWeeklyCost' })]);
  });
});

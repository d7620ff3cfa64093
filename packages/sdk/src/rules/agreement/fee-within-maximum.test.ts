import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, withSpec } from './_fixtures.js';
import rule from './fee-within-maximum.js';

// The fixture lot's ceilings: £1,100 a week for ages 11-18, £950 a week for all ages.
const run = (amount: number, per: string, ageAtStart?: number) =>
  runRule(
    rule,
    placementFiles(
      withSpec(AGREEMENT, {
        fees: { weeklyFee: { amount, per } },
        child: { localReference: 'DAL-0042', ...(ageAtStart === undefined ? {} : { ageAtStart }) },
      }),
    ),
  ).map((d) => [d.path, d.message, d.severity]);

describe('agreement/fee-within-maximum', () => {
  it("reports a fee above the ceiling for the child's age band, with the figures", () => {
    expect(run(1250, 'week', 12)).toEqual([
      [
        '/spec/fees/weeklyFee/amount',
        'Weekly fee £1,250 is above the maximum price £1,100 a week for ages 11-18 on lot "standard" of arrangement "ifa-framework" of Consortium "dales".',
        'warning',
      ],
    ]);
  });

  it('uses the all-ages ceiling when no band fits or no age is given, and compares other periods weekly', () => {
    expect(run(1000, 'week', 7).map((d) => d[1])).toEqual([expect.stringContaining('above the maximum price £950 a week on lot')]);
    expect(run(1000, 'week').map((d) => d[1])).toEqual([expect.stringContaining('£950 a week')]);
    expect(run(5200 * 12, 'year', 12).map((d) => d[1])).toEqual([
      expect.stringContaining('Fee £62,400 a year (£1,200 a week) is above the maximum price £1,100 a week'),
    ]);
  });

  it('passes a fee at or below the ceiling', () => {
    expect(run(1100, 'week', 12)).toEqual([]);
    expect(run(900, 'week', 7)).toEqual([]);
  });
});

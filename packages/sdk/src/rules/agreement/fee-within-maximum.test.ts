import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './fee-within-maximum.js';

// The fixture lot's ceilings: £1,100 a week for ages 11-18, £950 a week for all ages.
const runIn = (apiVersion: Version) => (amount: number, per: string, ageAtStart?: number) =>
  runRule(
    rule,
    placementFiles(
      withSpec(AGREEMENT, {
        fees: { weeklyFee: { amount, per } },
        child: { localReference: 'DAL-0042', ...(ageAtStart === undefined ? {} : { ageAtStart }) },
      }),
      {},
      undefined,
      apiVersion,
    ),
  ).map((d) => [d.path, d.message, d.severity]);

describe.each(VERSIONS)('agreement/fee-within-maximum (%s)', (apiVersion) => {
  const run = runIn(apiVersion);
  const fee = apiVersion === 'nof/v1' ? 'weeklyFee' : 'coreWeeklyFee';

  it("reports a fee above the ceiling for the child's age band, where the version writes it, with the figures", () => {
    expect(run(1250, 'week', 12)).toEqual([
      [
        `/spec/fees/${fee}/amount`,
        'Weekly fee £1,250 is above the maximum price £1,100 a week for ages 11-18 on lot "standard" of arrangement "ifa-framework" of Consortium "dales".',
        'warning',
      ],
    ]);
  });

  it('uses the all-ages ceiling when no band fits or no age is given', () => {
    expect(run(1000, 'week', 7).map((d) => d[1])).toEqual([expect.stringContaining('above the maximum price £950 a week on lot')]);
    expect(run(1000, 'week').map((d) => d[1])).toEqual([expect.stringContaining('£950 a week')]);
  });

  it('passes a fee at or below the ceiling', () => {
    expect(run(1100, 'week', 12)).toEqual([]);
    expect(run(900, 'week', 7)).toEqual([]);
  });
});

describe('agreement/fee-within-maximum on nof/v1', () => {
  it('compares a fee stated per another period weekly (v2 states the core fee per week)', () => {
    expect(runIn('nof/v1')(5200 * 12, 'year', 12).map((d) => d[1])).toEqual([
      expect.stringContaining('Fee £62,400 a year (£1,200 a week) is above the maximum price £1,100 a week'),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, agreementYaml, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './review-after-start.js';

const runIn =
  (apiVersion: Version) =>
  (firstReviewDate: string, ...held: string[]) =>
    runRule(
      rule,
      agreementYaml(
        withSpec(AGREEMENT, {
          startDate: '2015-06-03',
          reviewSchedule: { firstReviewDate, frequency: { months: 6 }, reviews: held.map((date) => ({ date })) },
        }),
        apiVersion,
      ),
    ).map((d) => [d.path, d.message]);

describe.each(VERSIONS)('agreement/review-after-start (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports a first review and a held review not after the start', () => {
    expect(run('2015-05-01', '2015-07-01', '2015-06-03')).toEqual([
      ['/spec/reviewSchedule/firstReviewDate', 'The first review date 2015-05-01 is not after the placement start date 2015-06-03.'],
      ['/spec/reviewSchedule/reviews/1/date', 'This review is dated 2015-06-03, not after the placement start date 2015-06-03.'],
    ]);
  });

  it('passes reviews after the start', () => {
    expect(run('2015-07-01', '2015-07-01', '2016-01-01')).toEqual([]);
  });
});

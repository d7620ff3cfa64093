import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, withSpec, yamlDocument } from './_fixtures.js';
import rule from './review-after-start.js';

const run = (firstReviewDate: string, ...held: string[]) =>
  runRule(
    rule,
    yamlDocument(
      'PlacementAgreement',
      'ipa-0042',
      withSpec(AGREEMENT, {
        startDate: '2015-06-03',
        reviewSchedule: { firstReviewDate, frequency: { months: 6 }, reviews: held.map((date) => ({ date })) },
      }),
    ),
  ).map((d) => [d.path, d.message]);

describe('agreement/review-after-start', () => {
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

import { describe, expect, it } from 'vitest';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, yamlDocument, type Version } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './rating-on-scale.js';

const outcomes = [
  { id: 'calmer', domain: 'be-healthy', indicator: 'sdq-total', description: 'Feels calmer.' },
  { id: 'joins-in', domain: 'enjoy-and-achieve', indicator: 'engagement', description: 'Joins in activities.' },
];
/** A tracker and its agreement, both in `apiVersion`, with one review giving these ratings. */
const runRatings = (apiVersion: Version, ratings: Array<Record<string, unknown>>) =>
  runRule(
    rule,
    placementFiles(
      withSpec(AGREEMENT, { outcomes }),
      {
        'tracker.yaml': yamlDocument(
          'OutcomeTracker',
          'tracker-0042',
          { agreement: 'ipa-0042', reviews: [{ date: '2015-12-01', reviewerRole: 'Independent reviewing officer', ratings }] },
          apiVersion,
        ),
      },
      undefined,
      apiVersion,
    ),
  ).map((d) => [d.uri, d.path, d.message, d.fixes?.[0]?.edits[0]?.newText]);

describe.each(VERSIONS)('tracker/rating-on-scale (%s)', (apiVersion) => {
  const run = (...ratings: Array<[string, number | string]>) =>
    runRatings(
      apiVersion,
      ratings.map(([outcome, value]) => ({ outcome, value })),
    );

  it("reports ratings off their indicator's scale, found through the agreement and its framework", () => {
    expect(run(['calmer', 52], ['joins-in', 'Green'])).toEqual([
      [
        'tracker.yaml',
        '/spec/reviews/0/ratings/0/value',
        'The rating 52 for outcome "calmer" is not on the scale of its indicator "sdq-total" (SDQ total), which takes a score from 0 to 40.',
        undefined,
      ],
      ['tracker.yaml', '/spec/reviews/0/ratings/1/value', expect.stringContaining('takes red, amber or green'), 'green'],
    ]);
  });

  it('passes ratings on their scales', () => {
    expect(run(['calmer', 16], ['joins-in', 'amber'])).toEqual([]);
  });
});

describe('tracker/rating-on-scale on nof/v2', () => {
  it('passes an outcome not rated, with the reason, beside a rating it still checks', () => {
    const ratings = [
      { outcome: 'calmer', notRatedReason: 'SDQ not returned by the school this term' },
      { outcome: 'joins-in', value: 'purple' },
    ];
    expect(runRatings('nof/v2', ratings).map((d) => d[1])).toEqual(['/spec/reviews/0/ratings/1/value']);
  });
});

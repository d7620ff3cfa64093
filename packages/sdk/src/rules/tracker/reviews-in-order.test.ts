import { describe, expect, it } from 'vitest';
import { AGREEMENT, placementFiles, trackerYaml, VERSIONS } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './reviews-in-order.js';

// The fixture agreement starts on 2015-06-03.
describe.each(VERSIONS)('tracker/reviews-in-order (%s)', (apiVersion) => {
  const run = (...dates: string[]) =>
    runRule(rule, placementFiles(AGREEMENT, { 'tracker.yaml': trackerYaml(dates, apiVersion) }, undefined, apiVersion)).map((d) => [
      d.path,
      d.message,
    ]);

  it('reports a review out of order and one before the placement started', () => {
    expect(run('2015-05-01', '2016-06-01', '2015-12-01')).toEqual([
      ['/spec/reviews/0/date', 'This review is dated 2015-05-01, before the placement started on 2015-06-03.'],
      ['/spec/reviews/2/date', 'This review (2015-12-01) comes after one dated 2016-06-01: list reviews oldest first.'],
    ]);
  });

  it('passes reviews in order after the start', () => {
    expect(run('2015-12-01', '2016-06-01')).toEqual([]);
  });
});

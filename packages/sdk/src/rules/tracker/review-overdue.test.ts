import { describe, expect, it } from 'vitest';
import { AGREEMENT, placementFiles, trackerYaml, VERSIONS, withSpec } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './review-overdue.js';

// The fixture agreement starts on 2015-06-03, first review 2015-07-01, then every 6 months.
describe.each(VERSIONS)('tracker/review-overdue (%s)', (apiVersion) => {
  const runOn = (agreement: typeof AGREEMENT, asOf: string, ...dates: string[]) =>
    runRule(rule, placementFiles(agreement, { 'tracker.yaml': trackerYaml(dates, apiVersion) }, undefined, apiVersion), { asOf }).map(
      (d) => [d.path, d.severity, d.message],
    );
  const run = (asOf: string, ...dates: string[]) => runOn(AGREEMENT, asOf, ...dates);

  it('reports a review due after the latest one and not yet recorded, with the due date', () => {
    expect(run('2016-07-01', '2015-07-01', '2015-12-01')).toEqual([
      [
        '/spec/reviews',
        'warning',
        'A review was due on 2016-06-01 (6 months after the latest review on 2015-12-01) and none is recorded since, as of 2016-07-01.',
      ],
    ]);
  });

  it('reports a first review not held', () => {
    expect(run('2015-08-01').map((d) => d[2])).toEqual([
      "A review was due on 2015-07-01 (the agreement's first review date) and none is recorded since, as of 2015-08-01.",
    ]);
  });

  it('passes a review that would fall after the placement ended', () => {
    expect(runOn(withSpec(AGREEMENT, { endDate: '2016-02-10' }), '2016-07-01', '2015-07-01', '2015-12-01')).toEqual([]);
    expect(runOn(withSpec(AGREEMENT, { endDate: '2016-06-10' }), '2016-07-01', '2015-07-01', '2015-12-01')).toHaveLength(1);
  });

  it('passes when the next review is not yet due', () => {
    expect(run('2016-06-01', '2015-07-01', '2015-12-01')).toEqual([]);
    expect(run('2015-07-01')).toEqual([]);
  });
});

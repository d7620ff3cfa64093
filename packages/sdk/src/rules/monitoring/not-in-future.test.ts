import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { VISIT, visitFiles, withSpec } from './_fixtures.js';
import rule from './not-in-future.js';

const run = (date: string, asOf: string) => runRule(rule, visitFiles(withSpec(VISIT, { date })), { asOf }).map((d) => [d.path, d.message]);

describe('monitoring/not-in-future', () => {
  it('reports a visit dated after the judging date', () => {
    expect(run('2016-03-10', '2015-06-01')).toEqual([
      [
        '/spec/date',
        'The monitoring is dated 2016-03-10, after 2015-06-01, the date the workspace is judged on: record a planned visit as `nextDue` on the latest one.',
      ],
    ]);
  });

  it('passes a visit on or before the judging date', () => {
    expect(run('2015-06-01', '2015-06-01')).toEqual([]);
    expect(run('2015-03-10', '2015-06-01')).toEqual([]);
  });
});

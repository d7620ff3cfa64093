import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { whiteRoseFramework } from './_fixtures.js';
import rule from './status-matches-term.js';

const run = (status: string, term: string, asOf = '2015-06-01') =>
  runRule(rule, whiteRoseFramework(`status: ${status}\nterm: ${term}`), { asOf }).map((d) => [d.path, d.message]);

describe('consortium/status-matches-term', () => {
  it('passes a status that agrees with the term on the judging date', () => {
    expect(run('active', '{ startDate: 2014-04-01, endDate: 2016-03-31 }')).toEqual([]);
    expect(run('expired', '{ startDate: 2011-04-01, endDate: 2015-03-31 }')).toEqual([]);
    expect(run('planned', '{ startDate: 2016-04-01 }')).toEqual([]);
    expect(run('active', '{ endsIn: 2015-06 }')).toEqual([]);
    expect(run('active', '{ endsIn: { date: 2018, qualifier: by } }')).toEqual([]);
  });

  it('reports an active arrangement whose term has ended, by the day or the month', () => {
    expect(run('active', '{ startDate: 2011-04-01, endDate: 2015-03-31 }')).toEqual([
      [
        '/spec/arrangements/0/status',
        'The status of arrangement "ifa" is active, but its term ended 31 March 2015, before 2015-06-01 (the date the workspace judges by): it is expired, or its end date needs the extension taken.',
      ],
    ]);
    expect(run('active', '{ endsIn: 2015-05 }')[0]?.[1]).toContain('its term ended May 2015');
  });

  it('reports an expired arrangement still running and an active one not yet started', () => {
    expect(run('expired', '{ endDate: 2017-12-31 }')).toEqual([
      [
        '/spec/arrangements/0/status',
        'The status of arrangement "ifa" is expired, but its term runs to 31 December 2017, after 2015-06-01 (the date the workspace judges by).',
      ],
    ]);
    expect(run('active', '{ startedIn: 2016-04 }')).toEqual([
      [
        '/spec/arrangements/0/status',
        'The status of arrangement "ifa" is active, but it starts April 2016, after 2015-06-01 (the date the workspace judges by).',
      ],
    ]);
  });

  it('judges by the workspace date, so a 2015 snapshot is not out of date today', () => {
    expect(run('active', '{ startDate: 2014-04-01, endDate: 2016-03-31 }', '2025-04-01')).toHaveLength(1);
  });
});

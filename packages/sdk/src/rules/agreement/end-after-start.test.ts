import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, agreementYaml, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './end-after-start.js';

const runIn = (apiVersion: Version) => (plannedEndDate?: string, endDate?: string) =>
  runRule(rule, agreementYaml(withSpec(AGREEMENT, { startDate: '2015-06-03', plannedEndDate, endDate }), apiVersion));

describe.each(VERSIONS)('agreement/end-after-start (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports a planned end on or before the start', () => {
    expect(run('2015-06-02').map((d) => [d.path, d.message])).toEqual([
      ['/spec/plannedEndDate', 'The planned end date 2015-06-02 is not after the start date 2015-06-03.'],
    ]);
    expect(run('2015-06-03')).toHaveLength(1);
  });

  it('reports a placement that ended before it started', () => {
    expect(run(undefined, '2015-05-30').map((d) => [d.path, d.message])).toEqual([
      ['/spec/endDate', 'The placement is recorded as ending on 2015-05-30, before it started on 2015-06-03.'],
    ]);
  });

  it('passes a later end, or none, and a placement that ended on the day it started or later', () => {
    expect(run('2016-06-02')).toEqual([]);
    expect(run()).toEqual([]);
    expect(run('2016-06-02', '2015-06-03')).toEqual([]);
    expect(run(undefined, '2015-11-20')).toEqual([]);
  });
});

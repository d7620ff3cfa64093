import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, withSpec, yamlDocument } from './_fixtures.js';
import rule from './end-after-start.js';

const run = (plannedEndDate?: string) =>
  runRule(rule, yamlDocument('PlacementAgreement', 'ipa-0042', withSpec(AGREEMENT, { startDate: '2015-06-03', plannedEndDate })));

describe('agreement/end-after-start', () => {
  it('reports a planned end on or before the start', () => {
    expect(run('2015-06-02').map((d) => [d.path, d.message])).toEqual([
      ['/spec/plannedEndDate', 'The planned end date 2015-06-02 is not after the start date 2015-06-03.'],
    ]);
    expect(run('2015-06-03')).toHaveLength(1);
  });

  it('passes a later end, or none', () => {
    expect(run('2016-06-02')).toEqual([]);
    expect(run()).toEqual([]);
  });
});

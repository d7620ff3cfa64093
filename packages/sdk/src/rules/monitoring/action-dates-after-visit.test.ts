import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { VISIT, visitFiles, withSpec } from './_fixtures.js';
import rule from './action-dates-after-visit.js';

const run = (actions: unknown[]) => runRule(rule, visitFiles(withSpec(VISIT, { actions }))).map((d) => [d.path, d.message]);
const action = (dates: Record<string, string>) => ({ description: 'Send the policy.', owner: 'provider', ...dates });

describe('monitoring/action-dates-after-visit', () => {
  it('reports an action due or completed before the visit', () => {
    expect(run([action({ due: '2014-07-14' }), action({ due: '2015-07-14', status: 'completed', completedOn: '2015-03-01' })])).toEqual([
      ['/spec/actions/0/due', 'The action is due on 2014-07-14, before the monitoring that agreed it (2015-03-10).'],
      ['/spec/actions/1/completedOn', 'The action was completed on 2015-03-01, before the monitoring that agreed it (2015-03-10).'],
    ]);
  });

  it('passes actions due or completed on or after the visit, and a visit without actions', () => {
    expect(run([action({ due: '2015-03-10' }), action({ due: '2015-07-14', status: 'completed', completedOn: '2015-06-30' })])).toEqual([]);
    expect(run([])).toEqual([]);
  });
});

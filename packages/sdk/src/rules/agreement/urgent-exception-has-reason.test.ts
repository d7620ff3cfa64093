import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, agreementYaml, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './urgent-exception-has-reason.js';

const approaches = [{ provider: 'brookside', tierRank: 2, approachedAt: '2015-06-01T09:30:00Z', response: 'accepted' }];
const runIn = (apiVersion: Version) => (callOff: Record<string, unknown>) =>
  runRule(rule, agreementYaml(withSpec(AGREEMENT, { callOff }), apiVersion));

describe.each(VERSIONS)('agreement/urgent-exception-has-reason (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports an urgent call-off without a reason, at the urgent key', () => {
    const found = run({ urgent: true, approaches });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: '/spec/callOff/urgent', severity: 'warning' });
    expect(found[0]!.message).toContain('gives no `exceptionReason`');
    // The key, not the value: the range covers `urgent`.
    expect(found[0]!.range.end.character - found[0]!.range.start.character).toBe('urgent'.length);
  });

  it('passes an urgent call-off with its reason, and one that is not urgent', () => {
    expect(run({ urgent: true, exceptionReason: 'Same-day placement needed.', approaches })).toEqual([]);
    expect(run({ urgent: false, approaches })).toEqual([]);
  });
});

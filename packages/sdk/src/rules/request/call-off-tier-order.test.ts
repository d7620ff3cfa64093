import { describe, expect, it } from 'vitest';
import { AGREEMENT, placementFiles, REQUEST, withSpec, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './call-off-tier-order.js';

const approach = (provider: string, tierRank: number, time: string) => ({
  provider,
  tierRank,
  approachedAt: `2015-06-01T${time}:00Z`,
  response: 'no-vacancy',
});

const run = (callOff: Record<string, unknown>) =>
  runRule(rule, placementFiles(AGREEMENT, { 'request.yaml': yamlDocument('PlacementRequest', 'req-0042', withSpec(REQUEST, { callOff })) }))
    .filter((d) => d.uri === 'request.yaml')
    .map((d) => [d.path, d.message]);

describe('request/call-off-tier-order', () => {
  it('passes a request sent tier by tier', () => {
    expect(run({ approaches: [approach('oak', 1, '09:00'), approach('brookside', 2, '12:00')] })).toEqual([]);
  });

  it('reports a request sent to tier 2 before tier 1', () => {
    expect(run({ approaches: [approach('brookside', 2, '09:00'), approach('oak', 1, '12:00')] })).toEqual([
      ['/spec/callOff/approaches/0/tierRank', expect.stringContaining('tier 1 provider "oak" was approached later (2015-06-01 12:00)')],
    ]);
  });
});

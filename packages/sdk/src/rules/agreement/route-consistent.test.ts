import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './route-consistent.js';

const runIn = (apiVersion: Version) => (route: Record<string, unknown>) =>
  runRule(rule, placementFiles(withSpec(AGREEMENT, { route }), {}, undefined, apiVersion)).map((d) => ({
    path: d.path,
    message: d.message,
    severity: d.severity,
    fixes: d.fixes?.map((f) => f.edits[0]!.newText),
    related: d.related?.[0]?.uri,
  }));

describe.each(VERSIONS)('agreement/route-consistent (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('passes a framework call-off naming a lot and one of its tiers, and a plain spot purchase', () => {
    expect(run({ type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework', lot: 'standard', tierRank: 2 })).toEqual(
      [],
    );
    expect(run({ type: 'spot' })).toEqual([]);
    expect(run({ type: 'block', consortium: 'dales', arrangement: 'block-2016', tierRank: 1 })).toEqual([]);
  });

  it('reports a block route naming a framework agreement, offering the fitting type', () => {
    expect(run({ type: 'block', consortium: 'dales', arrangement: 'ifa-framework', lot: 'standard' })).toEqual([
      {
        path: '/spec/route/type',
        message:
          'A block route does not fit lot "standard" of arrangement "ifa-framework" of Consortium "dales", which is a framework-agreement: its placements are bought by framework-call-off.',
        severity: 'error',
        fixes: ['framework-call-off'],
        related: 'consortium.yaml',
      },
    ]);
  });

  it('reports a tier the lot does not have', () => {
    expect(run({ type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework', lot: 'standard', tierRank: 3 })).toEqual([
      expect.objectContaining({
        path: '/spec/route/tierRank',
        message: 'No tier 3 on lot "standard" of arrangement "ifa-framework" of Consortium "dales": it has tiers 1 and 2.',
      }),
    ]);
  });

  it('reports a missing lot (warning), a missing arrangement, and a spot purchase naming an arrangement', () => {
    expect(run({ type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework' })).toEqual([
      expect.objectContaining({
        path: '/spec/route',
        severity: 'warning',
        message: expect.stringContaining('has lots ("standard"): name the lot'),
      }),
    ]);
    expect(run({ type: 'dps-call-off', consortium: 'dales' })).toEqual([
      expect.objectContaining({
        path: '/spec/route',
        message:
          'A dps-call-off route must name the `arrangement` it was bought under (use type `spot` for a purchase outside any arrangement).',
      }),
    ]);
    expect(run({ type: 'spot', consortium: 'dales', arrangement: 'ifa-framework' })).toEqual([
      expect.objectContaining({ path: '/spec/route/arrangement' }),
    ]);
  });
});

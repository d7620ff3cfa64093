import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, CONSORTIUM, placementFiles, VERSIONS, withSpec, yamlDocument, type Version } from './_fixtures.js';
import rule from './call-off-tier-order.js';

const approach = (provider: string, tierRank: number, approachedAt: string, respondedAt?: string) => ({
  provider,
  tierRank,
  approachedAt: `2015-06-01T${approachedAt}:00+01:00`,
  response: provider === 'brookside' ? 'accepted' : 'no-vacancy',
  ...(respondedAt ? { respondedAt: `2015-06-01T${respondedAt}:00+01:00` } : {}),
});

const runIn =
  (apiVersion: Version) =>
  (callOff: Record<string, unknown>, consortium = CONSORTIUM) =>
    runRule(rule, {
      files: {
        ...placementFiles(withSpec(AGREEMENT, { callOff }), {}, undefined, apiVersion).files,
        'consortium.yaml': yamlDocument('Consortium', 'dales', consortium),
      },
    }).map((d) => [d.path, d.message]);

describe.each(VERSIONS)('agreement/call-off-tier-order (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('passes tier 1 approached and answered before tier 2', () => {
    expect(run({ approaches: [approach('oak', 1, '09:30', '10:00'), approach('brookside', 2, '10:05')] })).toEqual([]);
  });

  it('reports a tier 2 approach made before tier 1 was approached, saying which approach broke the order', () => {
    const [finding, ...rest] = run({ approaches: [approach('brookside', 2, '09:30'), approach('oak', 1, '10:15')] });
    expect(rest).toEqual([]);
    expect(finding![0]).toBe('/spec/callOff/approaches/0/tierRank');
    expect(finding![1]).toContain(
      'tier 2 provider "brookside" was approached at 2015-06-01 09:30, but tier 1 provider "oak" was approached later (2015-06-01 10:15)',
    );
    expect(finding![1]).toContain('urgent: true');
  });

  it('reports a tier 2 approach while tier 1 was still considering the referral', () => {
    const found = run({ approaches: [approach('oak', 1, '09:30', '11:00'), approach('brookside', 2, '09:31')] });
    expect(found).toEqual([
      [
        '/spec/callOff/approaches/1/tierRank',
        expect.stringContaining('tier 1 provider "oak" had not yet answered (it answered at 2015-06-01 11:00)'),
      ],
    ]);
  });

  it('reports a tier skipped when the lot has it', () => {
    const found = run({ approaches: [approach('brookside', 2, '09:30')] });
    expect(found).toEqual([
      ['/spec/callOff/approaches/0/tierRank', expect.stringContaining('no tier 1 provider was approached, though the lot has a tier 1')],
    ]);
  });

  it('accepts the order broken when an urgent exception is recorded', () => {
    expect(
      run({
        urgent: true,
        exceptionReason: 'Same-day placement needed.',
        approaches: [approach('brookside', 2, '09:30'), approach('oak', 1, '09:30')],
      }),
    ).toEqual([]);
  });

  it('still reports an urgent departure when the arrangement allows no urgent exception', () => {
    const strict = structuredClone(CONSORTIUM) as { arrangements: Array<{ callOff?: unknown }> };
    strict.arrangements[0]!.callOff = { method: 'sequential-by-tier', urgentException: { allowed: false } };
    const found = run(
      { urgent: true, exceptionReason: 'Same-day placement needed.', approaches: [approach('brookside', 2, '09:30')] },
      strict,
    );
    expect(found).toEqual([['/spec/callOff/approaches/0/tierRank', expect.stringContaining('allows no urgent exception')]]);
  });

  it('does not apply tier order when the arrangement sends requests to all tiers at once', () => {
    const allAtOnce = structuredClone(CONSORTIUM) as { arrangements: Array<{ callOff?: unknown }> };
    allAtOnce.arrangements[0]!.callOff = { method: 'all-tiers-at-once' };
    expect(run({ approaches: [approach('brookside', 2, '09:30'), approach('oak', 1, '09:30')] }, allAtOnce)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, PROVIDER, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './provider-not-suspended.js';

// The fixture agreement starts on 2015-06-03 under arrangement ifa-framework of consortium dales.
const suspension = (from: string, to?: string, more: Record<string, string> = {}) => ({
  consortium: 'dales',
  from,
  ...(to ? { to } : {}),
  grounds: 'safeguarding-concern',
  reason: 'Concern about carer supervision.',
  ...more,
});
const runIn =
  (apiVersion: Version) =>
  (...suspensions: unknown[]) =>
    runRule(rule, placementFiles(AGREEMENT, {}, withSpec(PROVIDER, { suspensions }), apiVersion)).map((d) => [
      d.path,
      d.message,
      d.related?.[0]?.uri,
    ]);

describe.each(VERSIONS)('agreement/provider-not-suspended (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports a placement starting during a suspension by the same consortium', () => {
    expect(run(suspension('2015-05-01'))).toEqual([
      [
        '/spec/provider',
        'Provider "brookside" was suspended from all of Consortium "dales"\'s arrangements on the start date 2015-06-03 (suspended from 2015-05-01, not lifted).',
        'provider.yaml',
      ],
    ]);
    expect(run(suspension('2015-05-01', '2015-06-04', { arrangement: 'ifa-framework' })).map((d) => d[1])).toEqual([
      expect.stringContaining('from arrangement "ifa-framework" of Consortium "dales"'),
    ]);
  });

  it('passes suspensions lifted by the start, starting later, by another consortium or for another arrangement', () => {
    expect(
      run(
        suspension('2015-05-01', '2015-06-03'),
        suspension('2015-06-04'),
        suspension('2015-05-01', undefined, { consortium: 'elsewhere' }),
        suspension('2015-05-01', undefined, { arrangement: 'homes-framework' }),
      ),
    ).toEqual([]);
  });
});

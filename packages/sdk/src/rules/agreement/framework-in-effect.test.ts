import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './framework-in-effect.js';

// The fixture framework is effective from 2014-04-01.
const runIn = (apiVersion: Version) => (startDate: string) =>
  runRule(rule, placementFiles(withSpec(AGREEMENT, { startDate }), {}, undefined, apiVersion)).map((d) => [
    d.path,
    d.message,
    d.related?.[0]?.uri,
  ]);

describe.each(VERSIONS)('agreement/framework-in-effect (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports a placement that started before its framework took effect', () => {
    expect(run('2014-03-31')).toEqual([
      [
        '/spec/framework',
        'Framework "core" (version 1.0) is effective only from 2014-04-01, after the placement started on 2014-03-31.',
        'framework.yaml',
      ],
    ]);
  });

  it('passes a placement starting on or after the effective date', () => {
    expect(run('2014-04-01')).toEqual([]);
  });
});

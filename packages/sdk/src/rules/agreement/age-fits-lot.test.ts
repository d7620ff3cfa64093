import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './age-fits-lot.js';

const runIn = (apiVersion: Version) => (child: Record<string, unknown>) =>
  runRule(rule, placementFiles(withSpec(AGREEMENT, { child: { localReference: 'DAL-0042', ...child } }), {}, undefined, apiVersion));

describe.each(VERSIONS)('agreement/age-fits-lot (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it('reports an age outside every band of the lot, with the age and the bands', () => {
    const found = run({ ageAtStart: 19 });
    expect(found.map((d) => [d.path, d.message, d.related?.[0]?.uri])).toEqual([
      [
        '/spec/child/ageAtStart',
        'The child\'s age at the start, 19, is in none of the age bands of lot "standard" of arrangement "ifa-framework" of Consortium "dales" (0-4, 5-10 and 11-18).',
        'consortium.yaml',
      ],
    ]);
  });

  it('passes an age within a band, at its edges, and an agreement that gives no age', () => {
    expect(run({ ageAtStart: 11 })).toEqual([]);
    expect(run({ ageAtStart: 18 })).toEqual([]);
    expect(run({})).toEqual([]);
  });
});

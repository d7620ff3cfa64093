import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, placementFiles, VERSIONS, withSpec, type Version } from './_fixtures.js';
import rule from './placement-type-fits-service.js';

const runIn =
  (apiVersion: Version) =>
  (placementType: string, route = AGREEMENT.route) =>
    runRule(rule, placementFiles(withSpec(AGREEMENT, { placementType, route }), {}, undefined, apiVersion));

describe.each(VERSIONS)('agreement/placement-type-fits-service (%s)', (apiVersion) => {
  const run = runIn(apiVersion);

  it("reports a children's home placement called off a fostering lot, naming the fitting codes", () => {
    const found = run('K2');
    expect(found.map((d) => d.path)).toEqual(['/spec/placementType']);
    expect(found[0]!.message).toBe(
      'Placement type K2 (Children\'s home subject to the Children\'s Homes Regulations) does not fit lot "standard" of arrangement "ifa-framework" of Consortium "dales", which buys fostering: its placement types are U1, U2, U3, U4, U5 or U6.',
    );
  });

  it('passes a foster placement on a fostering lot and a children’s home on a residential lot', () => {
    expect(run('U4')).toEqual([]);
    expect(run('K2', { type: 'framework-call-off', consortium: 'dales', arrangement: 'homes-framework', lot: 'homes' })).toEqual([]);
  });

  it("uses the arrangement's services when the route names no lot", () => {
    expect(run('K2', { type: 'block', consortium: 'dales', arrangement: 'block-2016' }).map((d) => d.path)).toEqual([
      '/spec/placementType',
    ]);
  });
});

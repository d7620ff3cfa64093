import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, agreementYaml, REQUEST, VERSIONS, withSpec, yamlDocument } from './_fixtures.js';
import rule from './outcome-ids-unique.js';

const outcome = (id: string) => ({ id, domain: 'be-healthy', indicator: 'sdq-total', description: 'Feels calmer.' });

describe.each(VERSIONS)('agreement/outcome-ids-unique (%s)', (apiVersion) => {
  it('reports a repeated outcome id in an agreement, linked to the first', () => {
    const found = runRule(
      rule,
      agreementYaml(withSpec(AGREEMENT, { outcomes: [outcome('calmer'), outcome('school'), outcome('calmer')] }), apiVersion),
    );
    expect(found.map((d) => [d.path, d.message])).toEqual([
      ['/spec/outcomes/2/id', 'Another outcome already has the id "calmer": trackers could not tell the two apart.'],
    ]);
    expect(found[0]!.related).toHaveLength(1);
  });

  it("checks a request's outcomes sought too", () => {
    const found = runRule(
      rule,
      yamlDocument('PlacementRequest', 'req-0042', withSpec(REQUEST, { outcomesSought: [outcome('calmer'), outcome('calmer')] })),
    );
    expect(found.map((d) => d.path)).toEqual(['/spec/outcomesSought/1/id']);
  });

  it('passes distinct ids', () => {
    expect(runRule(rule, agreementYaml(withSpec(AGREEMENT, { outcomes: [outcome('calmer'), outcome('school')] }), apiVersion))).toEqual([]);
  });
});

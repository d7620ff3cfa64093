import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.js';
import { AGREEMENT, REQUEST, withSpec, yamlDocument } from './_fixtures.js';
import rule from './outcome-ids-unique.js';

const outcome = (id: string) => ({ id, domain: 'be-healthy', indicator: 'sdq-total', description: 'Feels calmer.' });

describe('agreement/outcome-ids-unique', () => {
  it('reports a repeated outcome id in an agreement, linked to the first', () => {
    const found = runRule(
      rule,
      yamlDocument(
        'PlacementAgreement',
        'ipa-0042',
        withSpec(AGREEMENT, { outcomes: [outcome('calmer'), outcome('school'), outcome('calmer')] }),
      ),
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
    expect(
      runRule(
        rule,
        yamlDocument('PlacementAgreement', 'ipa-0042', withSpec(AGREEMENT, { outcomes: [outcome('calmer'), outcome('school')] })),
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './duplicate-id.js';

const SPECS: Record<string, string> = {
  Consortium: 'type: regional\nmembers: [{ authority: E08000035 }]\narrangements: [{ id: ifa, type: framework-agreement }]',
  ProviderProfile: 'organisation: { legalName: Fictional Fostering Ltd, type: independent-fostering-agency }\nsettings: []',
};
const doc = (kind: string, id: string) => documentYaml(kind, id, SPECS[kind]!);

describe('workspace/duplicate-id', () => {
  it('reports both documents of one kind sharing an id, each pointing at the other', () => {
    const found = runRule(rule, {
      files: {
        'a.yaml': doc('Consortium', 'white-rose'),
        'b.yaml': `${doc('ProviderProfile', 'x')}---\n${doc('Consortium', 'white-rose')}`,
      },
    });
    expect(found.map((d) => [d.uri, d.range.start.line, d.related?.[0]?.uri, d.related?.[0]?.range.start.line])).toEqual([
      ['a.yaml', 3, 'b.yaml', 12],
      ['b.yaml', 12, 'a.yaml', 3],
    ]);
  });

  it('reports the same id across apiVersions of a kind', () => {
    const tracker = (apiVersion: string) =>
      documentYaml(
        'OutcomeTracker',
        'tracker-0042',
        'agreement: ipa-0042\nreviews: [{ date: 2015-12-01, reviewerRole: Social worker, ratings: [{ outcome: calmer, value: 16 }] }]',
        '',
        apiVersion,
      );
    const found = runRule(rule, { files: { 'v1.yaml': tracker('nof/v1'), 'v2.yaml': tracker('nof/v2') } });
    expect(found.map((d) => d.uri)).toEqual(['v1.yaml', 'v2.yaml']);
  });

  it('allows the same id on documents of different kinds', () => {
    expect(runRule(rule, `${doc('Consortium', 'white-rose')}---\n${doc('ProviderProfile', 'white-rose')}`)).toEqual([]);
  });
});

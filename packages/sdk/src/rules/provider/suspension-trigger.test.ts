import { describe, expect, it } from 'vitest';
import { CONSORTIUM, PROVIDER, withSpec, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './suspension-trigger.js';

// The fixture provider is on arrangement ifa-framework of consortium dales, whose protocol is triggered by ofsted-inadequate.
const settings = [
  {
    id: 'office',
    name: 'Brookside Fostering',
    ofstedUrn: 'SC123456',
    type: 'independent-fostering-agency',
    latestGrade: 'inadequate',
    inspectionDate: '2015-09-01',
  },
];
const run = (suspensions: unknown[], arrangements = PROVIDER.arrangements) =>
  runRule(
    rule,
    {
      files: {
        'consortium.yaml': yamlDocument('Consortium', 'dales', CONSORTIUM),
        'provider.yaml': yamlDocument('ProviderProfile', 'brookside', withSpec(PROVIDER, { settings, suspensions, arrangements })),
      },
    },
    { asOf: '2015-10-01' },
  ).map((d) => [d.path, d.message, d.related?.[0]?.uri]);

describe('provider/suspension-trigger', () => {
  it('reports an Inadequate setting with no current suspension by a consortium whose protocol it triggers', () => {
    expect(run([{ consortium: 'dales', from: '2014-01-10', to: '2014-03-01', reason: 'Earlier concern, resolved.' }])).toEqual([
      [
        '/spec/settings/0/latestGrade',
        'Setting "Brookside Fostering" (SC123456) is graded Inadequate, which triggers the suspension protocol of arrangement "ifa-framework" of Consortium "dales", but no suspension by "dales" is recorded as of 2015-10-01.',
        'consortium.yaml',
      ],
    ]);
  });

  it('passes when a current suspension is recorded, or the provider is on no triggered arrangement', () => {
    expect(
      run([{ consortium: 'dales', from: '2015-09-02', grounds: 'inadequate-ofsted-grade', reason: 'Inadequate inspection.' }]),
    ).toEqual([]);
    expect(run([], [{ consortium: 'dales', arrangement: 'homes-framework' }])).toEqual([]);
  });
});

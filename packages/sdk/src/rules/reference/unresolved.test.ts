import { describe, expect, it } from 'vitest';
import { AGREEMENT, placementFiles, withSpec } from '../agreement/_fixtures.js';
import { documentYaml, runRule } from '../testing.js';
import rule from './unresolved.js';

const consortium = documentYaml(
  'Consortium',
  'white-rose',
  `type: regional
members: [{ authority: E08000035 }]
arrangements:
  - id: ifa-2015
    type: framework-agreement
    lots: [{ id: lot-1-standard, name: Standard }, { id: lot-2-enhanced, name: Enhanced }]
  - id: residential-2016
    type: framework-agreement
    lots: [{ id: lot-9-residential, name: Residential }]`,
);

const provider = (qualification: string) =>
  documentYaml(
    'ProviderProfile',
    'fictional-fostering',
    `organisation: { legalName: Fictional Fostering Ltd, type: independent-fostering-agency }\nsettings: []\narrangements:\n  - ${qualification}`,
  );

const run = (qualification: string) =>
  runRule(rule, { files: { 'consortium.yaml': consortium, 'provider.yaml': provider(qualification) } });

describe('reference/unresolved', () => {
  it('passes references to an existing document, arrangement and lots of that arrangement', () => {
    expect(run('{ consortium: white-rose, arrangement: ifa-2015, lots: [lot-1-standard, lot-2-enhanced] }')).toEqual([]);
  });

  it('reports a missing document with the closest id as a fix', () => {
    const [d] = run('{ consortium: white-rse, arrangement: ifa-2015 }');
    expect(d).toMatchObject({ uri: 'provider.yaml', path: '/spec/arrangements/0/consortium', severity: 'error' });
    expect(d!.message).toBe('No Consortium "white-rse" in the workspace. Did you mean "white-rose"?');
    expect(d!.fixes).toEqual([{ title: 'Change to white-rose', edits: [{ range: d!.range, newText: 'white-rose' }], preferred: true }]);
    // The arrangement is not looked for in a consortium that is missing.
    expect(run('{ consortium: white-rse, arrangement: nowhere }')).toHaveLength(1);
  });

  it('looks for a lot only in the arrangement named beside it', () => {
    const found = run('{ consortium: white-rose, arrangement: ifa-2015, lots: [lot-1-standard, lot-9-residential] }');
    expect(found.map((d) => [d.path, d.message])).toEqual([
      ['/spec/arrangements/0/lots/1', 'No lot "lot-9-residential" in arrangement "ifa-2015" of Consortium "white-rose".'],
    ]);
  });

  it('reports a missing arrangement once, not its lots as well', () => {
    const found = run('{ consortium: white-rose, arrangement: ifa-2051, lots: [lot-1-standard] }');
    expect(found.map((d) => [d.path, d.message])).toEqual([
      ['/spec/arrangements/0/arrangement', 'No arrangement "ifa-2051" in Consortium "white-rose". Did you mean "ifa-2015"?'],
    ]);
  });
});

describe('reference/unresolved on documents with schema errors', () => {
  const broken = (qualification: string) =>
    runRule(
      rule,
      {
        files: {
          'consortium.yaml': consortium,
          'provider.yaml': provider(qualification).replace('independent-fostering-agency', 'agency'),
        },
      },
      { allowSchemaErrors: true },
    );

  it('still reports a dangling reference while another part of the document has errors', () => {
    expect(broken('{ consortium: white-rose, arrangement: ifa-2015, lots: [lot-9] }').map((d) => d.path)).toEqual([
      '/spec/arrangements/0/lots/0',
    ]);
  });

  it('leaves alone a reference the schema rejects', () => {
    expect(broken('{ consortium: White Rose, arrangement: ifa-2015 }')).toEqual([]);
  });

  it('does not look into a document with errors of its own', () => {
    const files = {
      'consortium.yaml': consortium.replace('members: [{ authority: E08000035 }]', 'members: 3'),
      'provider.yaml': provider('{ consortium: white-rose, arrangement: ifa-2051 }'),
    };
    expect(runRule(rule, { files }, { allowSchemaErrors: true })).toEqual([]);
  });
});

describe('reference/unresolved on nof/v2', () => {
  it("reports a v2 agreement's route to a lot the arrangement does not have", () => {
    const route = { type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework', lot: 'lot-9' };
    const found = runRule(rule, placementFiles(withSpec(AGREEMENT, { route }), {}, undefined, 'nof/v2'));
    expect(found.map((d) => [d.uri, d.path])).toEqual([['agreement.yaml', '/spec/route/lot']]);
  });
});

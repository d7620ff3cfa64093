import { shippedCodelists, shippedSchemaFiles } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { Codelists } from '../../codelists/codelists.js';
import { SchemaRegistry } from '../../schema/registry.js';
import { Workspace } from '../../workspace/workspace.js';
import { documentYaml, runRule } from '../testing.js';
import notValidOnDate from './not-valid-on-date.js';
import unknownCode from './unknown-code.js';

const consortium = (member: string, arrangement = '') =>
  documentYaml(
    'Consortium',
    'east-midlands',
    `type: regional\nmembers:\n  - ${member}\narrangements:\n  - { id: ifa, type: framework-agreement${arrangement} }`,
  );

describe('codelist/not-valid-on-date', () => {
  it('reports an abolished authority in a current membership, offering each successor', () => {
    const [d] = runRule(notValidOnDate, consortium('{ authority: E10000021, joined: 2010-04-01 }'), { asOf: '2023-01-01' });
    expect(d!.message).toBe(
      'Northamptonshire (E10000021) was abolished on 2021-04-01; use North Northamptonshire (E06000061) or West Northamptonshire (E06000062). It is judged on 2023-01-01 (the membership).',
    );
    expect(d!.path).toBe('/spec/members/0/authority');
    expect(d!.fixes!.map((f) => f.edits[0]!.newText)).toEqual(['E06000061', 'E06000062']);
  });

  it('judges a code on the date of the period around it, else asOf', () => {
    expect(
      runRule(notValidOnDate, consortium('{ authority: E10000021, joined: 2010-04-01, left: 2019-03-31 }'), { asOf: '2023-01-01' }),
    ).toEqual([]);
    expect(runRule(notValidOnDate, consortium('{ authority: E10000021 }'), { asOf: '2020-01-01' })).toEqual([]);
    expect(runRule(notValidOnDate, consortium('{ authority: E10000021 }'), { asOf: '2021-04-01' })).toHaveLength(1);
  });

  it('reports a code used before it existed, on the start of a future term', () => {
    const found = runRule(
      notValidOnDate,
      consortium('{ authority: E08000035 }', ', leadAuthority: E06000061, term: { startDate: 2020-04-01 }'),
      { asOf: '2019-01-01' },
    );
    expect(found.map((d) => d.message)).toEqual([
      "North Northamptonshire (E06000061) is valid only from 2021-04-01, not on 2020-04-01 (the arrangement's term).",
    ]);
  });
});

describe('codelist/unknown-code', () => {
  it('reports a code that is in no version of a closed list as an error', () => {
    const [d] = runRule(unknownCode, consortium('{ authority: E08000999 }'));
    expect(d).toMatchObject({ severity: 'error', path: '/spec/members/0/authority' });
    expect(d!.message).toMatch(/^"E08000999" is not a code in the .* codelist \(local-authorities [0-9.]+\)\./);
  });

  it('reports an unknown code in an open list as a warning', () => {
    const lists = [...shippedCodelists()].map((l) => (l.id === 'local-authorities' ? { ...l, closed: false } : l));
    expect(
      runRule(unknownCode, consortium('{ authority: E08000999 }'), { codelists: new Codelists(lists) }).map((d) => d.severity),
    ).toEqual(['warning']);
  });

  it('passes known codes, retired ones included (their dates are the other rule’s business)', () => {
    expect(runRule(unknownCode, consortium('{ authority: E10000021 }'))).toEqual([]);
  });
});

describe('codelist rules on personal data', () => {
  it('never quote a code held in a field marked as personal data', () => {
    // A schema in which a member's authority is (hypothetically) personal data.
    const files = shippedSchemaFiles().map((f) => structuredClone(f));
    const consortiumFile = files.find((f) => f.kind === 'Consortium')!;
    const member = (consortiumFile.schema.$defs as Record<string, { properties: Record<string, Record<string, unknown>> }>).member!;
    member.properties.authority!['x-personal-data'] = true;
    const workspace = new Workspace({ rules: [unknownCode, notValidOnDate], registry: new SchemaRegistry(files), asOf: '2023-01-01' });
    workspace.set(
      'c.yaml',
      `${consortium('{ authority: E10000021 }')}---\n${consortium('{ authority: E08000999 }').replace('id: east-midlands', 'id: other')}`,
    );
    const messages = workspace.diagnostics('c.yaml').diagnostics.map((d) => d.message);
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).not.toMatch(/E10000021|E08000999|Northamptonshire|Did you mean/);
  });
});

import { shippedCodelists, shippedSchemaFiles } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { Codelists } from '../../codelists/codelists.js';
import { AGREEMENT, agreementYaml, withSpec } from '../agreement/_fixtures.js';
import { SchemaRegistry } from '../../schema/registry.js';
import { Workspace } from '../../workspace/workspace.js';
import { documentYaml, runRule } from '../testing.js';
import notValidOnDate from './not-valid-on-date.js';
import unknownCode from './unknown-code.js';

const consortium = (member: string) =>
  documentYaml(
    'Consortium',
    'east-midlands',
    `type: regional\nmembers:\n  - ${member}\narrangements:\n  - { id: ifa, type: framework-agreement }`,
  );

/** A nof/v2 agreement placed by `authority`. */
const v2Agreement = (authority: string) => agreementYaml(withSpec(AGREEMENT, { placingAuthority: authority }), 'nof/v2');

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

  it('checks the codes of a nof/v2 agreement', () => {
    expect(runRule(unknownCode, v2Agreement('E08000999')).map((d) => d.path)).toEqual(['/spec/placingAuthority']);
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

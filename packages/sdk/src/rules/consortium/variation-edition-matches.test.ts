import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../parse/apply-edits.js';
import { runRule } from '../testing.js';
import { nationalContract, varyingConsortium } from './_fixtures.js';
import rule from './variation-edition-matches.js';

const basis = (edition: string) => `{ basis: national-contract, nationalContract: national-fostering-contract-2011${edition} }`;
const run = (consortium: string) => runRule(rule, { files: { 'contract.yaml': nationalContract, 'consortium.yaml': consortium } });

describe('consortium/variation-edition-matches', () => {
  it("passes the contract's own edition, or none", () => {
    expect(run(varyingConsortium(basis(', edition: 2011 v1.2'), '[]'))).toEqual([]);
    expect(run(varyingConsortium(basis(''), '[]'))).toEqual([]);
  });

  it('reports another edition, linked to the contract, with a fix to its edition', () => {
    const text = varyingConsortium(basis(', edition: 2011 v1.1'), '[]');
    const [d, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      uri: 'consortium.yaml',
      path: '/spec/arrangements/0/contractBasis/edition',
      related: [expect.objectContaining({ uri: 'contract.yaml' })],
    });
    expect(d!.message).toBe(
      'Arrangement "ifa" is based on edition "2011 v1.1", but the national contract it names (national-fostering-contract-2011) is edition "2011 v1.2".',
    );
    expect(applyEdits(text, d!.fixes![0]!.edits)).toContain('edition: "2011 v1.2" }');
  });

  it('says nothing when the named contract is missing (reference/unresolved reports that)', () => {
    expect(runRule(rule, varyingConsortium(basis(', edition: 2011 v1.1'), '[]'))).toEqual([]);
  });
});

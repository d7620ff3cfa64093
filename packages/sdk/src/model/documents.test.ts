import { describe, expect, it } from 'vitest';
import { AGREEMENT, agreementYaml, withSpec } from '../rules/agreement/_fixtures.js';
import { parseText } from '../parse/parse-text.js';
import { documentYaml } from '../rules/testing.js';
import { typed } from './documents.js';

const parsed = (text: string) => parseText(text, 'doc.yaml').documents[0]!;
const consortium = parsed(
  documentYaml('Consortium', 'white-rose', 'type: regional\nmembers: [{ authority: E08000035 }]\narrangements: []'),
);

describe('typed', () => {
  it('types a schema-valid document by its kind and apiVersion', () => {
    const document = typed(consortium);
    expect(document?.kind).toBe('Consortium');
    if (document?.kind !== 'Consortium') throw new Error('expected a consortium');
    expect(document.value.spec.members[0]!.authority).toBe('E08000035');
  });

  it('narrows to the kind and version asked for, and gives undefined for any other', () => {
    const v2 = parsed(agreementYaml(AGREEMENT, 'nof/v2'));
    expect(typed(v2, 'PlacementAgreement', 'nof/v2')?.value.spec.fees.coreWeeklyFee).toEqual({ amount: 850, per: 'week' });
    expect(typed(v2, 'PlacementAgreement', 'nof/v1')).toBeUndefined();
    expect(typed(v2, 'Consortium')).toBeUndefined();
    expect(typed(consortium, 'Consortium', 'nof/v1')).toBeDefined();
  });

  it('gives undefined for a document with schema errors, an unknown version or kind', () => {
    expect(typed(parsed(agreementYaml(withSpec(AGREEMENT, { fees: { weeklyFee: 850 } }))))).toBeUndefined();
    expect(typed(parsed(agreementYaml(AGREEMENT).replace('nof/v1', 'nof/v9')))).toBeUndefined();
    expect(typed(parsed(documentYaml('Consortia', 'x', 'type: regional')))).toBeUndefined();
  });
});

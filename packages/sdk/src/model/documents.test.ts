import { describe, expect, expectTypeOf, it } from 'vitest';
import { KINDS } from '@nof/schemas';
import { parseText } from '../parse/parse-text.js';
import { documentYaml } from '../rules/testing.js';
import { documentValuesCheck, typed, type SpecOf } from './documents.js';

describe('typed documents', () => {
  it('narrows the value by kind', () => {
    const [doc] = parseText(
      documentYaml('Consortium', 'white-rose', 'type: regional\nmembers: [{ authority: E08000035 }]\narrangements: []'),
      'c.yaml',
    ).documents;
    const document = typed(doc!);
    if (document.kind !== 'Consortium') throw new Error('expected a consortium');
    expectTypeOf(document.value.spec).toEqualTypeOf<SpecOf<'Consortium'>>();
    expectTypeOf(document.value.spec.members[0]!.authority).toEqualTypeOf<string>();
    expect(document.value.spec.members[0]!.authority).toBe('E08000035');
  });

  it('maps every kind', () => {
    expect(Object.keys(documentValuesCheck).sort()).toEqual([...KINDS].sort());
  });
});

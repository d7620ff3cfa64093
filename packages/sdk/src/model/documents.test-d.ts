/*
 * Compile-time tests (run by vitest's typecheck): the typed model is a union discriminated by
 * kind and apiVersion, so a field one version lacks is an error until the version is checked.
 */
import { expectTypeOf, test } from 'vitest';
import type { v1_placementAgreement, v2_placementAgreement } from '@nof/schemas';
import { typed, type SpecOf, type TypedDocument } from './documents.js';
import type { RuleDocument } from '../rules/rule.js';

declare const document: RuleDocument;

test('narrowing kind and apiVersion narrows the value', () => {
  const agreement = typed(document, 'PlacementAgreement');
  if (!agreement) return;
  // @ts-expect-error v2 renamed weeklyFee to coreWeeklyFee: not readable before the version is known
  agreement.value.spec.fees.weeklyFee;
  if (agreement.apiVersion === 'nof/v2') {
    expectTypeOf(agreement.value.spec.fees.coreWeeklyFee.amount).toEqualTypeOf<number>();
    // @ts-expect-error a v2 agreement has no weeklyFee
    agreement.value.spec.fees.weeklyFee;
  } else {
    expectTypeOf(agreement.value.spec.fees.weeklyFee.amount).toEqualTypeOf<number>();
  }
});

test('a kind and version pin the type', () => {
  expectTypeOf<
    TypedDocument<'PlacementAgreement', 'nof/v2'>['value']
  >().toEqualTypeOf<v2_placementAgreement.IndividualPlacementAgreement>();
  expectTypeOf<SpecOf<'PlacementAgreement', 'nof/v1'>>().toEqualTypeOf<v1_placementAgreement.PlacementAgreement>();
  // A version the kind does not have leaves nothing.
  expectTypeOf<TypedDocument<'Consortium', 'nof/v2'>>().toBeNever();
  expectTypeOf(typed(document, 'Consortium', 'nof/v1')).toEqualTypeOf<TypedDocument<'Consortium', 'nof/v1'> | undefined>();
});

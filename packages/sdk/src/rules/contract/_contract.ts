import type { v1_nationalContract } from '@nof/schemas';
import type { RuleDocument } from '../rule.js';

/** The spec of a NationalContract (rules see only schema-valid documents, so the shape holds). */
export function contractSpec(document: RuleDocument): v1_nationalContract.ContractDetails {
  return (document.value as v1_nationalContract.NationalContract).spec;
}

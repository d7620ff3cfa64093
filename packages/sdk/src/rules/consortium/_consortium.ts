/*
 * Walking a Consortium document for the consortium rules: its arrangements, lots and tiers,
 * each with the JSON pointer findings are reported at and the words messages name it by.
 */
import type { v1_common, v1_consortium, v1_nationalContract } from '@nof/schemas';
import type { Codelists } from '../../codelists/codelists.js';
import type { RuleDocument, WorkspaceLookup } from '../rule.js';

export type ConsortiumSpec = v1_consortium.ConsortiumDetails;
export type Arrangement = v1_consortium.ProcurementArrangement;
export type Lot = v1_consortium.Lot;
export type Tier = v1_consortium.Tier;
export type AgeBand = v1_common.AgeBand;

/** The spec of a Consortium (rules see only schema-valid documents, so the shape holds). */
export function consortiumSpec(document: RuleDocument): ConsortiumSpec {
  return (document.value as v1_consortium.Consortium).spec;
}

export interface Located<T> {
  item: T;
  pointer: string;
}

/** Every arrangement with its pointer, `/spec/arrangements/<i>`. */
export function arrangementsOf(document: RuleDocument): Array<Located<Arrangement>> {
  return consortiumSpec(document).arrangements.map((item, i) => ({ item, pointer: `/spec/arrangements/${i}` }));
}

/** Every lot of every arrangement, with its arrangement. */
export function lotsOf(document: RuleDocument): Array<Located<Lot> & { arrangement: Arrangement }> {
  return arrangementsOf(document).flatMap(({ item: arrangement, pointer }) =>
    (arrangement.lots ?? []).map((item, i) => ({ item, pointer: `${pointer}/lots/${i}`, arrangement })),
  );
}

/** `arrangement "ifa-2015"` or `lot "standard" of arrangement "ifa-2015"`, for messages. */
export function describeArrangement(arrangement: Arrangement, lot?: Lot): string {
  return lot ? `lot "${lot.id}" of arrangement "${arrangement.id}"` : `arrangement "${arrangement.id}"`;
}

/** One list of tiers ranked together: a lot's tiers or the arrangement's own. */
export interface TierList {
  arrangement: Arrangement;
  lot: Lot | undefined;
  /** Pointer of the `tiers` array. */
  pointer: string;
  tiers: Array<Located<Tier>>;
}

/** Every non-empty tier list: each arrangement's own tiers, then each of its lots' tiers. */
export function tierListsOf(document: RuleDocument): TierList[] {
  const lists: TierList[] = [];
  const add = (arrangement: Arrangement, lot: Lot | undefined, tiers: Tier[] | undefined, pointer: string) => {
    if (tiers?.length) lists.push({ arrangement, lot, pointer, tiers: tiers.map((item, i) => ({ item, pointer: `${pointer}/${i}` })) });
  };
  for (const { item: arrangement, pointer } of arrangementsOf(document)) {
    add(arrangement, undefined, arrangement.tiers, `${pointer}/tiers`);
    (arrangement.lots ?? []).forEach((lot, i) => add(arrangement, lot, lot.tiers, `${pointer}/lots/${i}/tiers`));
  }
  return lists;
}

/** `Leeds (E08000035)`, or the bare code when the codelist does not know it. */
export function authorityName(codelists: Codelists, code: string): string {
  const label = codelists.entry('local-authorities', code)?.label;
  return label ? `${label} (${code})` : code;
}

/** `0-4`, as the review writes age bands. */
export function ageBandText(band: AgeBand): string {
  return `${band.from}-${band.to}`;
}

/** The NationalContract an arrangement's contract basis names, when the workspace has it. */
export function basisContract(
  arrangement: Arrangement,
  workspace: WorkspaceLookup,
): { document: RuleDocument; spec: v1_nationalContract.ContractDetails } | undefined {
  const id = arrangement.contractBasis?.nationalContract;
  const document = id === undefined ? undefined : workspace.get('NationalContract', id);
  return document && { document, spec: (document.value as v1_nationalContract.NationalContract).spec };
}

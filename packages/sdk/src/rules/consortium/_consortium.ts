/*
 * Walking a Consortium document for the consortium rules: its arrangements, lots and tiers,
 * each with the JSON pointer findings are reported at and the words messages name it by. The
 * consortium a rule checks and the documents it looks up are schema-valid and typed (the engine
 * runs these rules only on valid consortia, and lookups hand out only valid documents).
 */
import type { v1_common, v1_consortium, v1_nationalContract } from '@nof/schemas';
import type { Codelists } from '../../codelists/codelists.js';
import type { TypedDocument } from '../../model/documents.js';
import type { WorkspaceLookup } from '../rule.js';

export type Arrangement = v1_consortium.ProcurementArrangement;
export type Lot = v1_consortium.Lot;
export type Tier = v1_consortium.Tier;
export type AgeBand = v1_common.AgeBand;

/** A consortium, valid and typed. */
export type Consortium = TypedDocument<'Consortium'>;

export interface Located<T> {
  item: T;
  pointer: string;
}

/** Every arrangement with its pointer, `/spec/arrangements/<i>`. */
export function arrangementsOf(document: Consortium): Array<Located<Arrangement>> {
  return document.value.spec.arrangements.map((item, i) => ({ item, pointer: `/spec/arrangements/${i}` }));
}

/** Every lot of every arrangement, with its arrangement. */
export function lotsOf(document: Consortium): Array<Located<Lot> & { arrangement: Arrangement }> {
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
export function tierListsOf(document: Consortium): TierList[] {
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
): { document: TypedDocument<'NationalContract'>; spec: v1_nationalContract.ContractDetails } | undefined {
  const id = arrangement.contractBasis?.nationalContract;
  const document = id === undefined ? undefined : workspace.get('NationalContract', id);
  return document && { document, spec: document.value.spec };
}

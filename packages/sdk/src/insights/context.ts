/*
 * What every question module gets: the documents, the placements worked out from them once,
 * the settings, and names for the codes and ids the tables show.
 */
import type { Codelists } from '../codelists/codelists.js';
import type { InsightsDocuments } from './documents.js';
import type { Basis, Cell } from './model.js';
import type { Placement } from './placements.js';

export interface InsightsContext {
  docs: InsightsDocuments;
  /** Every agreement whose placement started on or before `asOf`. */
  placements: Placement[];
  asOf: string;
  /** Counts of children below this are suppressed. */
  threshold: number;
  ipaLateAfterDays: number;
  emergencyKnownAfterDays: number;
  codelists: Codelists;
}

/** A table's basis: the as-of date, the documents read (kind → how many) and which of them. */
export function basis(context: InsightsContext, documents: Record<string, number>, selection: string): Basis {
  return { asOf: context.asOf, documents, selection };
}

/** `Leeds`, from the local-authorities codelist, or the code itself when the list does not know it. */
export function authorityName(context: InsightsContext, code: string): string {
  return context.codelists.entry('local-authorities', code)?.label ?? code;
}

/** A consortium's name, or its id when the workspace does not hold it. */
export function consortiumName(context: InsightsContext, id: string): string {
  return context.docs.get('Consortium', id)?.value.metadata.name ?? id;
}

/** An arrangement's name (its id when it has none), and a lot's. */
export function arrangementName(context: InsightsContext, consortium: string, arrangement: string, lot?: string): string {
  const found = context.docs.get('Consortium', consortium)?.value.spec.arrangements.find((a) => a.id === arrangement);
  if (lot === undefined) return found?.name ?? arrangement;
  return found?.lots?.find((l) => l.id === lot)?.name ?? lot;
}

/** A provider's name, or its id when the workspace does not hold its profile. */
export function providerName(context: InsightsContext, id: string): string {
  return context.docs.get('ProviderProfile', id)?.value.metadata.name ?? id;
}

/** The cells of the ARRANGEMENT_COLUMNS for an arrangement. */
export function arrangementCells(context: InsightsContext, consortium: string, arrangement: string): Record<string, Cell> {
  return {
    consortium,
    consortiumName: consortiumName(context, consortium),
    arrangement,
    arrangementName: arrangementName(context, consortium, arrangement),
  };
}

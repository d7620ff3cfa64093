/*
 * The figures the insights compute (medians, means, shares) and the tables built from them: a
 * table is made from its columns, rows and basis, then its figures about children are suppressed
 * (suppression.ts) before anyone sees it.
 */
import type { Basis, Cell, Column, ColumnType, Table } from './model.js';
import { suppress, suppressCounts, type Disclosure } from './suppression.js';

const round = (n: number, places: number): number => Math.round(n * 10 ** places) / 10 ** places;

/** The median, to the penny; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2, 2);
}

/** The mean, to the penny; null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 2);
}

/** `part` as a percentage of `whole`, to one decimal place; null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : round((100 * part) / whole, 1);
}

/** Items grouped by a key, groups in the order first met. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Counts of each value, in the order first met. */
export function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** A table's definition before its rows are known. */
export interface TableSpec {
  title: string;
  description: string;
  columns: Column[];
  /** How its figures about children depend on each other (leave out for a table with none). */
  disclosure?: Disclosure;
}

/** A table whose label columns come first, then the figures every group of rows has. */
export function groupedSpec(title: string, description: string, labels: Column[], figures: Column[], disclosure: Disclosure): TableSpec {
  return { title, description, columns: [...labels, ...figures], disclosure };
}

/** A table of `rows` with its basis, its figures about children suppressed below `threshold`. */
export function makeTable(spec: TableSpec, rows: Array<Record<string, Cell>>, basis: Basis, threshold: number): Table {
  const table: Table = {
    title: spec.title,
    description: spec.description,
    basis: { ...basis, documents: suppressCounts(basis.documents, threshold) },
    columns: spec.columns,
    rows,
    totalRow: spec.disclosure?.totalRow ?? false,
  };
  // Every row has every column, so the JSON shape never depends on the data.
  for (const row of rows) for (const c of spec.columns) row[c.key] ??= null;
  return spec.columns.some((c) => c.children) ? suppress(table, spec.disclosure ?? {}, threshold) : table;
}

/** `kebab-case` words as people read them, first letter capital: `Framework call off`. */
export function label(kebab: string): string {
  const text = kebab.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A column of `type`; `children` for figures about children, which are suppressed. */
export const column = (type: ColumnType, key: string, name: string, children = false): Column => ({
  key,
  label: name,
  type,
  ...(children ? { children } : {}),
});
export const textColumn = (key: string, name: string): Column => column('text', key, name);
/** A count of children (placements, requests, ratings). */
export const childCount = (key: string, name: string): Column => column('count', key, name, true);

/** The four columns naming an arrangement: its consortium's id and name, its own id and name. */
export const ARRANGEMENT_COLUMNS: Column[] = [
  textColumn('consortium', 'Consortium id'),
  textColumn('consortiumName', 'Consortium'),
  textColumn('arrangement', 'Arrangement id'),
  textColumn('arrangementName', 'Arrangement'),
];

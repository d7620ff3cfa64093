/*
 * Statistical disclosure control for the figures about children, as official statistics do it.
 *
 * - Primary: a count of children from 1 to `threshold - 1` is shown as `c`. So is a count whose
 *   complement within a shown whole is that small (40 placements of which 37 late tells that 3
 *   were on time), and zero stays 0.
 * - Secondary: where counts add up to a shown total (the rows of a column to a total row, the
 *   parts of a row to its total), a total with exactly one suppressed part would give it away
 *   by subtraction, so the next smallest part is suppressed too (or, when there is none, the total).
 * - Derived figures (a median fee, a percentage, a median length, the number of outcomes rated
 *   for a group of children) are `c` when any count of children they come from is, so no figure
 *   is ever worked out from fewer children than the threshold.
 */
import { CHILD_KINDS, SUPPRESSED, type Cell, type Table } from './model.js';

/** How the figures of a table depend on each other, for suppression. */
export interface Disclosure {
  /** A derived figure's column, with the count columns (in the same row) it is worked out from. */
  from?: Record<string, string[]>;
  /** A count column, with the count column (in the same row) it is a part of: its complement is checked too. */
  partOf?: Record<string, string>;
  /** Count columns that add up to another count column in the same row. */
  rowSums?: Array<{ total: string; parts: string[] }>;
  /** True when the last row is the total of the rows above, column by column. */
  totalRow?: boolean;
}

type Row = Record<string, Cell>;

const small = (value: Cell, threshold: number): boolean => typeof value === 'number' && value > 0 && value < threshold;

/** One group of count cells that add up to a shown cell. */
interface Group {
  parts: Array<{ row: Row; key: string }>;
  total: { row: Row; key: string };
}

/** Suppresses the table's figures about children (columns marked `children`) in place, and returns it. */
export function suppress(table: Table, disclosure: Disclosure, threshold: number): Table {
  const counts = table.columns.filter((c) => c.children && c.type === 'count').map((c) => c.key);
  // Primary: small counts, and parts whose complement in their whole is small.
  for (const row of table.rows) {
    const raw = { ...row };
    for (const key of counts) {
      const whole = disclosure.partOf?.[key];
      const value = raw[key] ?? null;
      const rest = whole !== undefined && typeof value === 'number' && typeof raw[whole] === 'number' ? (raw[whole] as number) - value : 0;
      if (small(value, threshold) || small(rest, threshold)) row[key] = SUPPRESSED;
    }
  }
  // Derived figures go with any count they come from, and no total may reveal a single suppressed
  // part; each can cause the other, so both are applied until nothing changes.
  const groups = groupsOf(table.rows, counts, disclosure);
  for (let changed = true; changed; ) {
    changed = false;
    for (const row of table.rows) {
      for (const [key, sources] of Object.entries(disclosure.from ?? {})) {
        if (row[key] !== SUPPRESSED && sources.some((s) => row[s] === SUPPRESSED)) {
          row[key] = SUPPRESSED;
          changed = true;
        }
      }
    }
    for (const { parts, total } of groups) {
      if (total.row[total.key] === SUPPRESSED) continue;
      if (parts.filter((p) => p.row[p.key] === SUPPRESSED).length !== 1) continue;
      const candidates = parts
        .filter((p) => typeof p.row[p.key] === 'number' && (p.row[p.key] as number) > 0)
        .sort((a, b) => (a.row[a.key] as number) - (b.row[b.key] as number));
      const next = candidates[0] ?? total;
      next.row[next.key] = SUPPRESSED;
      changed = true;
    }
  }
  return table;
}

function groupsOf(rows: Row[], counts: string[], disclosure: Disclosure): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    for (const { total, parts } of disclosure.rowSums ?? [])
      groups.push({ total: { row, key: total }, parts: parts.map((key) => ({ row, key })) });
  }
  const totalRow = disclosure.totalRow ? rows[rows.length - 1] : undefined;
  if (totalRow) {
    for (const key of counts) groups.push({ total: { row: totalRow, key }, parts: rows.slice(0, -1).map((row) => ({ row, key })) });
  }
  return groups;
}

/**
 * Document counts by kind (a table's basis, or everything read) with the counts of documents
 * about children suppressed like any count of children. A total suppressed by the secondary rule
 * is always itself below the threshold (it equals its single non-zero part), so this is enough to
 * keep a basis from giving a suppressed total away.
 */
export function suppressCounts(documents: Record<string, number | string>, threshold: number): Record<string, number | typeof SUPPRESSED> {
  return Object.fromEntries(
    Object.entries(documents).map(([key, n]) => [
      key,
      typeof n === 'number' && !(CHILD_KINDS.includes(key.split(' ')[0]!) && small(n, threshold)) ? n : SUPPRESSED,
    ]),
  );
}

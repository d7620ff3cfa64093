import { describe, expect, it } from 'vitest';
import type { Cell, Column, Table } from './model.js';
import { suppress, type Disclosure } from './suppression.js';

const columns: Column[] = [
  { key: 'route', label: 'Route', type: 'text' },
  { key: 'placements', label: 'Placements', type: 'count', children: true },
  { key: 'late', label: 'Late', type: 'count', children: true },
  { key: 'median', label: 'Median', type: 'money', children: true },
];

function table(rows: Array<Record<string, Cell>>): Table {
  return { title: 't', description: 'd', basis: { asOf: '2015-06-01', documents: {}, selection: 's' }, columns, rows };
}

const cells = (t: Table, key: string) => t.rows.map((r) => r[key]);

describe('suppress', () => {
  it('shows counts from 1 to threshold - 1 as c, keeps 0 and larger counts', () => {
    const t = suppress(
      table([
        { route: 'a', placements: 0 },
        { route: 'b', placements: 4 },
        { route: 'c', placements: 5 },
      ]),
      {},
      5,
    );
    expect(cells(t, 'placements')).toEqual([0, 'c', 5]);
  });

  it('suppresses a part whose complement in its whole is small', () => {
    const t = suppress(
      table([
        { route: 'a', placements: 40, late: 37 },
        { route: 'b', placements: 40, late: 20 },
      ]),
      { partOf: { late: 'placements' } },
      5,
    );
    expect(cells(t, 'late')).toEqual(['c', 20]);
  });

  it('suppresses a second cell where a total row would give a single suppressed cell away', () => {
    const rows = [
      { route: 'a', placements: 3 },
      { route: 'b', placements: 12 },
      { route: 'c', placements: 7 },
      { route: 'All', placements: 22 },
    ];
    const t = suppress(table(rows), { totalRow: true }, 5);
    // 3 is suppressed; 7 (the smallest other) goes too, so 22 - 12 says only that the two add up to 10.
    expect(cells(t, 'placements')).toEqual(['c', 12, 'c', 22]);
  });

  it('suppresses the total when no other part can hide the single suppressed one', () => {
    const t = suppress(
      table([
        { route: 'a', placements: 3 },
        { route: 'b', placements: 0 },
        { route: 'All', placements: 3 },
      ]),
      { totalRow: true },
      5,
    );
    expect(cells(t, 'placements')).toEqual(['c', 0, 'c']);
    const hidden = suppress(
      table([
        { route: 'a', placements: 4, late: 2 },
        { route: 'b', placements: 9, late: 0 },
      ]),
      { rowSums: [{ total: 'placements', parts: ['late'] }] },
      5,
    );
    expect(cells(hidden, 'placements')).toEqual(['c', 9]);
  });

  it('carries suppression across row and column totals until nothing can be worked out', () => {
    const disclosure: Disclosure = { rowSums: [{ total: 'placements', parts: ['late', 'median'] }], totalRow: true };
    const t = suppress(
      table([
        { route: 'a', placements: 10, late: 2, median: 8 },
        { route: 'b', placements: 20, late: 9, median: 11 },
        { route: 'All', placements: 30, late: 11, median: 19 },
      ]),
      disclosure,
      5,
    );
    expect(t.rows.map((r) => [r.late, r.median])).toEqual([
      ['c', 'c'],
      ['c', 'c'],
      [11, 19],
    ]);
  });

  it('suppresses derived figures with any count they come from', () => {
    const t = suppress(
      table([
        { route: 'a', placements: 4, median: 820 },
        { route: 'b', placements: 9, median: 905 },
      ]),
      { from: { median: ['placements'] } },
      5,
    );
    expect(cells(t, 'median')).toEqual(['c', 905]);
  });

  it('suppresses a count worked out for too few children, and what a total would then reveal', () => {
    // `late` counts IPAs (not children) for each group, so it goes with its group's placements.
    const t = suppress(
      table([
        { route: 'a', placements: 3, late: 9 },
        { route: 'b', placements: 12, late: 20 },
        { route: 'c', placements: 8, late: 11 },
        { route: 'All', placements: 23, late: 40 },
      ]),
      { from: { late: ['placements'] }, totalRow: true },
      5,
    );
    expect(t.rows.map((r) => [r.placements, r.late])).toEqual([
      ['c', 'c'],
      [12, 20],
      ['c', 'c'],
      [23, 40],
    ]);
  });
});

import { parsePartialDate } from '../dates/partial-date.js';
import { parsePointer } from '../parse/json-pointer.js';

/**
 * The periods documents state, as paths from the object that holds them: the first one found
 * on the way from a code out to the document root is the period the code is used in.
 */
const PERIODS: Array<{ start: string[]; ends: string[][]; what: string }> = [
  { start: ['term', 'startDate'], ends: [['term', 'endDate']], what: "the arrangement's term" },
  { start: ['term', 'startedIn'], ends: [['term', 'endsIn']], what: "the arrangement's term" },
  // A placement that has ended ran to the day it ended; one still running, to its planned end.
  { start: ['startDate'], ends: [['endDate'], ['plannedEndDate']], what: 'the placement' },
  { start: ['joined'], ends: [['left']], what: 'the membership' },
  { start: ['joinedIn'], ends: [['leftIn']], what: 'the membership' },
  { start: ['effectiveFrom'], ends: [['effectiveTo']], what: "the framework's effective date" },
  { start: ['requestDate'], ends: [['requestDate']], what: 'the request date' },
  { start: ['date'], ends: [['date']], what: 'the date given' },
];

/** The value along `path` inside a plain value (as valueAt reads a pointer). */
function along(node: unknown, path: readonly string[]): unknown {
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function date(value: unknown): string | undefined {
  return typeof value === 'string' && DATE.test(value) ? value : undefined;
}

/** A period's start or end given only to the month or year: its widest bound, so no day is invented. */
function bound(value: unknown, side: 'start' | 'end'): string | undefined {
  if (value === undefined || date(value) !== undefined) return date(value);
  const partial = parsePartialDate(value);
  return side === 'start' ? (partial?.earliest ?? partial?.first) : (partial?.latest ?? partial?.last);
}

/** The date a code is judged on, and why that date. */
export interface JudgingDate {
  date: string;
  /** e.g. "the arrangement's term", or "asOf" when the document states no period around the code. */
  basis: string;
}

/**
 * The date on which a code at `pointer` must be valid. A code is used during the period the
 * nearest enclosing object states (an arrangement's term, a membership from joining to leaving,
 * a placement from its start to the day it ended or, while it runs, its planned end, a request on its date); it is judged on the day
 * of that period closest to `asOf`: `asOf` itself while the period runs, its end once it is
 * over, its start while it is in the future. With no period around it, a code is judged on `asOf`.
 */
export function judgingDate(root: unknown, pointer: string, asOf: string): JudgingDate {
  const segments = parsePointer(pointer);
  // The value at each depth on the way from the root to the code, read once.
  const holders = [root];
  for (const segment of segments.slice(0, -1)) holders.push(along(holders.at(-1), [segment]));
  for (let depth = segments.length - 1; depth >= 0; depth--) {
    const holder = holders[depth];
    for (const period of PERIODS) {
      const start = bound(along(holder, period.start), 'start');
      const end = period.ends.map((path) => bound(along(holder, path), 'end')).find((d) => d !== undefined);
      if (start === undefined && end === undefined) continue;
      let on = asOf;
      if (end !== undefined && end < on) on = end;
      if (start !== undefined && start > on) on = start;
      return { date: on, basis: period.what };
    }
  }
  return { date: asOf, basis: 'asOf' };
}

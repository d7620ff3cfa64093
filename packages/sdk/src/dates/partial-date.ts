/*
 * Dates known only to the year or month ("from 2009", "November 2014", "due to expire by 2018"),
 * as the schemas' `partialDate` writes them: 2014, "2014-11", "2014-11-01" or
 * `{ date: 2018, qualifier: by }`. A partial date stands for every day it could be; nothing here
 * invents the missing day, so comparisons answer "cannot tell" where the spans overlap.
 */

export type Qualifier = 'about' | 'by' | 'from' | 'before' | 'after';
export type Precision = 'year' | 'month' | 'day';

/** A partial date as the schema allows it. */
export type PartialDateValue = number | string | { date: number | string; qualifier?: Qualifier };

export interface PartialDate {
  /** As written, without the qualifier: `2014`, `2014-11`, `2014-11-01`. */
  text: string;
  precision: Precision;
  qualifier?: Qualifier;
  /** The first and last day the written date stands for (its whole year or month). */
  first: string;
  last: string;
  /** The earliest and latest day it may be once the qualifier is applied; undefined is open-ended. */
  earliest?: string;
  latest?: string;
}

const SHAPE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first and last day of `text`'s year, month or day, or undefined when it is no real date. */
function span(text: string): { precision: Precision; first: string; last: string } | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { precision: 'year', first: iso(year, 1, 1), last: iso(year, 12, 31) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { precision: 'month', first: iso(year, month, 1), last: iso(year, month, daysIn(year, month)) };
  const day = Number(match[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { precision: 'day', first: text, last: text };
}

/** One unit of the date's precision before `first` and after `last`: what "about" allows. */
function widened(precision: Precision, first: string, last: string): { earliest: string; latest: string } {
  const [fy, fm] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  if (precision === 'year') return { earliest: iso(fy - 1, 1, 1), latest: iso(ly + 1, 12, 31) };
  if (precision === 'month') {
    const before = fm === 1 ? [fy - 1, 12] : [fy, fm - 1];
    const after = lm === 12 ? [ly + 1, 1] : [ly, lm + 1];
    return { earliest: iso(before[0]!, before[1]!, 1), latest: iso(after[0]!, after[1]!, daysIn(after[0]!, after[1]!)) };
  }
  return { earliest: shift(first, -1), latest: shift(last, 1) };
}

/** Reads a schema-shaped partial date; undefined for anything else (an impossible month or day, say). */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  let written: unknown = value;
  let qualifier: Qualifier | undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    written = (value as { date?: unknown }).date;
    qualifier = (value as { qualifier?: Qualifier }).qualifier;
  }
  const text = typeof written === 'number' && Number.isInteger(written) ? pad(written, 4) : written;
  if (typeof text !== 'string') return undefined;
  const s = span(text);
  if (!s) return undefined;
  const bounds = (() => {
    switch (qualifier) {
      case undefined:
        return { earliest: s.first, latest: s.last };
      case 'about':
        return widened(s.precision, s.first, s.last);
      case 'by':
        return { latest: s.last };
      case 'from':
        return { earliest: s.first };
      case 'before':
        return { latest: shift(s.first, -1) };
      case 'after':
        return { earliest: shift(s.last, 1) };
    }
  })();
  return { text, ...s, ...(qualifier ? { qualifier } : {}), ...bounds };
}

/** `2014`, `November 2014`, `1 April 2016`, with the qualifier in words: `by 2018`, `about 2009`. */
export function describePartialDate(date: PartialDate): string {
  const [y, m, d] = date.text.split('-');
  const plain =
    date.precision === 'year'
      ? y!
      : date.precision === 'month'
        ? `${MONTHS[Number(m) - 1]} ${y}`
        : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return date.qualifier ? `${date.qualifier} ${plain}` : plain;
}

/**
 * Where a partial date lies against a full date (YYYY-MM-DD): `before` when every day it may be
 * is earlier, `after` when every day is later, `on` when it is that very day, and `unknown` when
 * it may be either (November 2014 against 2014-11-13).
 */
export function comparePartialDate(date: PartialDate, day: string): 'before' | 'on' | 'after' | 'unknown' {
  if (date.latest !== undefined && date.latest < day) return 'before';
  if (date.earliest !== undefined && date.earliest > day) return 'after';
  if (date.earliest === day && date.latest === day) return 'on';
  return 'unknown';
}

/**
 * Whether `a` is certainly before `b` (`-1`), certainly after (`1`), certainly the same single
 * day (`0`), or cannot be told (`undefined`): 2014 against 2014-11 cannot be ordered.
 */
export function orderPartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 | undefined {
  if (a.latest !== undefined && b.earliest !== undefined && a.latest < b.earliest) return -1;
  if (a.earliest !== undefined && b.latest !== undefined && a.earliest > b.latest) return 1;
  if (a.earliest !== undefined && a.earliest === a.latest && a.earliest === b.earliest && b.earliest === b.latest) return 0;
  return undefined;
}

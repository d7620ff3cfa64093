/*
 * Periods as the schemas write them (`{ years: 2 }`, `{ months: 6 }`: common.schema.json#/$defs/period)
 * and the dates they lead to: review dates, the end of a contract term.
 */
import { addDays, addMonths } from './calendar.js';

/** A length of time in whole years and months. */
export interface Period {
  years?: number;
  months?: number;
}

/** The months in all of `periods` together. */
export function monthsIn(...periods: readonly Period[]): number {
  return periods.reduce((sum, p) => sum + (p.years ?? 0) * 12 + (p.months ?? 0), 0);
}

/** `date` moved on by every period in turn (month ends clamp: 31 January plus one month is 28 or 29 February). */
export function addPeriods(date: string, ...periods: readonly Period[]): string {
  return addMonths(date, monthsIn(...periods));
}

/**
 * Where a term of `periods` from `start` ends: its anniversary (a contract "until 1 April 2016")
 * and the day before, its last day (a contract "to 31 March 2016").
 */
export function termEnd(start: string, ...periods: readonly Period[]): { anniversary: string; lastDay: string } {
  const anniversary = addPeriods(start, ...periods);
  return { anniversary, lastDay: addDays(anniversary, -1) };
}

/** `6 months`, `2 years`, `1 year and 6 months` (for `{ months: 18 }` too), for messages. */
export function describePeriod(...periods: readonly Period[]): string {
  const months = monthsIn(...periods);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [];
  if (months >= 12) parts.push(plural(Math.floor(months / 12), 'year'));
  if (months % 12) parts.push(plural(months % 12, 'month'));
  return parts.join(' and ') || '0 months';
}

/*
 * Calendar arithmetic on the YYYY-MM-DD dates NOF documents hold, with date-fns: every date is
 * read and written as a local calendar day, so no time zone or daylight saving shift moves it.
 * Callers pass real dates (the schemas check the format, and `2015-02-30` is not one).
 */
// Each function from its own module: the package's index loads all of date-fns (about 300
// modules, a fifth of a second at start-up).
import { addDays as addDaysTo } from 'date-fns/addDays';
import { addMonths as addMonthsTo } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';

function iso(date: Date): string {
  return formatISO(date, { representation: 'date' });
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return iso(addDaysTo(parseISO(date), days));
}

/**
 * `date` plus whole months; a day the target month lacks becomes its last day (31 August plus 6
 * months is 28 or 29 February), as people count review dates and contract terms.
 */
export function addMonths(date: string, months: number): string {
  return iso(addMonthsTo(parseISO(date), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The earliest of YYYY-MM-DD dates (they order as text). */
export function earliest(first: string, ...rest: string[]): string {
  return [first, ...rest].sort()[0]!;
}

/** The latest of YYYY-MM-DD dates. */
export function latest(first: string, ...rest: string[]): string {
  return [first, ...rest].sort().at(-1)!;
}

/** Today's date in the local time zone, YYYY-MM-DD. */
export function today(): string {
  return iso(new Date());
}

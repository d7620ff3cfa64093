/*
 * Calendar arithmetic on YYYY-MM-DD dates, in UTC so that no time zone or daylight saving shift
 * moves a date. Callers pass schema-valid dates.
 */

function toDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = toDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDate(d);
}

/**
 * `date` plus whole years and months; a day the target month lacks becomes its last day
 * (31 August plus 6 months is 28 or 29 February), as people count review dates.
 */
export function addPeriod(date: string, period: { years?: number; months?: number }): string {
  const d = toDate(date);
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromDate(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** `6 months`, `1 year and 3 months`. */
export function describePeriod(period: { years?: number; months?: number }): string {
  const parts: string[] = [];
  if (period.years) parts.push(`${period.years} year${period.years === 1 ? '' : 's'}`);
  if (period.months) parts.push(`${period.months} month${period.months === 1 ? '' : 's'}`);
  return parts.join(' and ') || '0 months';
}

/** A NOF period (whole years and months). */
export interface YearsMonths {
  years?: number;
  months?: number;
}

/** `date` (YYYY-MM-DD) moved on by the sum of `periods`, as YYYY-MM-DD (month ends clamp: 31 Jan + 1 month = 28/29 Feb). */
export function addPeriods(date: string, periods: readonly YearsMonths[]): string {
  const months = periods.reduce((sum, p) => sum + (p.years ?? 0) * 12 + (p.months ?? 0), 0);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastOfMonth));
  return target.toISOString().slice(0, 10);
}

/** The day before `date` (YYYY-MM-DD): a term of 2 years from 1 April ends on 31 March. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Days from `start` to `end` inclusive. */
export function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** '2 years', '1 year 6 months'. */
export function describePeriod(period: YearsMonths): string {
  const parts = [
    ...(period.years ? [`${period.years} year${period.years === 1 ? '' : 's'}`] : []),
    ...(period.months ? [`${period.months} month${period.months === 1 ? '' : 's'}`] : []),
  ];
  return parts.join(' ') || '0 months';
}

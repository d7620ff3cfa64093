/*
 * Money as commissioners read it, and amounts brought to a weekly figure so that a fee and a
 * price ceiling stated per different periods can be compared.
 */

interface Money {
  amount: number;
  per: string;
}

/** `£1,250` or `£1,249.50`. */
export function pounds(amount: number): string {
  const whole = Number.isInteger(amount);
  return `£${amount.toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** How many of each period make a week; a placement or one-off amount has no weekly figure. */
const PER_WEEK: Record<string, number> = { week: 1, night: 7, month: 12 / 52, year: 1 / 52 };

/** The amount per week, or undefined for amounts per placement or one-off. */
export function weekly(money: Money): number | undefined {
  const factor = PER_WEEK[money.per];
  return factor === undefined ? undefined : money.amount * factor;
}

/** `£850 a week`, `£5,800 a year`, `£120 a night`, `£300 per placement`, `£300 one-off`. */
export function describeMoney(money: Money): string {
  if (money.per === 'placement') return `${pounds(money.amount)} per placement`;
  if (money.per === 'one-off') return `${pounds(money.amount)} one-off`;
  return `${pounds(money.amount)} a ${money.per}`;
}

/** Two amounts of money equal to the penny. */
export function samePence(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/*
 * Money as commissioners read it, and amounts brought to a weekly figure so that a fee and a
 * price ceiling stated per different periods can be compared.
 */
import type { v1_consortium } from '@nof/schemas';
import type { TypedDocument } from '../../model/documents.js';
import type { RouteTarget } from './_documents.js';

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

/** An additional service as v1 and v2 write it: v2 may split its cost between funders. */
interface Service {
  cost: Money;
  funder?: string;
  fundingSplit?: Array<{ funder: string; percentage: number }>;
}

/** The agreement's core fee, where it is written (`fees.weeklyFee` in v1, `fees.coreWeeklyFee` in v2) and its additional services. */
export function coreFee(agreement: TypedDocument<'PlacementAgreement'>): { money: Money; pointer: string; services: Service[] } {
  if (agreement.apiVersion === 'nof/v2') {
    const fees = agreement.value.spec.fees;
    return { money: fees.coreWeeklyFee, pointer: '/spec/fees/coreWeeklyFee', services: fees.additionalServices ?? [] };
  }
  const fees = agreement.value.spec.fees;
  return { money: fees.weeklyFee, pointer: '/spec/fees/weeklyFee', services: fees.additionalServices ?? [] };
}

/** The share of a service's cost that the placing side pays, i.e. all but the provider's own share. */
export function chargedShare(service: Service): number {
  if (service.fundingSplit)
    return service.fundingSplit.filter((s) => s.funder !== 'provider').reduce((sum, s) => sum + s.percentage, 0) / 100;
  return service.funder === 'provider' ? 0 : 1;
}

/**
 * The maximum price that applies to a placement on the route's target: the lot's (or, for an
 * arrangement without lots, the arrangement's) ceiling for the age band holding `age`, else the
 * one for all ages; the lowest when several apply. Ceilings for a level of need, and amounts per
 * placement or one-off, are not used.
 */
export function maximumPrice(target: RouteTarget, age: number | undefined): v1_consortium.MaximumPrice | undefined {
  const lotPrices = target.lot?.maximumPrices ?? [];
  const prices = (lotPrices.length ? lotPrices : (target.arrangement.pricing?.maximumPrices ?? [])).filter(
    (p) => p.needsLevel === undefined && weekly(p.price) !== undefined,
  );
  const banded = prices.filter((p) => p.ageBand && age !== undefined && p.ageBand.from <= age && age <= p.ageBand.to);
  const applicable = banded.length ? banded : prices.filter((p) => p.ageBand === undefined);
  return applicable.sort((a, b) => weekly(a.price)! - weekly(b.price)!)[0];
}

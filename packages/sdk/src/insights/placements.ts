/*
 * One placement as the insights count it: from its agreement (route, consortium, arrangement,
 * lot, highest level of need, weekly cost, start and end) and its outcome trackers (the latest
 * rating of each outcome on or before the as-of date, against the outcome's baseline and
 * target). Value for money, outcomes and compliance all read the same facts.
 */
import { daysBetween } from '../dates/calendar.js';
import type { TypedDocument } from '../model/documents.js';
import { indicatorOf } from '../rules/agreement/_documents.js';
import { chargedShare, coreFee, weekly } from '../rules/agreement/_money.js';
import type { InsightsDocuments } from './documents.js';
import { progress, type Progress } from './progress.js';

/** How a placement was bought: the route types, and `in-house` for the authority's own provision. */
export const ROUTES = ['framework-call-off', 'dps-call-off', 'approved-list', 'block', 'cost-and-volume', 'spot', 'in-house'] as const;
export type RouteCategory = (typeof ROUTES)[number];

/** One outcome's latest rating, with where it stands. */
export interface RatedOutcome extends Progress {
  outcome: string;
  date: string;
  trend?: 'improving' | 'stable' | 'declining';
}

export interface Placement {
  agreement: TypedDocument<'PlacementAgreement'>;
  authority: string;
  provider: string;
  route: RouteCategory;
  consortium?: string;
  arrangement?: string;
  lot?: string;
  /** The highest level among the assessed needs. */
  needLevel?: number;
  /** What the placing authority pays a week: the stated total, else the fee and its services as weekly amounts. */
  weeklyCost?: number;
  start: string;
  /** The day it ended, when on or before the as-of date. */
  end?: string;
  /** Days from start to end, for a placement that has ended. */
  days?: number;
  /** True when an outcome tracker follows the agreement. */
  tracked: boolean;
  /** The latest rating of each outcome rated on or before the as-of date. */
  rated: RatedOutcome[];
}

/** The weekly amount the placing authority pays; undefined when the fee is per placement or one-off. */
function weeklyCost(agreement: TypedDocument<'PlacementAgreement'>): number | undefined {
  const stated = agreement.value.spec.fees.totalWeeklyCost;
  if (stated !== undefined) return stated;
  const { money, services } = coreFee(agreement);
  const fee = weekly(money);
  if (fee === undefined) return undefined;
  // Services charged per placement or one-off have no weekly amount: they are left out.
  return services.reduce((sum, s) => sum + (weekly(s.cost) ?? 0) * chargedShare(s), fee);
}

function routeOf(agreement: TypedDocument<'PlacementAgreement'>, docs: InsightsDocuments): RouteCategory {
  const spec = agreement.value.spec;
  const organisation = docs.get('ProviderProfile', spec.provider)?.value.spec.organisation;
  const own = organisation?.type === 'local-authority' && (organisation.authority ?? spec.placingAuthority) === spec.placingAuthority;
  return own ? 'in-house' : spec.route.type;
}

/** The latest rating of each of the agreement's outcomes, in its trackers, on or before `asOf`. */
function latestRatings(
  agreement: TypedDocument<'PlacementAgreement'>,
  trackers: TypedDocument<'OutcomeTracker'>[],
  docs: InsightsDocuments,
  asOf: string,
): RatedOutcome[] {
  const latest = new Map<string, { date: string; value: number | string; trend?: RatedOutcome['trend'] }>();
  for (const tracker of trackers) {
    for (const review of tracker.value.spec.reviews) {
      if (review.date > asOf) continue;
      for (const rating of review.ratings) {
        if (rating.value === undefined) continue;
        const seen = latest.get(rating.outcome);
        if (!seen || seen.date <= review.date)
          latest.set(rating.outcome, { date: review.date, value: rating.value, ...(rating.trend ? { trend: rating.trend } : {}) });
      }
    }
  }
  const spec = agreement.value.spec;
  return (spec.outcomes ?? []).flatMap((outcome) => {
    const rating = latest.get(outcome.id);
    if (!rating) return [];
    const indicator = indicatorOf(docs, spec.framework, outcome.domain, outcome.indicator);
    const where = indicator ? progress(indicator.scale, rating.value, outcome.baseline, outcome.target) : {};
    return [{ outcome: outcome.id, date: rating.date, ...(rating.trend ? { trend: rating.trend } : {}), ...where }];
  });
}

/** Every agreement whose placement started on or before `asOf`, as the insights count it. */
export function placementsOf(docs: InsightsDocuments, asOf: string): Placement[] {
  const trackers = new Map<string, TypedDocument<'OutcomeTracker'>[]>();
  for (const tracker of docs.all('OutcomeTracker')) {
    const list = trackers.get(tracker.value.spec.agreement) ?? [];
    list.push(tracker);
    trackers.set(tracker.value.spec.agreement, list);
  }
  return docs
    .all('PlacementAgreement')
    .filter((a) => a.value.spec.startDate <= asOf)
    .map((agreement) => {
      const spec = agreement.value.spec;
      const route = spec.route;
      const levels = (spec.assessedNeeds ?? []).map((n) => n.level);
      const end = spec.endDate !== undefined && spec.endDate <= asOf ? spec.endDate : undefined;
      const own = trackers.get(agreement.id) ?? [];
      const cost = weeklyCost(agreement);
      return {
        agreement,
        authority: spec.placingAuthority,
        provider: spec.provider,
        route: routeOf(agreement, docs),
        ...(route.consortium ? { consortium: route.consortium } : {}),
        ...(route.arrangement ? { arrangement: route.arrangement } : {}),
        ...(route.lot ? { lot: route.lot } : {}),
        ...(levels.length ? { needLevel: Math.max(...levels) } : {}),
        ...(cost !== undefined ? { weeklyCost: cost } : {}),
        start: spec.startDate,
        ...(end ? { end, days: daysBetween(spec.startDate, end) } : {}),
        tracked: own.length > 0,
        rated: latestRatings(agreement, own, docs, asOf),
      };
    });
}

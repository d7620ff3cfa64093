/*
 * One authority's placements in a sample region: for each, the placement request it answered
 * (most have one), the Individual Placement Agreement and the outcome tracker, plus requests no
 * placement came of. The shares are set to look like the 2015 review's picture: most placements
 * called off the authority's arrangements tier by tier, a quarter bought spot, a few from the
 * council's own homes; emergencies where tiers were skipped (recorded, and now and then not);
 * IPAs issued days or weeks after the start; placements lasting months to years. Children are
 * fictional: a reference and, on some agreements, a name that says it is a sample.
 */
import type { v1_needsOutcomesFramework } from '@nof/schemas';
import { addDays, addMonths } from '../dates/calendar.js';
import { memberOn } from '../model/membership.js';
import type { Provider } from './providers.js';
import type { Random } from './random.js';
import type { Authority, LotPlan, Usable, World } from './world.js';

type Doc = Record<string, unknown>;
type Scale = v1_needsOutcomesFramework.OutcomeIndicator['scale'];

/** What one authority's placements make: agreements, trackers and requests, in that order within each. */
export interface AuthorityDocuments {
  agreements: Doc[];
  trackers: Doc[];
  requests: Doc[];
}

const SERVICES: Array<readonly [string, number]> = [
  ['fostering', 70],
  ['residential-child-care', 22],
  ['sixteen-plus', 5],
  ['residential-special-school', 3],
];

const PLACEMENT_TYPE: Record<string, string> = { 'residential-child-care': 'K2', 'sixteen-plus': 'H5', 'residential-special-school': 'S1' };
const CARE_SETTING: Record<string, string> = {
  fostering: 'foster-care',
  'residential-child-care': 'residential-care',
  'residential-special-school': 'residential-care',
  'sixteen-plus': 'supported-accommodation',
};
/** Median weekly fee at level 1 of need, and what each level above adds. */
const FEE: Record<string, [number, number]> = {
  fostering: [760, 160],
  'residential-child-care': [3000, 450],
  'sixteen-plus': [850, 150],
  'residential-special-school': [4200, 500],
};
/** Median days a placement lasts. */
const STAY: Record<string, number> = {
  fostering: 420,
  'residential-child-care': 240,
  'sixteen-plus': 300,
  'residential-special-school': 520,
};

const NOT_RATED = [
  'Questionnaire not returned this period',
  'School report not yet received',
  'Review brought forward; too early to judge',
  'Assessment postponed to the next review',
];
const EXCEPTIONS = [
  'Emergency: all tiers approached at once, same-day placement needed',
  'Urgent: tier 1 could not answer within the time the placement was needed',
];
const DECLINES = ['cannot-meet-needs', 'matching-risk', 'location', 'price', 'referral-incomplete'] as const;

/** The child's age in whole years: most children in care placed with independent providers are 10 or older. */
function age(service: string, random: Random): number {
  if (service === 'sixteen-plus') return random.int(16, 17);
  if (service === 'residential-child-care')
    return random.weighted([
      [random.int(8, 12), 2],
      [random.int(13, 15), 5],
      [random.int(16, 17), 3],
    ]);
  if (service === 'residential-special-school') return random.int(8, 17);
  return random.weighted([
    [random.int(0, 4), 20],
    [random.int(5, 10), 30],
    [random.int(11, 15), 38],
    [random.int(16, 17), 12],
  ]);
}

/** A value on the scale, `at` of the way from its worst to its best (0 to 1). */
function valueAt(scale: Scale, at: number): number | string {
  const t = Math.min(1, Math.max(0, at));
  switch (scale.type) {
    case 'numeric': {
      const best = scale.higherIsBetter ? scale.maximum : scale.minimum;
      const worst = scale.higherIsBetter ? scale.minimum : scale.maximum;
      // Most children start nearer the middle of a difficulties score than its worst end.
      return Math.round(worst + (best - worst) * (0.3 + 0.7 * t));
    }
    case 'percentage':
      return Math.round(55 + 45 * t);
    case 'ordinal':
      return scale.points[Math.min(scale.points.length - 1, Math.floor(t * scale.points.length))]!.value;
    case 'rag':
      return t < 0.34 ? 'red' : t < 0.67 ? 'amber' : 'green';
    case 'yes-no':
      return t >= 0.5 ? scale.desired : scale.desired === 'yes' ? 'no' : 'yes';
  }
}

interface OutcomePlan {
  id: string;
  domain: string;
  indicator: string;
  scale: Scale;
  start: number;
  goal: number;
  addresses: string;
}

/** A day-and-time on `date`, `minutes` after 9 in the morning. */
const at = (date: string, minutes: number): string => {
  const day = addDays(date, Math.floor((9 * 60 + minutes) / (24 * 60)));
  const m = (9 * 60 + minutes) % (24 * 60);
  return `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00Z`;
};

/** A day between `from` and `to` (both included). */
const dayBetween = (from: string, to: string, random: Random): string =>
  addDays(from, random.int(0, Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000))));

export class PlacementMaker {
  private readonly byArrangement = new Map<string, Provider[]>();
  private readonly byService = new Map<string, Provider[]>();
  private readonly councilHomes = new Map<string, Provider>();
  private readonly outcomes: Array<{ domain: string; indicator: string; scale: Scale }>;
  private readonly needDomains: string[];

  constructor(
    private readonly world: World,
    providers: readonly Provider[],
    private readonly random: Random,
  ) {
    for (const p of providers) {
      if (p.council) {
        this.councilHomes.set(p.council, p);
        continue;
      }
      if (p.settings.every((s) => s.grade === 'inadequate')) continue;
      this.byService.set(p.service, [...(this.byService.get(p.service) ?? []), p]);
      for (const q of p.qualifications) {
        const key = `${q.consortium}|${q.arrangement}`;
        this.byArrangement.set(key, [...(this.byArrangement.get(key) ?? []), p]);
      }
    }
    const spec = world.framework.value.spec;
    this.outcomes = spec.outcomeDomains.flatMap((d) => d.indicators.map((i) => ({ domain: d.id, indicator: i.id, scale: i.scale })));
    this.needDomains = spec.needDomains.map((d) => d.id);
  }

  /** The authority's placements and requests, `count` of them, numbered within each start year. */
  make(authority: Authority, count: number, ref: string): AuthorityDocuments {
    const out: AuthorityDocuments = { agreements: [], trackers: [], requests: [] };
    const starts = Array.from({ length: count }, () => dayBetween(authority.from, addDays(this.world.asOf, -1), this.random)).sort();
    const numbers = new Map<string, number>();
    const next = (date: string) => {
      const year = date.slice(0, 4);
      const n = (numbers.get(year) ?? 0) + 1;
      numbers.set(year, n);
      return `${ref}-${year}-${String(n).padStart(4, '0')}`;
    };
    for (const start of starts) this.placement(authority, start, next(start), out);
    // Requests that found no placement: about one for every eight placements.
    const extra = Math.round(count / 8 + this.random.next());
    for (let i = 0; i < extra; i++) {
      const date = dayBetween(authority.from, this.world.asOf, this.random);
      this.unplaced(authority, date, next(date), out);
    }
    return out;
  }

  /** The arrangements (and lots) the authority could call this service off on the day, each with the providers on it for the service. */
  private arrangementsFor(
    authority: string,
    service: string,
    date: string,
  ): Array<{ usable: Usable; lot: LotPlan; providers: Provider[] }> {
    return this.world.usable.flatMap((usable) => {
      if (date < usable.from || date > usable.to) return [];
      if (!usable.members.some((m) => m.authority === authority && memberOn(m, date) !== 'not-member')) return [];
      const on = this.byArrangement.get(`${usable.consortium.id}|${usable.arrangement.id}`) ?? [];
      return usable.lots.flatMap((lot) => {
        if (lot.service !== service) return [];
        const providers = on.filter((p) => {
          const q = this.qualification(p, usable)!;
          return p.service === service && (lot.lot === undefined || q.lots.length === 0 || q.lots.includes(lot.lot.id));
        });
        return providers.length ? [{ usable, lot, providers }] : [];
      });
    });
  }

  private qualification(provider: Provider, usable: Usable) {
    return provider.qualifications.find((x) => x.consortium === usable.consortium.id && x.arrangement === usable.arrangement.id);
  }

  private placement(authority: Authority, start: string, ref: string, out: AuthorityDocuments): void {
    const random = this.random;
    let service = random.weighted(SERVICES);
    const options = this.arrangementsFor(authority.code, service, start);
    const inHouse = service === 'residential-child-care' && random.chance(0.15) && this.councilHomes.has(authority.code);
    let route: Doc;
    let provider: Provider | undefined;
    let approaches: Doc[] = [];
    let tiered = false;
    let urgency = random.weighted<'emergency' | 'urgent' | 'planned'>([
      ['emergency', 15],
      ['urgent', 20],
      ['planned', 65],
    ]);
    let exception: string | undefined;
    let childAge = age(service, random);
    let lotId: string | undefined;
    let level = random.weighted([
      [1, 35],
      [2, 45],
      [3, 20],
    ]);
    const choice = !inHouse && options.length && random.chance(0.75) ? random.pick(options) : undefined;
    // The request is made that many days before the start, never before the authority's code is valid.
    const lead = Math.min(
      urgency === 'emergency' ? 0 : urgency === 'urgent' ? random.int(1, 4) : random.int(6, 45),
      Math.round((Date.parse(start) - Date.parse(authority.from)) / 86_400_000),
    );
    const requestDate = addDays(start, -lead);
    urgency = lead === 0 ? 'emergency' : lead < 5 ? 'urgent' : urgency;
    if (inHouse) {
      provider = this.councilHomes.get(authority.code)!;
      route = { type: 'spot' };
    } else if (choice) {
      const { usable, lot } = choice;
      lotId = lot.lot?.id;
      const bands = lot.lot?.ageBands ?? [];
      if (bands.length && !bands.some((b) => b.from <= childAge && childAge <= b.to)) {
        const band = random.pick(bands);
        childAge = random.int(band.from, band.to);
      }
      const onLot = choice.providers;
      const rank = (p: Provider) => this.qualification(p, usable)?.tierRank;
      // Tier 1 is approached first; the placement goes to the first tier with a provider that offers.
      const ranks = [...new Set(onLot.map(rank).filter((r): r is number => r !== undefined))].sort((a, b) => a - b);
      tiered = ranks.length > 0 && ranks[0] === 1;
      let accepted = random.pick(onLot);
      if (tiered) {
        const reach = ranks.filter((r, i) => r === i + 1);
        const tier = random.weighted(reach.map((r) => [r, r === 1 ? 55 : r === 2 ? 30 : 15] as const));
        accepted = random.pick(onLot.filter((p) => rank(p) === tier));
        const before = reach
          .filter((r) => r < tier)
          .flatMap((r) =>
            random.sample(
              onLot.filter((p) => rank(p) === r && p !== accepted),
              random.int(1, 2),
            ),
          );
        const allAtOnce = urgency === 'emergency' && random.chance(0.7);
        // Most record why every tier was approached at once; some do not, which the tier order check finds.
        if (allAtOnce && random.chance(0.85)) exception = random.pick(EXCEPTIONS);
        // Now and then a lower tier is approached before the higher one has answered, with nothing recorded.
        const skipped = !allAtOnce && before.length > 0 && random.chance(0.05);
        approaches = this.approaches(requestDate, start, [...before, accepted], rank, allAtOnce, skipped);
      } else {
        approaches = this.approaches(requestDate, start, this.othersThen(onLot, accepted), rank, false, false);
      }
      provider = accepted;
      route = {
        type: usable.route,
        consortium: usable.consortium.id,
        arrangement: usable.arrangement.id,
        ...(lotId ? { lot: lotId } : {}),
        ...(rank(accepted) !== undefined ? { tierRank: rank(accepted) } : {}),
      };
      if (lot.lot?.categories?.some((c) => c !== 'standard')) level = Math.max(level, 2);
    } else {
      const pool = this.byService.get(service) ?? [];
      if (pool.length === 0) {
        service = 'fostering';
        childAge = age(service, random);
      }
      const candidates = this.byService.get(service) ?? [];
      const near = candidates.filter((p) => p.region === authority.region);
      provider = random.pick(near.length && random.chance(0.6) ? near : candidates);
      approaches = this.approaches(requestDate, start, this.othersThen(candidates, provider), () => undefined, false, false);
      route = {
        type: 'spot',
        ...(options.length && random.chance(0.85)
          ? {
              offArrangementReason: random.weighted([
                ['needs-not-met', 35],
                ['no-vacancy', 30],
                ['urgency', 15],
                ['continuity', 10],
                ['not-on-arrangement', 7],
                ['other', 3],
              ]),
            }
          : {}),
      };
    }
    const setting = random.pick(provider.settings.filter((s) => s.grade !== 'inadequate'));
    const v2 = random.chance(start >= '2014-01-01' ? 0.85 : 0.5);
    const urgent = exception !== undefined || (urgency !== 'planned' && random.chance(0.3));
    const needs = random
      .sample(this.needDomains, random.int(2, 4))
      .map((domain) => ({ domain, level: Math.max(1, Math.min(3, level - random.int(0, 1))) }));
    needs[0]!.level = level;
    const plans = this.outcomePlans(
      needs.map((n) => n.domain),
      random,
    );
    const days = Math.max(1, Math.round(random.logNormal(STAY[service]!, 0.9)));
    const endsOn = addDays(start, days);
    const ended = endsOn < this.world.asOf;
    // A placement still going on is planned to end after the as-of date, if it has a planned end at all.
    const plannedEnd = random.chance(0.5) ? addMonths(start, random.pick([6, 12, 24])) : undefined;
    const planned = plannedEnd && (ended || plannedEnd > this.world.asOf) ? plannedEnd : undefined;
    const [base, perLevel] = FEE[service]!;
    const fee = Math.round(
      (base + perLevel * (level - 1)) * random.logNormal(1, 0.12) * (route.type === 'spot' && !inHouse ? 1.12 : inHouse ? 0.9 : 1),
    );
    const services = random.chance(0.2)
      ? [
          {
            description: 'Weekly therapeutic sessions',
            category: 'therapy',
            cost: { amount: random.int(5, 15) * 10, per: 'week' },
            funder: 'placing-authority',
          },
        ]
      : [];
    const reviews: string[] = [];
    const firstReview = addDays(start, random.int(20, 28));
    const lastDay = ended ? endsOn : this.world.asOf;
    for (let d = firstReview; d <= lastDay; d = addMonths(d, 6)) reviews.push(d);
    const judged = ended ? endsOn : this.world.asOf;
    const request = random.chance(0.9) ? `req-${ref.toLowerCase()}` : undefined;
    const personal = random.chance(0.3);
    const urgentCallOff = urgent
      ? { urgent: true, exceptionReason: exception ?? 'Placement needed within days: the usual procedure could not be followed in full' }
      : {};

    const agreement: Doc = {
      apiVersion: v2 ? 'nof/v2' : 'nof/v1',
      kind: 'PlacementAgreement',
      metadata: {
        id: `ipa-${ref.toLowerCase()}`,
        name: `Individual Placement Agreement ${ref}`,
        owner: authority.code,
        sharing: 'internal',
        labels: ['fictional', 'sample'],
      },
      spec: {
        child: {
          localReference: ref,
          ageAtStart: childAge,
          ...(personal
            ? {
                name: `Sample Child ${ref}`,
                dateOfBirth: addDays(start, -(childAge * 365 + random.int(30, 330))),
                gender: random.pick(['female', 'male']),
              }
            : {}),
        },
        placingAuthority: authority.code,
        provider: provider.id,
        setting: {
          ofstedUrn: setting.urn,
          careSetting: CARE_SETTING[service],
          localAuthority: setting.authority,
          inPreferredLocation: random.chance(0.7),
          educationContinuity: random.chance(0.6),
        },
        ...(request ? { request } : {}),
        route,
        placementType:
          service === 'fostering' ? (judged < '2014-04-01' ? 'Q2' : random.chance(0.7) ? 'U6' : 'U4') : PLACEMENT_TYPE[service],
        legalStatus: random.weighted([
          ['C2', 60],
          ['V2', 25],
          ['C1', 10],
          ['E1', 5],
        ]),
        startDate: start,
        ...(planned && planned > start ? { plannedEndDate: planned } : {}),
        ...(ended ? { endDate: endsOn } : {}),
        ...(v2
          ? {
              issuedOn: addDays(
                start,
                random.weighted([
                  [random.int(-3, 5), 55],
                  [random.int(6, 20), 30],
                  [random.int(21, 75), 15],
                ]),
              ),
            }
          : {}),
        ...(random.chance(0.94)
          ? { purpose: `A settled placement that meets the needs assessed for ${ref}, reviewed every six months.` }
          : {}),
        framework: this.world.framework.id,
        assessedNeeds: needs.map((n) => ({ ...n, ...(personal ? { description: `Sample note on ${n.domain} for ${ref}.` } : {}) })),
        ...(plans.length
          ? {
              outcomes: plans.map((p) => ({
                id: p.id,
                ...(v2 ? { addresses: [p.addresses] } : {}),
                domain: p.domain,
                indicator: p.indicator,
                ...(v2 || personal ? { description: `Sample outcome ${p.id} for ${ref}.` } : {}),
                baseline: valueAt(p.scale, p.start),
                target: valueAt(p.scale, p.goal),
                byWhen: addMonths(start, 12),
              })),
            }
          : {}),
        fees: v2
          ? {
              coreWeeklyFee: { amount: fee, per: 'week' },
              ...(services.length ? { additionalServices: services.map((s) => ({ id: 'therapy', ...s })) } : {}),
            }
          : { weeklyFee: { amount: fee, per: 'week' }, ...(services.length ? { additionalServices: services } : {}) },
        reviewSchedule: {
          firstReviewDate: firstReview,
          frequency: { months: 6 },
          ...(reviews.length ? { reviews: reviews.map((date) => ({ date })) } : {}),
        },
        inHouseConsidered: inHouse
          ? { considered: true }
          : {
              considered: true,
              outcome: random.weighted([
                ['no-vacancy', 60],
                ['needs-not-met', 35],
                ['not-applicable', 5],
              ]),
            },
        ...(approaches.length
          ? {
              callOff: {
                ...(v2
                  ? {
                      procedure:
                        exception !== undefined
                          ? 'all-tiers-at-once'
                          : tiered
                            ? 'sequential-by-tier'
                            : route.type === 'approved-list'
                              ? 'spot-from-list'
                              : 'direct-award',
                      ...(urgent
                        ? { needIdentifiedOn: addDays(requestDate, -(random.chance(0.35) ? random.int(10, 60) : random.int(0, 3))) }
                        : {}),
                    }
                  : {}),
                ...urgentCallOff,
                approaches,
              },
            }
          : {}),
      },
    };
    out.agreements.push(agreement);
    if (request)
      out.requests.push(
        this.request(
          authority,
          request,
          ref,
          requestDate,
          start,
          urgency,
          childAge,
          needs,
          route,
          { ...urgentCallOff, approaches },
          'placed',
        ),
      );
    if (plans.length && reviews.length && random.chance(0.92)) out.trackers.push(this.tracker(agreement, ref, plans, reviews, v2, random));
  }

  /** Up to two other providers of the pool, then the one that offers: the order they are approached in. */
  private othersThen(pool: readonly Provider[], chosen: Provider): Provider[] {
    return [
      ...this.random.sample(
        pool.filter((p) => p !== chosen),
        this.random.int(0, 2),
      ),
      chosen,
    ];
  }

  /** Approaches in order: each provider but the last declines or has no place; the last offers. */
  private approaches(
    requestDate: string,
    start: string,
    providers: Provider[],
    rank: (p: Provider) => number | undefined,
    allAtOnce: boolean,
    skipped: boolean,
  ): Doc[] {
    const random = this.random;
    const span = Math.max(0, Math.round((Date.parse(start) - Date.parse(requestDate)) / 60_000));
    const step = Math.max(1, Math.floor(Math.min(span, 24 * 60 * 5) / (providers.length + 1)));
    return providers.map((p, i) => {
      const last = i === providers.length - 1;
      // Sequential: each answers before the next is approached. Skipped: the second goes out while the first is still considering.
      const sent = allAtOnce ? 0 : skipped && i === 1 ? step / 2 : i * step;
      const answered = allAtOnce ? random.int(20, 120) : skipped && i === 0 ? step : sent + Math.max(1, Math.floor(step * 0.8));
      const response = last
        ? 'accepted'
        : random.weighted([
            ['declined', 55],
            ['no-vacancy', 35],
            ['no-response', 10],
          ]);
      return {
        provider: p.id,
        ...(rank(p) !== undefined ? { tierRank: rank(p) } : {}),
        approachedAt: at(requestDate, Math.floor(sent)),
        response,
        ...(response === 'declined' ? { declineReason: random.pick(DECLINES) } : {}),
        ...(response !== 'no-response' ? { respondedAt: at(requestDate, Math.floor(answered)) } : {}),
      };
    });
  }

  private outcomePlans(domains: string[], random: Random): OutcomePlan[] {
    if (!random.chance(0.95)) return [];
    return random.sample(this.outcomes, random.int(2, 3)).map((o, i) => {
      const start = random.next() * 0.5;
      return {
        id: `outcome-${i + 1}`,
        ...o,
        start,
        goal: Math.min(1, start + 0.3 + random.next() * 0.4),
        addresses: domains[i % domains.length]!,
      };
    });
  }

  private tracker(agreement: Doc, ref: string, plans: OutcomePlan[], reviews: string[], v2: boolean, random: Random): Doc {
    const spec = agreement.spec as Doc;
    // Now and then the latest review is not recorded yet.
    const held = reviews.length > 1 && random.chance(0.05) ? reviews.slice(0, -1) : reviews;
    const progress = plans.map((p) => p.start);
    return {
      apiVersion: v2 ? 'nof/v2' : 'nof/v1',
      kind: 'OutcomeTracker',
      metadata: {
        id: `tracker-${ref.toLowerCase()}`,
        name: `Outcome tracker ${ref}`,
        owner: spec.placingAuthority as string,
        sharing: 'internal',
        labels: ['fictional', 'sample'],
      },
      spec: {
        agreement: (agreement.metadata as Doc).id as string,
        reviews: held
          .map((date, r) => ({
            date,
            reviewerRole: r % 2 ? 'Independent reviewing officer' : 'Supervising social worker',
            ratings: plans.flatMap((p, i): Doc[] => {
              const before = progress[i]!;
              progress[i] = Math.min(1, Math.max(0, before + (p.goal - p.start) * 0.2 + (random.next() - 0.5) * 0.35));
              if (v2 && random.chance(0.08)) return [{ outcome: p.id, notRatedReason: random.pick(NOT_RATED) }];
              if (!v2 && random.chance(0.04)) return [];
              const value = valueAt(p.scale, progress[i]!);
              const trend = progress[i]! > before + 0.02 ? 'improving' : progress[i]! < before - 0.02 ? 'declining' : 'stable';
              return [
                {
                  outcome: p.id,
                  value,
                  ...(random.chance(0.7) ? { trend } : {}),
                  ...(random.chance(0.1) ? { evidence: `Sample evidence for ${ref}, review ${r + 1}.` } : {}),
                },
              ];
            }),
          }))
          .filter((r) => r.ratings.length > 0),
      },
    };
  }

  private request(
    authority: Authority,
    id: string,
    ref: string,
    requestDate: string,
    neededBy: string,
    urgency: string,
    childAge: number,
    needs: Array<{ domain: string; level: number }>,
    route: Doc,
    callOff: { approaches: Doc[] },
    status: string,
  ): Doc {
    const { tierRank: _tier, offArrangementReason: _reason, ...requestRoute } = route;
    return {
      apiVersion: 'nof/v1',
      kind: 'PlacementRequest',
      metadata: { id, name: `Placement request ${ref}`, owner: authority.code, sharing: 'providers', labels: ['fictional', 'sample'] },
      spec: {
        requestingAuthority: authority.code,
        requestDate,
        status,
        child: { localReference: ref, age: childAge },
        urgency,
        neededBy,
        framework: this.world.framework.id,
        needs,
        route: requestRoute,
        ...(callOff.approaches.length ? { callOff } : {}),
      },
    };
  }

  /** A request no placement came of: unfilled (providers declined or had no place), withdrawn, or still open. */
  private unplaced(authority: Authority, date: string, ref: string, out: AuthorityDocuments): void {
    const random = this.random;
    const service = random.weighted(SERVICES);
    const candidates = this.byService.get(service) ?? this.byService.get('fostering') ?? [];
    const urgency = random.weighted([
      ['emergency', 20],
      ['urgent', 25],
      ['planned', 55],
    ] as const);
    const neededBy = addDays(date, urgency === 'emergency' ? 0 : urgency === 'urgent' ? random.int(1, 4) : random.int(6, 45));
    const open = neededBy >= this.world.asOf;
    const status = open
      ? 'open'
      : random.weighted([
          ['unfilled', 65],
          ['withdrawn', 35],
        ]);
    const approaches = random.sample(candidates, random.int(status === 'withdrawn' ? 0 : 1, 5)).map((p, i) => {
      const response = random.weighted([
        ['declined', 60],
        ['no-vacancy', 30],
        ['no-response', 10],
      ]);
      return {
        provider: p.id,
        approachedAt: at(date, i * 30),
        response,
        ...(response === 'declined' ? { declineReason: random.pick(DECLINES) } : {}),
        ...(response !== 'no-response' ? { respondedAt: at(date, i * 30 + 20) } : {}),
      };
    });
    const needs = random.sample(this.needDomains, random.int(2, 4)).map((domain) => ({ domain, level: random.int(1, 3) }));
    out.requests.push(
      this.request(
        authority,
        `req-${ref.toLowerCase()}`,
        ref,
        date,
        neededBy,
        urgency,
        age(service, random),
        needs,
        { type: 'spot' },
        { approaches },
        status,
      ),
    );
  }
}

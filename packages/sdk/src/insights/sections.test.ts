import { describe, expect, it } from 'vitest';
import { agreement, BRADFORD, CONSORTIUM, doc, FRAMEWORK, LEEDS, many, PROVIDER, request, TIER_ONE, tracker, visit } from './_fixtures.js';
import { buildInsights } from './insights.js';
import type { Cell, Table } from './model.js';

const AS_OF = '2015-06-01';
const BASE = [CONSORTIUM, PROVIDER, TIER_ONE, FRAMEWORK];
const run = (values: Array<Record<string, unknown>>, options = {}) =>
  buildInsights([...BASE, ...values].map(doc), { asOf: AS_OF, ...options });

/** The row whose `key` column is `value`. */
const row = (table: Table, key: string, value: Cell) => table.rows.find((r) => r[key] === value);

const tierOne = (at: string, response = 'declined') => ({
  provider: 'aireside',
  tierRank: 1,
  approachedAt: `${at}T09:00:00Z`,
  response,
  respondedAt: `${at}T11:00:00Z`,
});
const tierTwo = (at: string) => ({
  provider: 'brookside',
  tierRank: 2,
  approachedAt: `${at}T12:00:00Z`,
  response: 'accepted',
  respondedAt: `${at}T15:00:00Z`,
});

describe('value for money', () => {
  const insights = run([
    ...many(10, (i) => agreement(i, { endDate: i <= 5 ? '2015-03-05' : undefined })),
    ...many(
      5,
      (i) =>
        agreement(i, {
          route: { type: 'spot', offArrangementReason: 'no-vacancy' },
          fees: { coreWeeklyFee: { amount: 1100, per: 'week' } },
        }),
      11,
    ),
    ...many(6, (i) => tracker(i, [{ date: '2015-02-01', value: 18, trend: 'improving' }])),
  ]);
  const tables = insights.valueForMoney.tables;

  it('gives weekly cost, length and outcomes by route, with a total', () => {
    expect(row(tables.byRoute, 'route', 'framework-call-off')).toMatchObject({
      placements: 10,
      medianWeeklyCost: 850,
      ended: 5,
      medianDaysPlaced: 59,
      withRatedOutcomes: 6,
      outcomesImprovedPercent: 100,
    });
    expect(row(tables.byRoute, 'route', 'spot')).toMatchObject({
      placements: 5,
      medianWeeklyCost: 1100,
      ended: 0,
      medianDaysPlaced: null,
    });
    expect(tables.byRoute.rows.at(-1)).toMatchObject({ routeName: 'All placements', placements: 15, medianWeeklyCost: 850 });
    expect(tables.byRoute.totalRow).toBe(true);
  });

  it('compares fees with the maximum and the tendered price', () => {
    expect(tables.feesAgainstPrices.rows[0]).toMatchObject({
      arrangement: 'ifa',
      withMaximum: 10,
      aboveMaximum: 0,
      medianPercentOfMaximum: 94.44,
      withTenderedPrice: 10,
      atTendered: 10,
      aboveTendered: 0,
      belowTendered: 0,
    });
  });

  it('says what each table was computed from', () => {
    expect(tables.byRoute.basis).toMatchObject({ asOf: AS_OF, documents: { PlacementAgreement: 15, OutcomeTracker: 6 } });
    expect(tables.byRoute.basis.selection).toMatch(/started on or before the as-of date/);
  });
});

describe('compliance', () => {
  it('counts, per placing authority, late IPAs, tier order not followed, emergencies known earlier and placements off the arrangements', () => {
    const insights = run([
      ...many(10, (i) =>
        agreement(i, {
          issuedOn: i <= 5 ? '2015-01-05' : '2015-01-15',
          callOff:
            i <= 5
              ? { approaches: [tierTwo('2015-01-02')] }
              : {
                  urgent: true,
                  exceptionReason: 'Same-day placement',
                  needIdentifiedOn: '2014-12-01',
                  approaches: [tierOne('2015-01-02'), tierTwo('2015-01-02')],
                },
        }),
      ),
      ...many(
        6,
        (i) =>
          agreement(i, { placingAuthority: BRADFORD, route: { type: 'spot', offArrangementReason: 'needs-not-met' }, purpose: undefined }),
        11,
      ),
    ]);
    const table = insights.compliance.tables.byAuthority;
    expect(row(table, 'authority', LEEDS)).toMatchObject({
      placements: 10,
      issueDateRecorded: 10,
      issuedLate: 5,
      medianDaysToIssue: 5,
      withoutPurpose: 0,
      tieredCallOffs: 10,
      tierOrderNotFollowed: 5,
      urgentCallOffs: 5,
      urgentWithNeedDate: 5,
      urgentKnownEarlier: 5,
      offArrangement: 0,
    });
    expect(row(table, 'authority', BRADFORD)).toMatchObject({
      placements: 6,
      withoutPurpose: 6,
      offArrangement: 6,
      offArrangementWithReason: 6,
    });
    expect(row(insights.compliance.tables.offArrangementReasons, 'reason', 'needs-not-met')).toMatchObject({ placements: 6 });
    expect(insights.about).toMatchObject({ ipaLateAfterDays: 5, emergencyKnownAfterDays: 7 });
  });

  it('judges lateness by the configured number of days', () => {
    const insights = run(
      many(10, (i) => agreement(i, { issuedOn: i <= 5 ? '2015-01-05' : '2015-01-15' })),
      { ipaLateAfterDays: 14 },
    );
    expect(row(insights.compliance.tables.byAuthority, 'authority', LEEDS)).toMatchObject({ issuedLate: 0 });
  });
});

describe('outcomes', () => {
  const insights = run([
    ...many(6, (i) => agreement(i)),
    ...many(6, (i) =>
      tracker(i, [
        { date: '2015-02-01', value: 18, trend: 'improving' },
        { date: '2015-03-01', notRatedReason: i === 1 ? 'Carer unwell' : 'Questionnaire not returned' },
        { date: '2015-09-01', value: 25, trend: 'declining' },
      ]),
    ),
  ]);
  const tables = insights.outcomes.tables;

  it('rates each outcome by its latest rating on or before the as-of date', () => {
    expect(row(tables.byProvider, 'provider', 'brookside')).toMatchObject({
      trackedPlacements: 6,
      ratedOutcomes: 6,
      improvedPercent: 100,
      reachedTargetPercent: 0,
      improving: 6,
      declining: 0,
    });
    expect(row(tables.overTime, 'period', '2015 H1')).toMatchObject({
      placementsReviewed: 6,
      outcomesDue: 12,
      rated: 6,
      notRated: 6,
      notRatedPercent: 50,
    });
    expect(row(tables.overTime, 'period', '2015 H2')).toBeUndefined();
  });

  it('quotes a reason for not rating only when given often enough, and suppresses what a total would reveal', () => {
    expect(tables.notRatedReasons.rows).toEqual([
      { reason: 'Questionnaire not returned', outcomes: 'c' },
      { reason: 'Other reasons (each given fewer than 5 times)', outcomes: 'c' },
      { reason: 'All outcomes not rated', outcomes: 6 },
    ]);
  });
});

describe('sufficiency', () => {
  const declined = {
    provider: 'aireside',
    approachedAt: '2015-03-02T09:00:00Z',
    response: 'declined',
    declineReason: 'cannot-meet-needs',
    respondedAt: '2015-03-02T10:00:00Z',
  };
  const insights = run([
    ...many(6, (i) => request(i, { urgency: 'emergency', status: 'unfilled', callOff: { approaches: [declined] } })),
    ...many(
      5,
      (i) =>
        request(i, {
          urgency: 'planned',
          status: 'placed',
          route: { type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa', lot: 'standard' },
        }),
      7,
    ),
    request(12, { requestDate: '2014-01-06', status: 'placed' }),
  ]);
  const tables = insights.sufficiency.tables;

  it('counts a year of requests by urgency and status', () => {
    expect(row(tables.byUrgency, 'urgency', 'Emergency')).toMatchObject({ requests: 6, unfilled: 6, placed: 0 });
    expect(row(tables.byUrgency, 'urgency', 'Planned')).toMatchObject({ requests: 5, placed: 5 });
    expect(tables.byUrgency.rows.at(-1)).toMatchObject({ urgency: 'All requests', requests: 11 });
  });

  it('sets requests beside the capacity on the arrangements, and gives the answers of providers that did not offer', () => {
    expect(row(tables.capacity, 'arrangement', 'ifa')).toMatchObject({
      providersListed: 2,
      settings: 2,
      requests: 5,
      placed: 5,
      unfilled: 0,
    });
    expect(row(tables.capacity, 'arrangement', 'homes')).toMatchObject({
      providersListed: 1,
      settings: 2,
      registeredPlaces: 7,
      requests: 0,
    });
    expect(row(tables.declinedApproaches, 'answer', 'declined: cannot-meet-needs')).toMatchObject({ approaches: 6, requests: 6 });
    expect(row(tables.unfilledRequests, 'answer', 'declined: cannot-meet-needs')).toMatchObject({ requests: 6 });
  });
});

describe('monitoring', () => {
  const insights = run([
    visit(1, {
      setting: { ofstedUrn: 'SC123457' },
      date: '2015-02-10',
      findings: [{ area: 'safeguarding', evidence: ['ofsted', 'visit'], rating: 'meets-requirements' }],
    }),
    visit(2, {
      setting: { ofstedUrn: 'SC123457' },
      date: '2015-04-20',
      visitingAuthority: BRADFORD,
      actions: [{ description: 'Send the policy', owner: 'provider', due: '2015-05-01' }],
    }),
    visit(3, {
      setting: { ofstedUrn: 'SC123458' },
      date: '2014-09-01',
      findings: [{ area: 'staffing', evidence: ['regulation-44'], rating: 'improvement-needed' }],
    }),
    visit(4, { date: '2015-05-01', type: 'annual-conversation' }),
  ]);
  const tables = insights.monitoring.tables;

  it('finds settings not visited within the interval the arrangement sets', () => {
    expect(tables.coverage.rows).toEqual([
      expect.objectContaining({
        arrangement: 'homes',
        visitsPerYear: 2,
        intervalMonths: 6,
        settings: 2,
        visitedInInterval: 1,
        notVisitedInInterval: 1,
        neverVisited: 0,
      }),
    ]);
    expect(tables.notVisited.rows).toEqual([
      expect.objectContaining({
        ofstedUrn: 'SC123458',
        settingName: 'Brookside Lodge',
        lastVisit: '2014-09-01',
        lastVisitBy: 'Leeds',
        dueBy: '2015-03-01',
      }),
    ]);
  });

  it('finds a setting visited by two authorities within one interval', () => {
    expect(tables.visitedTwice.rows).toEqual([
      expect.objectContaining({
        ofstedUrn: 'SC123457',
        firstVisit: '2015-02-10',
        firstBy: 'Leeds',
        secondVisit: '2015-04-20',
        secondBy: 'Bradford',
        intervalMonths: 6,
      }),
    ]);
  });

  it('counts monitoring by authority, the evidence findings rest on, and overdue actions', () => {
    expect(row(tables.byVisitingAuthority, 'authority', LEEDS)).toMatchObject({ monitoring: 3, visits: 2, annualConversations: 1 });
    expect(row(tables.evidence, 'source', 'ofsted')).toMatchObject({ findings: 1, meetsRequirements: 1 });
    expect(row(tables.evidence, 'source', 'regulation-44')).toMatchObject({ findings: 1, improvementNeeded: 1 });
    expect(row(tables.actions, 'owner', 'provider')).toMatchObject({ actions: 1, open: 1, overdue: 1 });
  });
});

describe('directory', () => {
  const tables = run([]).directory.tables;

  it("gives each authority's memberships with what they cost it", () => {
    expect(row(tables.memberships, 'authority', BRADFORD)).toMatchObject({
      consortium: 'dales',
      cost: '£5,000 a year',
      costBasis: 'paid by each member',
      annualCost: 5000,
    });
    expect(row(tables.byAuthority, 'authority', LEEDS)).toMatchObject({ consortia: 1, knownAnnualCost: 5000, costsNotKnown: 0 });
  });

  it('works out the next re-opening from the start and the interval, saying so, and gives contacts', () => {
    expect(row(tables.reopenings, 'arrangement', 'homes')).toMatchObject({
      interval: 'every 6 months',
      nextReopening: '2015-07-06',
      nextReopeningBasis: 'calculated: every 6 months from the start, 2014-01-06',
    });
    expect(tables.contacts.rows[0]).toMatchObject({
      consortium: 'dales',
      contactRole: 'Dales commissioning team',
      leadAuthority: 'Leeds',
    });
  });
});

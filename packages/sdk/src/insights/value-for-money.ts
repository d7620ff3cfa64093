/*
 * Value for money (the review's recommendation of shared value-for-money measures): what
 * placements cost a week by route, consortium, arrangement, lot and level of need, beside how
 * their outcomes moved and how long they lasted; fees against the arrangements' maximum and
 * tendered prices; and the savings consortia record.
 */
import { routeTarget } from '../rules/agreement/_documents.js';
import { coreFee, maximumPrice, samePence, weekly } from '../rules/agreement/_money.js';
import { savingCells } from '../report/sections.js';
import { arrangementCells, arrangementName, authorityName, basis, consortiumName, type InsightsContext } from './context.js';
import { ARRANGEMENT_COLUMNS, groupBy, groupedSpec, makeTable, mean, median, share, textColumn, type TableSpec } from './figures.js';
import type { Cell, Column, Insights } from './model.js';
import { ROUTES, type Placement } from './placements.js';

const FIGURES: Column[] = [
  { key: 'placements', label: 'Placements', type: 'count', children: true },
  { key: 'withWeeklyCost', label: 'With a weekly cost', type: 'count', children: true },
  { key: 'medianWeeklyCost', label: 'Median weekly cost (£)', type: 'money', children: true },
  { key: 'meanWeeklyCost', label: 'Mean weekly cost (£)', type: 'money', children: true },
  { key: 'ended', label: 'Ended', type: 'count', children: true },
  { key: 'medianDaysPlaced', label: 'Median days placed (ended)', type: 'days', children: true },
  { key: 'withRatedOutcomes', label: 'With outcomes rated against a baseline', type: 'count', children: true },
  { key: 'outcomesImprovedPercent', label: 'Outcomes improved since baseline (%)', type: 'percent', children: true },
];

const FIGURES_DISCLOSURE = {
  from: {
    medianWeeklyCost: ['withWeeklyCost'],
    meanWeeklyCost: ['withWeeklyCost'],
    medianDaysPlaced: ['ended'],
    outcomesImprovedPercent: ['withRatedOutcomes'],
  },
  partOf: { ended: 'placements' },
  totalRow: true,
};

/** The figures of a group of placements. */
function figures(placements: readonly Placement[]): Record<string, Cell> {
  const costs = placements.flatMap((p) => (p.weeklyCost === undefined ? [] : [p.weeklyCost]));
  const days = placements.flatMap((p) => (p.days === undefined ? [] : [p.days]));
  const compared = placements.map((p) => p.rated.filter((r) => r.sinceBaseline !== undefined));
  const outcomes = compared.flat();
  return {
    placements: placements.length,
    withWeeklyCost: costs.length,
    medianWeeklyCost: median(costs),
    meanWeeklyCost: mean(costs),
    ended: days.length,
    medianDaysPlaced: median(days),
    withRatedOutcomes: compared.filter((c) => c.length > 0).length,
    outcomesImprovedPercent: share(outcomes.filter((r) => r.sinceBaseline === 'improved').length, outcomes.length),
  };
}

/**
 * One row per group of placements (in `order`, else by most placements), each with its label
 * cells and figures, then a row for all of them.
 */
function groupRows(
  placements: readonly Placement[],
  key: (p: Placement) => string,
  labels: (key: string, sample: Placement) => Record<string, Cell>,
  total: Record<string, Cell>,
  order?: readonly string[],
): Array<Record<string, Cell>> {
  const groups = [...groupBy(placements, key)];
  if (order) groups.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  else groups.sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb));
  return [...groups.map(([k, group]) => ({ ...labels(k, group[0]!), ...figures(group) })), { ...total, ...figures(placements) }];
}

const ROUTE_NAMES: Record<string, string> = {
  'framework-call-off': 'Called off a framework',
  'dps-call-off': 'Called off a dynamic purchasing system',
  'approved-list': 'From an approved provider list',
  block: 'Block contract',
  'cost-and-volume': 'Cost and volume contract',
  spot: 'Spot purchase',
  'in-house': "In-house (the authority's own provision)",
};

/** The weekly fee and the price it is compared with, for an agreement on an arrangement. */
interface PriceCheck {
  placement: Placement;
  fee: number;
  maximum?: number;
  tendered?: number;
}

function priceChecks(context: InsightsContext): PriceCheck[] {
  return context.placements.flatMap((placement) => {
    const agreement = placement.agreement;
    const spec = agreement.value.spec;
    const fee = weekly(coreFee(agreement).money);
    const target = routeTarget(context.docs, spec.route);
    if (fee === undefined || !target) return [];
    const ceiling = maximumPrice(target, spec.child.ageAtStart);
    const age = spec.child.ageAtStart;
    // The provider's own price for this lot, authority and age band, latest first.
    const tendered = (target.arrangement.pricing?.tenderedPrices ?? [])
      .filter(
        (t) =>
          t.provider === spec.provider &&
          t.priceGroup === undefined &&
          (t.lot === undefined || t.lot === spec.route.lot) &&
          (t.forAuthority === undefined || t.forAuthority === spec.placingAuthority) &&
          (t.ageBand === undefined || (age !== undefined && t.ageBand.from <= age && age <= t.ageBand.to)) &&
          (t.from === undefined || t.from <= spec.startDate) &&
          weekly(t.price) !== undefined,
      )
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
    const maximum = ceiling && weekly(ceiling.price);
    const price = tendered && weekly(tendered.price);
    if (maximum === undefined && price === undefined) return [];
    return [{ placement, fee, ...(maximum !== undefined ? { maximum } : {}), ...(price !== undefined ? { tendered: price } : {}) }];
  });
}

const PRICES: TableSpec = {
  title: 'Fees against maximum and tendered prices',
  description:
    "Each placement's core weekly fee (additional services left out, as they are negotiated on top) against its lot's or arrangement's maximum price for the child's age band, and against the provider's tendered price for the lot, authority and age band on the start date.",
  columns: [
    ...ARRANGEMENT_COLUMNS,
    { key: 'withMaximum', label: 'With a maximum price', type: 'count', children: true },
    { key: 'aboveMaximum', label: 'Above the maximum', type: 'count', children: true },
    { key: 'medianPercentOfMaximum', label: 'Median fee as % of the maximum', type: 'percent', children: true },
    { key: 'withTenderedPrice', label: 'With a tendered price', type: 'count', children: true },
    { key: 'aboveTendered', label: 'Above the tendered price', type: 'count', children: true },
    { key: 'atTendered', label: 'At the tendered price', type: 'count', children: true },
    { key: 'belowTendered', label: 'Below the tendered price', type: 'count', children: true },
  ],
  disclosure: {
    from: { medianPercentOfMaximum: ['withMaximum'] },
    partOf: {
      aboveMaximum: 'withMaximum',
      aboveTendered: 'withTenderedPrice',
      atTendered: 'withTenderedPrice',
      belowTendered: 'withTenderedPrice',
    },
    rowSums: [{ total: 'withTenderedPrice', parts: ['aboveTendered', 'atTendered', 'belowTendered'] }],
    totalRow: true,
  },
};

function priceFigures(checks: readonly PriceCheck[]): Record<string, Cell> {
  const maxed = checks.filter((c) => c.maximum !== undefined);
  const tendered = checks.filter((c) => c.tendered !== undefined);
  const compare = (c: PriceCheck) => (samePence(c.fee, c.tendered!) ? 0 : Math.sign(c.fee - c.tendered!));
  return {
    withMaximum: maxed.length,
    aboveMaximum: maxed.filter((c) => c.fee > c.maximum! + 0.005).length,
    medianPercentOfMaximum: median(maxed.map((c) => (100 * c.fee) / c.maximum!)),
    withTenderedPrice: tendered.length,
    aboveTendered: tendered.filter((c) => compare(c) > 0).length,
    atTendered: tendered.filter((c) => compare(c) === 0).length,
    belowTendered: tendered.filter((c) => compare(c) < 0).length,
  };
}

export function valueForMoney(context: InsightsContext): Insights['valueForMoney'] {
  const { placements, threshold } = context;
  const agreements = { PlacementAgreement: placements.length, OutcomeTracker: context.docs.all('OutcomeTracker').length };
  const based = basis(
    context,
    agreements,
    'Placement agreements whose placement started on or before the as-of date, with the latest rating of each outcome in their trackers on or before it. Weekly cost: the total weekly cost where stated, else the core fee and the additional services the placing authority pays for, brought to a week (fees per placement or one-off are left out).',
  );
  const byGroup = (title: string, description: string, labels: Column[]) =>
    groupedSpec(title, description, labels, FIGURES, FIGURES_DISCLOSURE);
  const onArrangement = placements.filter((p) => p.consortium !== undefined && p.arrangement !== undefined);
  const checks = priceChecks(context);
  const savings = context.docs.all('Consortium').flatMap((c) =>
    (c.value.spec.savings ?? []).map((s) => {
      const [type, amount, forWhom, period, method, baselineText] = savingCells(s, (code) => authorityName(context, code));
      return {
        consortium: c.id,
        consortiumName: c.value.metadata.name,
        arrangement: s.arrangement ?? null,
        arrangementName: s.arrangement ? arrangementName(context, c.id, s.arrangement) : null,
        type: type!,
        amount: amount!,
        for: forWhom!,
        period: period!,
        method: method!,
        baseline: baselineText!,
      };
    }),
  );
  return {
    title: 'Value for money',
    summary:
      'What placements cost a week, by route, consortium, arrangement, lot and level of need, beside how their outcomes moved since the baseline and how long they lasted; fees against maximum and tendered prices; and the savings consortia record.',
    tables: {
      byRoute: makeTable(
        byGroup(
          'By route',
          'Placements by how they were bought: called off a framework or DPS, from an approved list, a block or cost-and-volume contract, spot purchased, or the authority’s own (in-house) provision.',
          [textColumn('route', 'Route code'), textColumn('routeName', 'Route')],
        ),
        groupRows(
          placements,
          (p) => p.route,
          (route) => ({ route, routeName: ROUTE_NAMES[route]! }),
          { route: null, routeName: 'All placements' },
          ROUTES,
        ),
        based,
        threshold,
      ),
      byConsortium: makeTable(
        byGroup(
          'By consortium',
          'Placements by the consortium whose arrangement they were bought under; those bought outside any arrangement (spot and in-house) are one row.',
          [textColumn('consortium', 'Consortium id'), textColumn('consortiumName', 'Consortium')],
        ),
        groupRows(
          placements,
          (p) => p.consortium ?? '',
          (id) =>
            id
              ? { consortium: id, consortiumName: consortiumName(context, id) }
              : { consortium: null, consortiumName: 'Outside any arrangement' },
          { consortium: null, consortiumName: 'All placements' },
        ),
        based,
        threshold,
      ),
      byArrangement: makeTable(
        byGroup('By arrangement', 'Placements bought under each arrangement (framework, DPS, list, block or cost-and-volume contract).', [
          ...ARRANGEMENT_COLUMNS,
        ]),
        groupRows(
          onArrangement,
          (p) => `${p.consortium}|${p.arrangement}`,
          (_k, p) => arrangementCells(context, p.consortium!, p.arrangement!),
          { consortium: null, consortiumName: 'All placements on an arrangement', arrangement: null, arrangementName: null },
        ),
        { ...based, documents: { ...agreements, PlacementAgreement: onArrangement.length } },
        threshold,
      ),
      byLot: makeTable(
        byGroup('By lot', 'Placements bought under each lot of an arrangement (those naming no lot are left out).', [
          ...ARRANGEMENT_COLUMNS,
          textColumn('lot', 'Lot id'),
          textColumn('lotName', 'Lot'),
        ]),
        groupRows(
          onArrangement.filter((p) => p.lot !== undefined),
          (p) => `${p.consortium}|${p.arrangement}|${p.lot}`,
          (_k, p) => ({
            ...arrangementCells(context, p.consortium!, p.arrangement!),
            lot: p.lot!,
            lotName: arrangementName(context, p.consortium!, p.arrangement!, p.lot),
          }),
          {
            consortium: null,
            consortiumName: 'All placements naming a lot',
            arrangement: null,
            arrangementName: null,
            lot: null,
            lotName: null,
          },
        ),
        { ...based, documents: { ...agreements, PlacementAgreement: onArrangement.filter((p) => p.lot !== undefined).length } },
        threshold,
      ),
      byNeedLevel: makeTable(
        byGroup(
          'By level of need',
          "Placements by the highest level among the child's assessed needs, as the needs and outcomes framework numbers its levels (1 = met by standard provision).",
          [{ key: 'needLevel', label: 'Highest level of need', type: 'number' }, textColumn('needLevelName', 'Level')],
        ),
        groupRows(
          placements,
          (p) => (p.needLevel === undefined ? '' : String(p.needLevel)),
          (level) =>
            level
              ? { needLevel: Number(level), needLevelName: `Level ${level}` }
              : { needLevel: null, needLevelName: 'Needs not assessed' },
          { needLevel: null, needLevelName: 'All placements' },
          [...new Set(placements.map((p) => p.needLevel))]
            .sort((a, b) => (a ?? 99) - (b ?? 99))
            .map((l) => (l === undefined ? '' : String(l))),
        ),
        based,
        threshold,
      ),
      feesAgainstPrices: makeTable(
        PRICES,
        [
          ...[...groupBy(checks, (c) => `${c.placement.consortium}|${c.placement.arrangement}`)]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([, group]) => {
              const p = group[0]!.placement;
              return { ...arrangementCells(context, p.consortium!, p.arrangement!), ...priceFigures(group) };
            }),
          {
            consortium: null,
            consortiumName: 'All placements compared',
            arrangement: null,
            arrangementName: null,
            ...priceFigures(checks),
          },
        ],
        { ...based, documents: { PlacementAgreement: checks.length, Consortium: context.docs.all('Consortium').length } },
        threshold,
      ),
      savings: makeTable(
        {
          title: 'Savings recorded',
          description:
            'The savings each consortium records, with how they were worked out and against what: as the consortia state them, not checked by NOF.',
          columns: [
            ...ARRANGEMENT_COLUMNS,
            textColumn('type', 'Type'),
            textColumn('amount', 'Amount'),
            textColumn('for', 'For'),
            textColumn('period', 'Period'),
            textColumn('method', 'Method'),
            textColumn('baseline', 'Baseline'),
          ],
        },
        savings,
        basis(context, { Consortium: context.docs.all('Consortium').length }, 'Every consortium document, as written.'),
        threshold,
      ),
    },
  };
}

/*
 * Outcomes (the review's call for a national outcomes framework): how the outcomes set in
 * placement agreements moved, by provider and by arrangement, review period by review period,
 * with the trends reviewers gave and the outcomes left unrated, and why.
 */
import { indicatorOf, type Scale } from '../rules/agreement/_documents.js';
import { arrangementCells, basis, providerName, type InsightsContext } from './context.js';
import { ARRANGEMENT_COLUMNS, childCount, column, groupBy, groupedSpec, makeTable, share, textColumn } from './figures.js';
import type { Cell, Column, Insights } from './model.js';
import type { Placement } from './placements.js';
import { progress } from './progress.js';

const percent = (key: string, name: string) => column('percent', key, name, true);

const FIGURES: Column[] = [
  childCount('trackedPlacements', 'Placements with ratings'),
  childCount('ratedOutcomes', 'Outcomes rated'),
  percent('improvedPercent', 'Improved since baseline (%)'),
  percent('reachedTargetPercent', 'Target reached (%)'),
  childCount('improving', 'Trend improving'),
  childCount('stable', 'Trend stable'),
  childCount('declining', 'Trend declining'),
];

const FIGURES_DISCLOSURE = {
  from: Object.fromEntries(
    ['ratedOutcomes', 'improvedPercent', 'reachedTargetPercent', 'improving', 'stable', 'declining'].map((k) => [k, ['trackedPlacements']]),
  ),
  partOf: { improving: 'ratedOutcomes', stable: 'ratedOutcomes', declining: 'ratedOutcomes' },
  totalRow: true,
};

/** The figures of a group of placements, from the latest rating of each outcome. */
function figures(placements: readonly Placement[]): Record<string, Cell> {
  const rated = placements.flatMap((p) => p.rated);
  const compared = rated.filter((r) => r.sinceBaseline !== undefined);
  const targeted = rated.filter((r) => r.reachedTarget !== undefined);
  const trend = (t: string) => rated.filter((r) => r.trend === t).length;
  return {
    trackedPlacements: placements.filter((p) => p.rated.length > 0).length,
    ratedOutcomes: rated.length,
    improvedPercent: share(compared.filter((r) => r.sinceBaseline === 'improved').length, compared.length),
    reachedTargetPercent: share(targeted.filter((r) => r.reachedTarget).length, targeted.length),
    improving: trend('improving'),
    stable: trend('stable'),
    declining: trend('declining'),
  };
}

/** `2014 H2` for a date in July to December 2014. */
const halfYear = (date: string): string => `${date.slice(0, 4)} H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

interface ReviewedOutcome {
  period: string;
  placement: Placement;
  rated: boolean;
  improved?: boolean;
  compared: boolean;
  trend?: string;
  /** Why it was not rated: the tracker's reason (nof/v2), or undefined when the outcome was left out of the review. */
  notRatedReason?: string;
}

/** Every outcome of every review on or before the as-of date, rated or not. */
function reviewedOutcomes(context: InsightsContext): ReviewedOutcome[] {
  const byAgreement = new Map(context.placements.map((p) => [p.agreement.id, p]));
  const out: ReviewedOutcome[] = [];
  for (const tracker of context.docs.all('OutcomeTracker')) {
    const placement = byAgreement.get(tracker.value.spec.agreement);
    if (!placement) continue;
    const spec = placement.agreement.value.spec;
    const scales = new Map<string, Scale | undefined>(
      (spec.outcomes ?? []).map((o) => [o.id, indicatorOf(context.docs, spec.framework, o.domain, o.indicator)?.scale]),
    );
    for (const review of tracker.value.spec.reviews) {
      if (review.date > context.asOf) continue;
      const period = halfYear(review.date);
      for (const outcome of spec.outcomes ?? []) {
        const rating = review.ratings.find((r) => r.outcome === outcome.id);
        if (rating?.value === undefined) {
          const reason = rating && 'notRatedReason' in rating ? rating.notRatedReason : undefined;
          out.push({ period, placement, rated: false, compared: false, ...(reason ? { notRatedReason: reason } : {}) });
          continue;
        }
        const scale = scales.get(outcome.id);
        const where = scale ? progress(scale, rating.value, outcome.baseline, undefined).sinceBaseline : undefined;
        out.push({
          period,
          placement,
          rated: true,
          compared: where !== undefined,
          ...(where !== undefined ? { improved: where === 'improved' } : {}),
          ...(rating.trend ? { trend: rating.trend } : {}),
        });
      }
    }
  }
  return out;
}

const NOT_RECORDED = 'No rating recorded (the outcome is missing from the review)';

export function outcomes(context: InsightsContext): Insights['outcomes'] {
  const { placements, threshold } = context;
  const tracked = placements.filter((p) => p.tracked);
  const documents = { PlacementAgreement: tracked.length, OutcomeTracker: context.docs.all('OutcomeTracker').length };
  const latest = basis(
    context,
    documents,
    "Placements started on or before the as-of date that have an outcome tracker; for each outcome, its latest rating on or before that date, compared with the agreement's baseline and target on the indicator's scale.",
  );
  const groupSpec = (title: string, description: string, labels: Column[]) =>
    groupedSpec(title, description, labels, FIGURES, FIGURES_DISCLOSURE);
  const rows = (
    groups: Map<string, Placement[]>,
    labels: (key: string, p: Placement) => Record<string, Cell>,
    total: Record<string, Cell>,
  ) => [
    ...[...groups]
      .sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb))
      .map(([k, g]) => ({ ...labels(k, g[0]!), ...figures(g) })),
    { ...total, ...figures(tracked) },
  ];

  const reviewed = reviewedOutcomes(context);
  const periods = [...groupBy(reviewed, (r) => r.period)].sort(([a], [b]) => a.localeCompare(b));
  const notRated = reviewed.filter((r) => !r.rated);
  const reasons = [...groupBy(notRated, (r) => r.notRatedReason ?? NOT_RECORDED)].map(([reason, list]) => ({ reason, count: list.length }));
  // A reason is shown in its own words only when it was given at least as often as the threshold: rarer ones could be particular to a child.
  const common = reasons.filter((r) => r.reason === NOT_RECORDED || r.count >= threshold).sort((a, b) => b.count - a.count);
  const rare = reasons.filter((r) => !common.includes(r));
  const over = basis(
    context,
    documents,
    "Every review on or before the as-of date in the outcome trackers of those placements; at each review, every outcome of the agreement is due a rating. Ratings are compared with the agreement's baseline.",
  );

  return {
    title: 'Outcomes',
    summary:
      'How the outcomes set in placement agreements moved: by provider and by arrangement (latest ratings), review period by review period with the trends reviewers gave, and the outcomes not rated and why.',
    tables: {
      byProvider: makeTable(
        groupSpec('By provider', 'The latest rating of each outcome of the placements with each provider.', [
          textColumn('provider', 'Provider id'),
          textColumn('providerName', 'Provider'),
        ]),
        rows(
          groupBy(tracked, (p) => p.provider),
          (id) => ({ provider: id, providerName: providerName(context, id) }),
          { provider: null, providerName: 'All providers' },
        ),
        latest,
        threshold,
      ),
      byArrangement: makeTable(
        groupSpec(
          'By arrangement',
          'The latest rating of each outcome of the placements bought under each arrangement, and of those bought outside any.',
          [...ARRANGEMENT_COLUMNS],
        ),
        rows(
          groupBy(tracked, (p) => (p.consortium && p.arrangement ? `${p.consortium}|${p.arrangement}` : '')),
          (k, p) =>
            k
              ? arrangementCells(context, p.consortium!, p.arrangement!)
              : { consortium: null, consortiumName: 'Outside any arrangement', arrangement: null, arrangementName: null },
          { consortium: null, consortiumName: 'All placements', arrangement: null, arrangementName: null },
        ),
        latest,
        threshold,
      ),
      overTime: makeTable(
        {
          title: 'Over time',
          description:
            'Ratings by half-year of the review: how many outcomes were due, rated and not rated, the share rated better than the baseline, and the trends reviewers gave.',
          columns: [
            textColumn('period', 'Half-year'),
            childCount('placementsReviewed', 'Placements reviewed'),
            childCount('outcomesDue', 'Outcomes due a rating'),
            childCount('rated', 'Rated'),
            childCount('notRated', 'Not rated'),
            percent('notRatedPercent', 'Not rated (%)'),
            percent('improvedPercent', 'Improved since baseline (%)'),
            childCount('improving', 'Trend improving'),
            childCount('stable', 'Trend stable'),
            childCount('declining', 'Trend declining'),
          ],
          disclosure: {
            from: {
              ...Object.fromEntries(
                ['outcomesDue', 'rated', 'notRated', 'improvedPercent', 'improving', 'stable', 'declining'].map((k) => [
                  k,
                  ['placementsReviewed'],
                ]),
              ),
              notRatedPercent: ['placementsReviewed', 'rated', 'notRated'],
            },
            partOf: { improving: 'rated', stable: 'rated', declining: 'rated' },
            rowSums: [{ total: 'outcomesDue', parts: ['rated', 'notRated'] }],
          },
        },
        periods.map(([period, list]) => {
          const rated = list.filter((r) => r.rated);
          const compared = rated.filter((r) => r.compared);
          return {
            period,
            placementsReviewed: new Set(list.map((r) => r.placement)).size,
            outcomesDue: list.length,
            rated: rated.length,
            notRated: list.length - rated.length,
            notRatedPercent: share(list.length - rated.length, list.length),
            improvedPercent: share(compared.filter((r) => r.improved).length, compared.length),
            improving: rated.filter((r) => r.trend === 'improving').length,
            stable: rated.filter((r) => r.trend === 'stable').length,
            declining: rated.filter((r) => r.trend === 'declining').length,
          };
        }),
        over,
        threshold,
      ),
      notRatedReasons: makeTable(
        {
          title: 'Why outcomes were not rated',
          description: `The reasons trackers give for outcomes not rated at a review (nof/v2 trackers' notRatedReason), and outcomes simply left out of a review. A reason given fewer than ${threshold} times is counted under other reasons, not quoted.`,
          columns: [textColumn('reason', 'Reason'), childCount('outcomes', 'Outcomes not rated')],
          disclosure: { totalRow: true },
        },
        [
          ...common.map((r) => ({ reason: r.reason, outcomes: r.count })),
          ...(rare.length
            ? [{ reason: `Other reasons (each given fewer than ${threshold} times)`, outcomes: rare.reduce((n, r) => n + r.count, 0) }]
            : []),
          { reason: 'All outcomes not rated', outcomes: notRated.length },
        ],
        over,
        threshold,
      ),
    },
  };
}

/*
 * Compliance, per placing authority (the review: IPAs late or without clear purpose and
 * outcomes, tiers skipped in emergencies without record, emergencies the authority knew about
 * weeks before, placements bought off the arrangements): what each authority's agreements show.
 * The tier order is judged exactly as rule `agreement/call-off-tier-order` judges it.
 */
import { daysBetween } from '../dates/calendar.js';
import { checkTierOrder } from '../rules/agreement/_call-off.js';
import { routeTarget } from '../rules/agreement/_documents.js';
import { authorityName, basis, type InsightsContext } from './context.js';
import { childCount, groupBy, label, makeTable, median, textColumn } from './figures.js';
import type { Cell, Insights } from './model.js';
import type { Placement } from './placements.js';

/** What one agreement shows, for counting. */
interface Facts {
  placement: Placement;
  /** Days from the start to the IPA reaching the provider (nof/v2 `issuedOn`). */
  daysToIssue?: number;
  withoutPurpose: boolean;
  withoutOutcomes: boolean;
  /** True when the call-off record can be judged against tiers (it names an arrangement with tiers). */
  tiered: boolean;
  tierOrderBroken: boolean;
  urgent: boolean;
  /** Days from the need being identified (nof/v2 `needIdentifiedOn`) to the first approach. */
  daysKnownBefore?: number;
  offArrangement: boolean;
  offArrangementReason?: string;
}

function factsOf(placement: Placement, context: InsightsContext): Facts {
  const agreement = placement.agreement;
  const spec = agreement.value.spec;
  const callOff = spec.callOff;
  const target = routeTarget(context.docs, spec.route);
  const tiered = callOff !== undefined && target !== undefined && [target.lot, target.arrangement].some((x) => (x?.tiers ?? []).length > 0);
  let broken = false;
  if (tiered) checkTierOrder({ document: agreement, workspace: context.docs, report: () => (broken = true) }, spec.placingAuthority);
  const first = (callOff?.approaches ?? []).map((a) => a.approachedAt.slice(0, 10)).sort()[0];
  const v2 = agreement.apiVersion === 'nof/v2' ? agreement.value.spec : undefined;
  const identified = v2?.callOff?.needIdentifiedOn;
  const offArrangement = placement.route === 'spot';
  return {
    placement,
    ...(v2?.issuedOn !== undefined ? { daysToIssue: daysBetween(spec.startDate, v2.issuedOn) } : {}),
    withoutPurpose: spec.purpose === undefined,
    withoutOutcomes: (spec.outcomes ?? []).length === 0,
    tiered,
    tierOrderBroken: broken,
    urgent: callOff?.urgent === true,
    ...(identified !== undefined && first !== undefined ? { daysKnownBefore: daysBetween(identified, first) } : {}),
    offArrangement,
    ...(offArrangement && spec.route.offArrangementReason ? { offArrangementReason: spec.route.offArrangementReason } : {}),
  };
}

export function compliance(context: InsightsContext): Insights['compliance'] {
  const { threshold, ipaLateAfterDays: late, emergencyKnownAfterDays: known } = context;
  const facts = context.placements.map((p) => factsOf(p, context));
  const figures = (list: readonly Facts[]): Record<string, Cell> => {
    const issued = list.filter((f) => f.daysToIssue !== undefined);
    const urgent = list.filter((f) => f.urgent);
    const off = list.filter((f) => f.offArrangement);
    return {
      placements: list.length,
      issueDateRecorded: issued.length,
      issuedLate: issued.filter((f) => f.daysToIssue! > late).length,
      medianDaysToIssue: median(issued.map((f) => f.daysToIssue!)),
      withoutPurpose: list.filter((f) => f.withoutPurpose).length,
      withoutOutcomes: list.filter((f) => f.withoutOutcomes).length,
      tieredCallOffs: list.filter((f) => f.tiered).length,
      tierOrderNotFollowed: list.filter((f) => f.tierOrderBroken).length,
      urgentCallOffs: urgent.length,
      urgentWithNeedDate: urgent.filter((f) => f.daysKnownBefore !== undefined).length,
      urgentKnownEarlier: urgent.filter((f) => f.daysKnownBefore !== undefined && f.daysKnownBefore > known).length,
      offArrangement: off.length,
      offArrangementWithReason: off.filter((f) => f.offArrangementReason !== undefined).length,
    };
  };
  const byAuthority = [...groupBy(facts, (f) => f.placement.authority)].sort(([a], [b]) =>
    authorityName(context, a).localeCompare(authorityName(context, b)),
  );
  const documents = { PlacementAgreement: facts.length, Consortium: context.docs.all('Consortium').length };
  const basisText = `Placement agreements whose placement started on or before the as-of date. Only nof/v2 agreements record when the IPA was issued (issuedOn) and when the need was identified (callOff.needIdentifiedOn): nof/v1 agreements are not counted in those columns (\`nof migrate --to nof/v2\`). An IPA is late when issued more than ${late} days after the start; an urgent call-off was known earlier when the need was identified more than ${known} days before the first approach (nof.config.yaml insights).`;
  const off = facts.filter((f) => f.offArrangement);
  const reasons = [...groupBy(off, (f) => f.offArrangementReason ?? '')].sort(
    ([a, x], [b, y]) => y.length - x.length || a.localeCompare(b),
  );

  return {
    title: 'Compliance',
    summary:
      'Per placing authority: IPAs issued late or without a purpose or outcomes, call-offs that did not follow the tier order without a recorded exception, urgent call-offs whose need was known well before, and placements bought off the arrangements, with their reasons.',
    tables: {
      byAuthority: makeTable(
        {
          title: 'By placing authority',
          description: `Each placing authority's agreements. Tier order: call-offs naming an arrangement with tiers, judged as rule agreement/call-off-tier-order judges them (departures recorded as urgent or with an exception reason are not counted as not followed). Off the arrangements: spot purchases (the authority's own provision is not counted).`,
          columns: [
            textColumn('authority', 'Authority code'),
            textColumn('authorityName', 'Placing authority'),
            childCount('placements', 'Placements'),
            childCount('issueDateRecorded', 'IPA issue date recorded'),
            childCount('issuedLate', `IPA issued more than ${late} days after the start`),
            { key: 'medianDaysToIssue', label: 'Median days from start to IPA issued', type: 'days', children: true },
            childCount('withoutPurpose', 'IPA without a purpose'),
            childCount('withoutOutcomes', 'IPA without outcomes'),
            childCount('tieredCallOffs', 'Call-offs on tiered arrangements'),
            childCount('tierOrderNotFollowed', 'Tier order not followed, no exception recorded'),
            childCount('urgentCallOffs', 'Urgent call-offs'),
            childCount('urgentWithNeedDate', 'Urgent, with the date the need was identified'),
            childCount('urgentKnownEarlier', `Urgent, need known more than ${known} days before`),
            childCount('offArrangement', 'Off the arrangements (spot)'),
            childCount('offArrangementWithReason', 'Off the arrangements, reason recorded'),
          ],
          disclosure: {
            from: { medianDaysToIssue: ['issueDateRecorded'] },
            partOf: {
              issueDateRecorded: 'placements',
              issuedLate: 'issueDateRecorded',
              withoutPurpose: 'placements',
              withoutOutcomes: 'placements',
              tierOrderNotFollowed: 'tieredCallOffs',
              urgentWithNeedDate: 'urgentCallOffs',
              urgentKnownEarlier: 'urgentWithNeedDate',
              offArrangement: 'placements',
              offArrangementWithReason: 'offArrangement',
            },
            totalRow: true,
          },
        },
        [
          ...byAuthority.map(([code, list]) => ({ authority: code, authorityName: authorityName(context, code), ...figures(list) })),
          { authority: null, authorityName: 'All placing authorities', ...figures(facts) },
        ],
        basis(context, documents, basisText),
        threshold,
      ),
      offArrangementReasons: makeTable(
        {
          title: 'Why placements were bought off the arrangements',
          description: "Spot purchases by the reason recorded on the route (offArrangementReason), the authority's own provision left out.",
          columns: [textColumn('reason', 'Reason code'), textColumn('reasonName', 'Reason'), childCount('placements', 'Placements')],
          disclosure: { totalRow: true },
        },
        [
          ...reasons.map(([reason, list]) => ({
            reason: reason || null,
            reasonName: reason ? label(reason) : 'No reason recorded',
            placements: list.length,
          })),
          { reason: null, reasonName: 'All placements off the arrangements', placements: off.length },
        ],
        basis(context, { PlacementAgreement: off.length }, 'Spot purchases among the placements started on or before the as-of date.'),
        threshold,
      ),
    },
  };
}

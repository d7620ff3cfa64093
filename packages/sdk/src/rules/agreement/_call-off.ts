/*
 * The tier-order check of a call-off record, shared by placement agreements and placement
 * requests (both carry `route` and `callOff` in their spec).
 */
import type { v1_common } from '@nof/schemas';
import type { TypedDocument } from '../../model/documents.js';
import type { RuleContext } from '../rule.js';
import { routeTarget, tiersOf } from './_documents.js';

type Approach = v1_common.CallOffApproach;

/** The tier ranks the route's lot (or arrangement) has, and which of the two holds them. */
interface RouteTiers {
  ranks: Set<number>;
  where: string;
}

interface Timed {
  approach: Approach & { tierRank: number };
  index: number;
  at: number;
}

/** `2015-06-01 09:31` from `2015-06-01T09:31:00+01:00`: the time as the record gives it. */
function when(dateTime: string): string {
  return dateTime.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');
}

/** Why an approach broke tier order, given every tiered approach and the tiers the route has. */
function breach(a: Timed, tiered: Timed[], tiers: RouteTiers): string | undefined {
  const name = (t: Timed) => `tier ${t.approach.tierRank} provider "${t.approach.provider}"`;
  for (let rank = 1; rank < a.approach.tierRank; rank++) {
    const lower = tiered.filter((t) => t.approach.tierRank === rank);
    const later = lower.find((t) => t.at > a.at);
    if (later) return `${name(later)} was approached later (${when(later.approach.approachedAt)})`;
    const waiting = lower.find((t) => t.approach.respondedAt !== undefined && Date.parse(t.approach.respondedAt) > a.at);
    if (waiting) return `${name(waiting)} had not yet answered (it answered at ${when(waiting.approach.respondedAt!)})`;
    if (lower.length === 0 && tiers.ranks.has(rank))
      return `no tier ${rank} provider was approached, though ${tiers.where} has a tier ${rank}`;
  }
  return undefined;
}

/**
 * Reports each approach made before the tiers above it had their turn: a lower tier approached
 * later, still considering the referral, or skipped. Quiet when an urgent exception is recorded
 * (unless the arrangement allows none) or when the arrangement's call-off is not tier by tier.
 */
export function checkTierOrder(
  {
    document,
    workspace,
    report,
  }: Pick<RuleContext<TypedDocument<'PlacementAgreement' | 'PlacementRequest'>>, 'document' | 'workspace' | 'report'>,
  authority: string | undefined,
): void {
  const spec = document.value.spec;
  const callOff = spec.callOff;
  if (!callOff) return;
  const target = routeTarget(workspace, spec.route);
  const procedure = target?.arrangement.callOff;
  if (procedure?.method !== undefined && procedure.method !== 'sequential-by-tier') return;
  const exceptionBarred = procedure?.urgentException?.allowed === false;
  if ((callOff.urgent === true || callOff.exceptionReason !== undefined) && !exceptionBarred) return;
  const tiered = callOff.approaches
    .map((approach, index) => ({ approach, index, at: Date.parse(approach.approachedAt) }))
    .filter((t): t is Timed => t.approach.tierRank !== undefined && !Number.isNaN(t.at));
  const tiers: RouteTiers = {
    ranks: new Set(target ? tiersOf(target, authority).map((t) => t.rank) : []),
    where: target?.lot?.tiers?.length ? 'the lot' : 'the arrangement',
  };
  const advice = exceptionBarred
    ? ' The arrangement allows no urgent exception to its tier order.'
    : ' If the placement was too urgent to go tier by tier, record `urgent: true` and the reason in `exceptionReason`.';
  for (const a of tiered) {
    const why = breach(a, tiered, tiers);
    if (why === undefined) continue;
    report({
      path: `/spec/callOff/approaches/${a.index}/tierRank`,
      message: `Tier order not followed: tier ${a.approach.tierRank} provider "${a.approach.provider}" was approached at ${when(a.approach.approachedAt)}, but ${why}.${advice}`,
    });
  }
}

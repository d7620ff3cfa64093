import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';
import { describeTarget, joinAnd, routeTarget, tiersOf } from './_documents.js';

/** The route types that buy under each kind of arrangement (a rolling select list is called off like a framework, or used as a list). */
const ROUTES_FOR: Record<string, string[]> = {
  'framework-agreement': ['framework-call-off'],
  'dynamic-purchasing-system': ['dps-call-off'],
  'approved-provider-list': ['approved-list'],
  'rolling-select-list': ['framework-call-off', 'approved-list'],
  'block-contract': ['block'],
  'cost-and-volume-contract': ['cost-and-volume'],
};

export default defineRule({
  id: 'agreement/route-consistent',
  description: "The route's type fits the arrangement it names, and its tier is one of the lot's tiers.",
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `The route says how a placement was bought. The 2015 review describes each kind of
arrangement (section 2.2): framework agreements with lots and tiers, dynamic purchasing systems,
approved provider lists bought from at spot prices, block contracts for a fixed number of places,
cost-and-volume contracts, and spot purchases outside any arrangement. Which terms, prices and
call-off procedure apply depends on it, so the route must agree with the consortium's record of
the arrangement. (That the consortium, arrangement and lot exist is checked by
\`reference/unresolved\`.)

**Fails**:
- a route other than \`spot\` that names no consortium or arrangement;
- a \`spot\` route that names an arrangement (a spot purchase is outside any arrangement);
- a route type that does not fit the arrangement: \`type: block\` naming a framework agreement
  (a \`block\` route belongs to a block contract, \`framework-call-off\` to a framework agreement or
  rolling select list, \`dps-call-off\` to a dynamic purchasing system, \`approved-list\` to an
  approved provider list or rolling select list, \`cost-and-volume\` to a cost-and-volume contract);
- no lot named on an arrangement that has lots (a warning: the lot sets the age bands and prices);
- a \`tierRank\` the lot (or, for tiers across the arrangement, the arrangement) does not have,
  counting only tiers for the placing authority where tiers differ by authority.

**Passes**: \`{ type: framework-call-off, consortium: white-rose, arrangement: ifa-framework, lot:
standard, tierRank: 2 }\` when that framework's lot \`standard\` has a tier 2.

**Fix**: correct the route type (the fitting type is offered), the lot or the tier.`,
  check({ document, workspace, report }) {
    const spec = document.value.spec;
    const route = spec.route;
    if (route.type === 'spot') {
      if (route.arrangement !== undefined) {
        report({
          path: '/spec/route/arrangement',
          message: `A spot purchase is bought outside any arrangement, yet the route names arrangement "${route.arrangement}": change the route type, or leave the arrangement out.`,
        });
      }
      return;
    }
    if (route.consortium === undefined || route.arrangement === undefined) {
      const missing = joinAnd(
        [route.consortium === undefined ? '`consortium`' : '', route.arrangement === undefined ? '`arrangement`' : ''].filter(Boolean),
      );
      report({
        path: '/spec/route',
        target: 'key',
        message: `A ${route.type} route must name the ${missing} it was bought under (use type \`spot\` for a purchase outside any arrangement).`,
      });
      return;
    }
    const target = routeTarget(workspace, route);
    if (!target) return;
    const fitting = ROUTES_FOR[target.arrangement.type] ?? [];
    if (!fitting.includes(route.type)) {
      report({
        path: '/spec/route/type',
        message: `A ${route.type} route does not fit ${describeTarget(target)}, which is a ${target.arrangement.type}: its placements are bought by ${joinAnd(fitting, 'or')}.`,
        fixes: fitting.map((type, i) => replaceFix(`Change to ${type}`, document.rangeOf('/spec/route/type', 'value'), type, i === 0)),
        related: [{ document: target.consortium, path: `${target.arrangementPath}/type`, message: 'The arrangement type.' }],
      });
    }
    const lots = target.arrangement.lots ?? [];
    if (route.lot === undefined && lots.length > 0) {
      report({
        path: '/spec/route',
        target: 'key',
        severity: 'warning',
        message: `The ${describeTarget(target)} has lots (${joinAnd(lots.map((l) => `"${l.id}"`))}): name the lot the placement was called off.`,
      });
      return;
    }
    if (route.tierRank === undefined) return;
    const ranks = [...new Set(tiersOf(target, spec.placingAuthority).map((t) => t.rank))].sort((a, b) => a - b);
    if (ranks.includes(route.tierRank)) return;
    const has = ranks.length ? `has tiers ${joinAnd(ranks.map(String))}` : 'has no tiers';
    report({
      path: '/spec/route/tierRank',
      message: `No tier ${route.tierRank} on ${describeTarget(target)}: it ${has}.`,
      related: [{ document: target.consortium, path: target.lotPath ?? target.arrangementPath, message: 'The tiers the route can name.' }],
    });
  },
});

import { defineRule } from '../rule.js';
import { describeTarget, joinAnd, routeTarget } from './_documents.js';

/**
 * The kinds of SSDA903 placement type (the codelist's `service` attribute) that fit each service a
 * consortium buys. A children's home lot takes a children's home (K2) or a family centre (R3, a
 * parent and child placement), not a secure home (K1), a care home (R1) or a school (S1); a
 * residential special school is S1, or K2 when dual-registered as a children's home.
 */
const FITTING: Record<string, string[]> = {
  fostering: ['fostering'],
  'residential-child-care': ['childrens-home', 'family-centre'],
  'residential-special-school': ['residential-school', 'childrens-home'],
  'sixteen-plus': ['supported-accommodation', 'independent-living'],
};

export default defineRule({
  id: 'agreement/placement-type-fits-service',
  description: 'The SSDA903 placement type fits the service of the lot (or arrangement) the placement was called off.',
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Consortia buy fostering, residential child care, residential special school and 16+
placements under separate arrangements and lots, with different specifications and prices (the
2015 review, section 2.2). The SSDA903 placement type the authority reports to the Department
for Education says what kind of placement the child actually has. If the two disagree, either the
placement was called off under the wrong lot or it will be reported wrongly.

The service is the lot's \`service\`, else the arrangement's \`services\`. Which placement types
fit it comes from the SSDA903 codelist's \`service\` attribute: fostering takes U1-U6 (and
Q1-Q2 before April 2014); residential child care takes K2 (children's home) and R3 (family centre
or mother and baby unit); residential special schools take S1, or K2 for a school dual-registered
as a children's home; 16+ takes supported accommodation and independent living (H5, K3, P2). A
secure children's home (K1), a care home (R1) and residential employment (P3) fit none of them:
secure welfare and care homes are not bought on ordinary lots.

**Fails**: \`placementType: K2\` (children's home) called off a fostering lot; \`S1\` (a
residential school) or \`K1\` (secure) called off a children's home lot.

**Passes**: \`placementType: U6\` called off a fostering lot.

**Fix**: correct the placement type, or call the placement off under a lot for that service.`,
  check({ document, workspace, codelists, asOf, report }) {
    const spec = document.value.spec;
    const target = routeTarget(workspace, spec.route);
    const code = spec.placementType;
    if (!target) return;
    const services = target.lot?.service !== undefined ? [target.lot.service] : (target.arrangement.services ?? []);
    const entry = codelists.entry('ssda903-placement-types', code);
    const kind = entry?.attributes?.service;
    if (services.length === 0 || typeof kind !== 'string') return;
    if (services.some((s) => (FITTING[s] ?? []).includes(kind))) return;
    const fitting = codelists
      .list('ssda903-placement-types')!
      .entries.filter((e) => services.some((s) => (FITTING[s] ?? []).includes(String(e.attributes?.service))))
      .map((e) => e.code)
      // Name only the codes in use when the placement started (Q1 and Q2 gave way to U1-U6 in 2014).
      .filter((c) => codelists.status('ssda903-placement-types', c, spec.startDate ?? asOf).state === 'valid');
    report({
      path: '/spec/placementType',
      message: `Placement type ${code} (${entry!.label}) does not fit ${describeTarget(target)}, which buys ${joinAnd(services, 'or')}${fitting.length ? `: its placement types are ${joinAnd(fitting, 'or')}` : ''}.`,
      related: [{ document: target.consortium, path: target.lotPath ?? target.arrangementPath, message: 'The service bought here.' }],
    });
  },
});

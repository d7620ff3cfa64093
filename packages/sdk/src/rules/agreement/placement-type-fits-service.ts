import { defineRule } from '../rule.js';
import { describeTarget, joinAnd, routeTarget } from './_documents.js';

/**
 * The SSDA903 placement type services (the codelist's `service` attribute) that fit each
 * service a consortium buys. A residential special school is S1, or K2 when dual-registered as a
 * children's home, both of which the codelist files under residential child care.
 */
const FITTING: Record<string, string[]> = {
  fostering: ['fostering'],
  'residential-child-care': ['residential-child-care'],
  'residential-special-school': ['residential-child-care'],
  'sixteen-plus': ['independent'],
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
fit it comes from the SSDA903 codelist's \`service\` attribute: fostering takes U1-U6;
residential child care and residential special schools take K1, K2, R1, R3 and S1; 16+ takes the
independent-living codes (K3, H5, P2, P3).

**Fails**: \`placementType: K2\` (children's home) called off a fostering lot.

**Passes**: \`placementType: U6\` called off a fostering lot.

**Fix**: correct the placement type, or call the placement off under a lot for that service.`,
  check({ document, workspace, codelists, report }) {
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
      .map((e) => e.code);
    report({
      path: '/spec/placementType',
      message: `Placement type ${code} (${entry!.label}) does not fit ${describeTarget(target)}, which buys ${joinAnd(services, 'or')}${fitting.length ? `: its placement types are ${joinAnd(fitting, 'or')}` : ''}.`,
      related: [{ document: target.consortium, path: target.lotPath ?? target.arrangementPath, message: 'The service bought here.' }],
    });
  },
});

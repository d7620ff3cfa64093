import { defineRule } from '../rule.js';
import { describeTarget, listAgeBands, routeTarget } from './_documents.js';

export default defineRule({
  id: 'agreement/age-fits-lot',
  description: "The child's age at the start of the placement fits one of the lot's age bands.",
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Framework lots are often divided by age band (White Rose: 0-4, 5-10 and 11-18), and the
age band sets the price ceiling and the specification the provider tendered against. A child
placed under a lot whose bands do not include their age was bought under terms that were not
written for them, and the price cannot be compared with the lot's ceiling.

The rule uses \`child.ageAtStart\` (whole years on the start date; not personal on its own) and
the age bands of the lot the route names. It is quiet when either is missing.

**Fails**: \`ageAtStart: 17\` on a lot with bands 0-4, 5-10 and 11-16.

**Passes**: \`ageAtStart: 12\` on a lot with bands 0-4, 5-10 and 11-18.

**Fix**: call the placement off under the lot that covers the child's age, or correct the age.`,
  check({ document, workspace, report }) {
    const spec = document.value.spec;
    const age = spec.child.ageAtStart;
    const target = routeTarget(workspace, spec.route);
    if (age === undefined || !target?.lot) return;
    const bands = target.lot.ageBands ?? [];
    if (bands.length === 0 || bands.some((b) => b.from <= age && age <= b.to)) return;
    report({
      path: '/spec/child/ageAtStart',
      message: `The child's age at the start, ${age}, is in none of the age bands of ${describeTarget(target)} (${listAgeBands(bands)}).`,
      related: [{ document: target.consortium, path: `${target.lotPath}/ageBands`, message: "The lot's age bands." }],
    });
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/outcome-addresses-assessed-need',
  description: 'In a nof/v2 agreement every outcome names the assessed needs it addresses, and only needs the agreement assessed.',
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v2'],
  docs: `The 2015 review found Individual Placement Agreements too vague to track: outcomes were written
without saying which of the child's needs they answer, so nobody could tell whether the placement
met the needs it was bought for. Version 2 of the agreement ties each outcome to need domains with
\`addresses\`. The schema checks the domains exist in the framework; this rule checks they are needs
this agreement actually assessed, and that no outcome is left untied.

Agreements written against nof/v1 have no \`addresses\` and are not checked.

**Fails**: an outcome with \`addresses: [education]\` when \`assessedNeeds\` lists only
\`emotional-wellbeing\`; or an outcome with no \`addresses\` at all.

**Passes**: every outcome's \`addresses\` lists domains from \`assessedNeeds\`.

**Fix**: add the need to \`assessedNeeds\` (with its level), or point the outcome at a need that was assessed.`,
  check({ document, report }) {
    const spec = document.value.spec;
    const assessed = new Set((spec.assessedNeeds ?? []).map((n) => n.domain));
    (spec.outcomes ?? []).forEach((outcome, i) => {
      if (!outcome.addresses) {
        report({
          path: `/spec/outcomes/${i}/id`,
          message: `Outcome \`${outcome.id}\` does not say which assessed needs it addresses: add \`addresses\`.`,
        });
        return;
      }
      outcome.addresses.forEach((domain, j) => {
        if (assessed.has(domain)) return;
        const known = [...assessed].map((d) => `\`${d}\``).join(', ') || 'none';
        report({
          path: `/spec/outcomes/${i}/addresses/${j}`,
          message: `Outcome \`${outcome.id}\` addresses \`${domain}\`, which is not among this agreement's assessed needs (${known}).`,
        });
      });
    });
  },
});

import { defineRule } from '../rule.js';
import { indicatorOf, outcomesOf } from './_documents.js';
import { caseFix, describeScale, onScale } from './_scale.js';

export default defineRule({
  id: 'agreement/outcome-values-on-scale',
  description: "An outcome's baseline and target lie on its indicator's measurement scale.",
  severity: 'error',
  kinds: ['PlacementAgreement', 'PlacementRequest'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Each outcome is measured on an indicator of the needs and outcomes framework, and the
indicator's scale gives the baseline (where the child is now) and the target their meaning: a
score from 0 to 40 for the SDQ total difficulties, a point of an ordinal rating, a percentage,
red/amber/green, or yes/no. The review found social workers had difficulty "specifying outcomes",
and that providers wanted outcomes that can be measured; a value off the scale cannot be tracked.
(That the domain and indicator exist in the framework, and the indicator belongs to the domain,
is checked by \`reference/unresolved\`.)

Applies to an agreement's \`outcomes\` and a request's \`outcomesSought\`.

**Fails**: \`baseline: 45\` on the SDQ indicator (a score from 0 to 40); \`target: 4\` on a 1-3
ordinal scale; \`target: Amber\` on a RAG scale (offered the fix \`amber\`).

**Passes**: \`baseline: 19, target: 15\` on the SDQ indicator.

**Fix**: give a value on the indicator's scale, or choose the indicator the value is measured on.`,
  check({ document, workspace, report }) {
    const { pointer, outcomes } = outcomesOf(document);
    const framework = document.value.spec.framework;
    outcomes.forEach((outcome, i) => {
      const indicator = indicatorOf(workspace, framework, outcome.domain, outcome.indicator);
      if (!indicator) return;
      for (const field of ['baseline', 'target'] as const) {
        const value = outcome[field];
        if (value === undefined || onScale(indicator.scale, value)) continue;
        const path = `${pointer}/${i}/${field}`;
        report({
          path,
          message: `The ${field} ${JSON.stringify(value)} is not on the scale of indicator "${indicator.id}" (${indicator.name}), which takes ${describeScale(indicator.scale)}.`,
          fixes: caseFix(indicator.scale, value, document.rangeOf(path, 'value')),
        });
      }
    });
  },
});

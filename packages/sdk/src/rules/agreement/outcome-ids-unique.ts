import { repeatsIn } from '../consortium/_duplicates.js';
import { defineRule } from '../rule.js';
import { outcomesOf } from './_documents.js';

export default defineRule({
  id: 'agreement/outcome-ids-unique',
  description: 'Each outcome of an agreement (or request) has its own id.',
  severity: 'error',
  kinds: ['PlacementAgreement', 'PlacementRequest'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Outcome trackers rate progress against an agreement's outcomes by id, review after review,
and a request's outcomes sought are carried into the agreement by id. The review found the
existing outcomes tracker "complex" and "not commonly used"; NOF keeps trackers light by having
them name outcomes only by id, so two outcomes with one id would make every rating ambiguous.

**Fails**: two outcomes both with \`id: calmer\`. The second is reported, linked to the first.

**Passes**: \`calmer\` and \`attends-school\`.

**Fix**: give one of them a different id, and update any tracker ratings that meant it.`,
  check({ document, report }) {
    const { pointer, outcomes } = outcomesOf(document);
    const entries = outcomes.map((o, i) => ({ value: o.id, pointer: `${pointer}/${i}/id` }));
    for (const repeat of repeatsIn(entries)) {
      report({
        path: repeat.pointer,
        message: `Another outcome already has the id "${repeat.value}": trackers could not tell the two apart.`,
        related: [{ document, path: repeat.first, message: `The first outcome with id "${repeat.value}".` }],
      });
    }
  },
});

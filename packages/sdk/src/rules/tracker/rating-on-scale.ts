import { indicatorOf } from '../agreement/_documents.js';
import { caseFix, describeScale, onScale } from '../agreement/_scale.js';
import { defineRule } from '../rule.js';
import { trackedAgreement } from './_agreement.js';

export default defineRule({
  id: 'tracker/rating-on-scale',
  description: "Each rating's value lies on the scale of its outcome's indicator.",
  severity: 'error',
  kinds: ['OutcomeTracker'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `An outcome tracker rates progress on each of the agreement's outcomes, and the outcome's
indicator in the needs and outcomes framework says what the rating means: a score from 0 to 40,
a point of an ordinal scale, a percentage, red/amber/green or yes/no. The review found the
national contract's outcomes tracker was "complex and requires substantial resource to
administer", so NOF's tracker is only a date, a role and ratings; that only works if each rating
can be read on its indicator's scale and compared from review to review.

The scale is found through the tracked agreement: the rating's outcome, its domain and indicator,
in the framework the agreement names.

**Fails**: a rating of 52 for an outcome measured on the SDQ total difficulties score (0-40), or
\`Green\` on a RAG indicator (the fix \`green\` is offered).

**Passes**: a rating of 16 on the SDQ score, \`amber\` on a RAG indicator.

**Fix**: record the value on the indicator's scale.`,
  check({ document, workspace, report }) {
    const agreement = trackedAgreement(document, workspace);
    if (!agreement) return;
    const { outcomes = [], framework } = agreement.value.spec;
    document.value.spec.reviews.forEach((review, r) =>
      review.ratings.forEach((rating, i) => {
        // A nof/v2 rating may give the reason it could not be rated instead of a value.
        if (rating.value === undefined) return;
        const outcome = outcomes.find((o) => o.id === rating.outcome);
        const indicator = outcome && indicatorOf(workspace, framework, outcome.domain, outcome.indicator);
        if (!indicator || onScale(indicator.scale, rating.value)) return;
        const path = `/spec/reviews/${r}/ratings/${i}/value`;
        report({
          path,
          message: `The rating ${JSON.stringify(rating.value)} for outcome "${rating.outcome}" is not on the scale of its indicator "${indicator.id}" (${indicator.name}), which takes ${describeScale(indicator.scale)}.`,
          fixes: caseFix(indicator.scale, rating.value, document.rangeOf(path, 'value')),
        });
      }),
    );
  },
});

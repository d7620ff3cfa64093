import { defineRule } from '../rule.js';
import { trackedAgreement } from './_agreement.js';

export default defineRule({
  id: 'tracker/reviews-in-order',
  description: "The tracker's reviews are in date order, none before the agreement's start.",
  severity: 'warning',
  kinds: ['OutcomeTracker'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `An outcome tracker is read as a story of progress: each review's ratings against the last.
Reviews are recorded oldest first, so the latest one is the child's current position and trends
("improving", "declining") compare neighbours. A review dated before the placement started cannot
be about this placement.

**Fails**: a review on 2016-06-01 followed by one on 2015-12-01; a review on 2015-05-01 for a
placement that started on 2015-06-03.

**Passes**: reviews on 2015-12-01 and 2016-06-01 for a placement that started on 2015-06-03.

**Fix**: put the reviews in date order, and correct (or move to the right tracker) a review
dated before the placement.`,
  check({ document, workspace, report }) {
    const reviews = document.value.spec.reviews;
    const start = trackedAgreement(document, workspace)?.value.spec.startDate;
    reviews.forEach((review, i) => {
      const path = `/spec/reviews/${i}/date`;
      if (start !== undefined && review.date < start) {
        report({ path, message: `This review is dated ${review.date}, before the placement started on ${start}.` });
      }
      const previous = reviews[i - 1];
      if (previous && review.date < previous.date) {
        report({ path, message: `This review (${review.date}) comes after one dated ${previous.date}: list reviews oldest first.` });
      }
    });
  },
});

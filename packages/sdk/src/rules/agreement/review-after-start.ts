import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/review-after-start',
  description: 'The first review and every review held fall after the placement start date.',
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Placement reviews check how a placement is going against its purpose and outcomes; the
review found that without a good Individual Placement Agreement "it is difficult to undertake
effective monitoring". A review dated before the child moved in cannot have reviewed this
placement: the date is wrong, or the review belongs to an earlier placement.

**Fails**: \`startDate: 2015-06-03\` with \`reviewSchedule.firstReviewDate: 2015-05-01\`, or a held
review dated 2015-06-01.

**Passes**: a first review on 2015-07-01 and reviews held after the start.

**Fix**: correct the date, or move the review to the agreement it belongs to.`,
  check({ document, report }) {
    const { startDate, reviewSchedule } = document.value.spec;
    if (reviewSchedule === undefined) return;
    if (reviewSchedule.firstReviewDate <= startDate) {
      report({
        path: '/spec/reviewSchedule/firstReviewDate',
        message: `The first review date ${reviewSchedule.firstReviewDate} is not after the placement start date ${startDate}.`,
      });
    }
    (reviewSchedule.reviews ?? []).forEach((review, i) => {
      if (review.date > startDate) return;
      report({
        path: `/spec/reviewSchedule/reviews/${i}/date`,
        message: `This review is dated ${review.date}, not after the placement start date ${startDate}.`,
      });
    });
  },
});

import { addPeriods, describePeriod } from '../../dates/period.js';
import { defineRule } from '../rule.js';
import { trackedAgreement } from './_agreement.js';

export default defineRule({
  id: 'tracker/review-overdue',
  description: "As of the workspace's date, the next review on the agreement's schedule is overdue.",
  severity: 'warning',
  kinds: ['OutcomeTracker'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `The Individual Placement Agreement sets when the placement is reviewed: the first review
date and how often after it, for example every six months. The 2015 review reports that "all
consortia were aware of the need to connect feedback from individual placements and the
monitoring of placements by social workers and independent reviewing officers with the
monitoring of provider contracts", and that resource pressures such as "delays in individual
placement agreements being put in place" were getting in the way (section 4.2.2.4). A review
that is due and not recorded is something NOF can see: this rule reports it.

The next review is due on the agreement's \`reviewSchedule.firstReviewDate\` until a review on or
after it is recorded, then one \`frequency\` after the latest review in the tracker. It is overdue
when that date is before the workspace's \`asOf\` date (nof.config.yaml, default today), unless it
falls after the placement ended (\`endDate\`) or, while it goes on, after its planned end.

**Fails**: reviews every 6 months, the latest recorded on 2015-12-01, judged as of 2016-07-01:
the next was due on 2016-06-01.

**Passes**: the same tracker judged as of 2016-05-31, or with a review recorded on 2016-06-01.

**Fix**: hold the review and record it in the tracker.`,
  check({ document, workspace, asOf, report }) {
    const agreement = trackedAgreement(document, workspace);
    const schedule = agreement?.value.spec.reviewSchedule;
    if (!agreement || !schedule) return;
    const dates = document.value.spec.reviews.map((r) => r.date).sort();
    const latest = dates[dates.length - 1];
    const afterLatest = latest !== undefined && latest >= schedule.firstReviewDate;
    const due = afterLatest ? addPeriods(latest, schedule.frequency) : schedule.firstReviewDate;
    const end = agreement.value.spec.endDate ?? agreement.value.spec.plannedEndDate;
    if (due >= asOf || (end !== undefined && due > end)) return;
    const why = afterLatest
      ? `${describePeriod(schedule.frequency)} after the latest review on ${latest}`
      : "the agreement's first review date";
    report({
      path: '/spec/reviews',
      target: 'key',
      message: `A review was due on ${due} (${why}) and none is recorded since, as of ${asOf}.`,
    });
  },
});

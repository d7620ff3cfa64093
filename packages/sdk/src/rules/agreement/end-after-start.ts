import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/end-after-start',
  description: 'A planned end date falls after the start date, and the placement did not end before it started.',
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `An Individual Placement Agreement runs from the child's admission (\`startDate\`) to its
planned end when it is time-limited, and once it is over its \`endDate\` is the day the child left.
A planned end on or before the start, or an end before it, is a mistyped date, and it makes
every date-based check of the placement (which codes were valid, whether reviews are due) and
how long placements last judge the wrong period.

**Fails**: \`startDate: 2015-06-03\`, \`plannedEndDate: 2015-06-02\`; \`endDate: 2015-05-30\`.

**Passes**: \`startDate: 2015-06-03\`, \`plannedEndDate: 2016-06-02\`; \`endDate: 2015-11-20\`, or the
start day itself for a placement that ended the day it began.

**Fix**: correct whichever date is wrong.`,
  check({ document, report }) {
    const { startDate, plannedEndDate, endDate } = document.value.spec;
    if (plannedEndDate !== undefined && plannedEndDate <= startDate) {
      report({ path: '/spec/plannedEndDate', message: `The planned end date ${plannedEndDate} is not after the start date ${startDate}.` });
    }
    if (endDate !== undefined && endDate < startDate) {
      report({ path: '/spec/endDate', message: `The placement is recorded as ending on ${endDate}, before it started on ${startDate}.` });
    }
  },
});

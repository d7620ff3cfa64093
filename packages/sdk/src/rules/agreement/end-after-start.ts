import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/end-after-start',
  description: 'A planned end date falls after the start date.',
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `An Individual Placement Agreement runs from the child's admission (\`startDate\`) to its
planned end when it is time-limited. An end on or before the start is a mistyped date, and it
makes every date-based check of the placement (which codes were valid, whether reviews are due)
judge the wrong period.

**Fails**: \`startDate: 2015-06-03\`, \`plannedEndDate: 2015-06-02\`.

**Passes**: \`startDate: 2015-06-03\`, \`plannedEndDate: 2016-06-02\`.

**Fix**: correct whichever date is wrong.`,
  check({ document, report }) {
    const { startDate, plannedEndDate } = document.value.spec;
    if (plannedEndDate === undefined || plannedEndDate > startDate) return;
    report({ path: '/spec/plannedEndDate', message: `The planned end date ${plannedEndDate} is not after the start date ${startDate}.` });
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'monitoring/not-in-future',
  description: "A monitoring visit is dated on or before the workspace's date: it records monitoring done.",
  severity: 'warning',
  kinds: ['MonitoringVisit'],
  apiVersions: ['nof/v1'],
  docs: `A MonitoringVisit records monitoring that was done: its findings, evidence and actions. NOF
counts it when it says which settings were visited within their arrangement's interval and which
were visited twice, so a visit dated after the workspace's \`asOf\` date (nof.config.yaml,
default today) would count a visit that has not happened, usually because the year was mistyped.
A planned visit belongs in the last visit's \`nextDue\`.

**Fails**: a visit dated 2016-03-10 in a workspace judged as of 2015-06-01.

**Passes**: a visit dated on or before the workspace's date.

**Fix**: correct the date, or record the plan as \`nextDue\` on the latest visit.`,
  check({ document, asOf, report }) {
    const { date } = document.value.spec;
    if (date <= asOf) return;
    report({
      path: '/spec/date',
      message: `The monitoring is dated ${date}, after ${asOf}, the date the workspace is judged on: record a planned visit as \`nextDue\` on the latest one.`,
    });
  },
});

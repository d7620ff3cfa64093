import { defineRule } from '../rule.js';

export default defineRule({
  id: 'monitoring/action-dates-after-visit',
  description: 'Every action agreed at a monitoring visit is due, and completed, on or after the day of the visit.',
  severity: 'warning',
  kinds: ['MonitoringVisit'],
  apiVersions: ['nof/v1'],
  docs: `A monitoring visit ends with the actions agreed, each with who does it and by when. The 2015
review found members of a consortium monitoring very differently and providers unsure what was
done with what they were asked for (sections 4.2.1.3 and 4.2.2.4); a shared record of actions is
only useful when its dates can be trusted. An action cannot be due, or completed, before the
monitoring that agreed it: such a date is a typing mistake (often the year).

**Fails**: a visit on 2015-03-10 with an action \`due: 2014-07-14\`, or \`completedOn: 2015-03-01\`.

**Passes**: \`due: 2015-07-14\`, \`completedOn: 2015-06-30\`; an action due on the day of the visit.

**Fix**: correct the date.`,
  check({ document, report }) {
    const { date, actions = [] } = document.value.spec;
    actions.forEach((action, i) => {
      for (const field of ['due', 'completedOn'] as const) {
        const value = action[field];
        if (value === undefined || value >= date) continue;
        const what = field === 'due' ? 'is due' : 'was completed';
        report({
          path: `/spec/actions/${i}/${field}`,
          message: `The action ${what} on ${value}, before the monitoring that agreed it (${date}).`,
        });
      }
    });
  },
});

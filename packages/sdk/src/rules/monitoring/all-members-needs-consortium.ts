import { defineRule } from '../rule.js';

export default defineRule({
  id: 'monitoring/all-members-needs-consortium',
  description: 'Monitoring done for all members names the consortium whose members they are.',
  severity: 'error',
  kinds: ['MonitoringVisit'],
  apiVersions: ['nof/v1'],
  docs: `Consortia share monitoring out: under a link-officer system (NE7, NE6, CCRAG) each member
monitors its allocated providers "on behalf of all members of the framework", and a central team
(East Midlands) monitors for every member. \`onBehalfOf: { allMembers: true }\` records that, and
it means the members of the consortium named in \`consortium\`: without one, nobody can tell
whose monitoring it is, and the visit cannot show which members may rely on it instead of
visiting again.

**Fails**: \`onBehalfOf: { allMembers: true }\` with no \`consortium\`.

**Passes**: the same with \`consortium: white-rose-fostering\`; or \`onBehalfOf: { authorities: [...] }\`.

**Fix**: name the consortium, or list the authorities the monitoring was done for.`,
  check({ document, report }) {
    const spec = document.value.spec;
    if (spec.onBehalfOf?.allMembers !== true || spec.consortium !== undefined) return;
    report({
      path: '/spec/onBehalfOf/allMembers',
      message:
        'The monitoring is recorded as done for all members, but no consortium is named: add `consortium`, or list the authorities in `onBehalfOf.authorities`.',
    });
  },
});

import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/urgent-exception-described',
  description: 'An allowed exception for urgent placements says when it applies and what is recorded.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `The 2015 review (section 4.2.2) found the tiered call-off "is not always adhered to": "the most
common reason for not adhering to the prescribed call off procedure is that the placement is
needed so urgently there is not time to go through a process of sequentially going out to each
tier and the placement request goes to all tiers at the same time". An exception for urgent
placements is legitimate, but only if members know when it applies and what they must record,
so that departures can be told apart from habit and checked later.

**Fails**: \`urgentException: { allowed: true }\` with no \`description\`.

**Passes**: \`urgentException: { allowed: true, description: "Same-day placements may go to all tiers at
once; the reason is recorded on the call-off record." }\`, or \`allowed: false\`.

**Fix**: add a \`description\` saying when the exception applies and what must be recorded.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const exception = arrangement.callOff?.urgentException;
      if (!exception?.allowed || exception.description) continue;
      report({
        path: `${pointer}/callOff/urgentException`,
        target: 'key',
        message: `Arrangement "${arrangement.id}" allows urgent placements to depart from the call-off procedure without saying when: describe when the exception applies and what must be recorded.`,
      });
    }
  },
});

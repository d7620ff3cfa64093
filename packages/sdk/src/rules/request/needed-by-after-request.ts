import { replaceFix } from '../../schema/fixes.js';
import { daysBetween } from '../../dates/calendar.js';
import { defineRule } from '../rule.js';

/** The urgency that fits a gap of `days` between request and need, as the Placements Data Standard bands it. */
function urgencyFor(days: number): string[] {
  if (days === 0) return ['emergency'];
  if (days < 5) return ['urgent'];
  // Exactly 5 days is neither "in less than 5 days" nor "in more than 5 days": either fits.
  return days === 5 ? ['urgent', 'planned'] : ['planned'];
}

export default defineRule({
  id: 'request/needed-by-after-request',
  description: 'The date a placement is needed by is not before the request date, and the urgency fits the time between them.',
  severity: 'error',
  kinds: ['PlacementRequest'],
  apiVersions: ['nof/v1'],
  docs: `Providers told the 2015 review they were "often asked to provide emergency placements at
short notice despite the local authority having been aware for some time beforehand that a
placement was required", and the review found referrals were sent to all tiers at once when a
placement was urgent. Recording when the request was made, when the placement is needed and how
urgent it is, consistently, shows how much notice providers were given, and is market
intelligence on how often emergencies really happen.

**Fails**:
- \`neededBy\` before \`requestDate\` (an error);
- an urgency that does not fit the gap (a warning): \`emergency\` is for the same day
  (the Placements Data Standard's "Today"), \`urgent\` for fewer than 5 days ahead, \`planned\`
  for more than 5 days ahead (exactly 5 days may be urgent or planned).

**Passes**: requested 2015-06-01, needed by 2015-06-01, \`urgency: emergency\`; or needed by
2015-07-01, \`urgency: planned\`.

**Fix**: correct the dates, or the urgency (the fitting one is offered).`,
  check({ document, report }) {
    const { requestDate, neededBy, urgency } = document.value.spec;
    if (neededBy === undefined) return;
    const days = daysBetween(requestDate, neededBy);
    if (days < 0) {
      report({ path: '/spec/neededBy', message: `The placement is needed by ${neededBy}, before the request was made on ${requestDate}.` });
      return;
    }
    const fitting = urgencyFor(days);
    if (urgency === undefined || fitting.includes(urgency)) return;
    const gap = days === 0 ? 'the same day' : `${days} day${days === 1 ? '' : 's'} after the request`;
    report({
      path: '/spec/urgency',
      severity: 'warning',
      message: `Urgency "${urgency}" does not fit a placement needed ${gap} (${requestDate} to ${neededBy}): that is ${fitting.join(' or ')}.`,
      fixes: fitting.map((u, i) => replaceFix(`Change to ${u}`, document.rangeOf('/spec/urgency', 'value'), u, i === 0)),
    });
  },
});

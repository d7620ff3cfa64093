import { checkTierOrder } from '../agreement/_call-off.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'request/call-off-tier-order',
  description: 'The request was sent to tier 1 before tier 2 (and so on) unless an urgent exception is recorded.',
  severity: 'warning',
  kinds: ['PlacementRequest'],
  apiVersions: ['nof/v1'],
  docs: `The same check as \`agreement/call-off-tier-order\`, on the record of the providers a
placement request was sent to (which may stay open, or go unfilled, without any agreement).

The 2015 review found that on tiered frameworks referrals were sometimes "sent out to all providers
on all tiers at the same time", usually because the placement was urgent, which procurement leads
saw as potentially a breach of contract. Recording every approach, and the reason when the tiers
were not followed, makes this visible.

**Fails**: the request sent to a tier 2 provider before any tier 1 provider, with no urgent
exception recorded.

**Passes**: tier 1 approached first and answered before tier 2 was approached; or
\`urgent: true\` with an \`exceptionReason\`.

**Fix**: record the urgent exception and its reason, or correct the recorded approach times.`,
  check(context) {
    checkTierOrder(context, context.document.value.spec.requestingAuthority);
  },
});

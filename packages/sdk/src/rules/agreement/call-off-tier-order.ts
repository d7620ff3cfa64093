import { defineRule } from '../rule.js';
import { checkTierOrder } from './_call-off.js';

export default defineRule({
  id: 'agreement/call-off-tier-order',
  description: 'The call-off record approaches tier 1 before tier 2 (and so on) unless an urgent exception is recorded.',
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `On a tiered framework the tiers are approached in order: tier 1 providers (usually the best
price at the required quality) first, then tier 2 once tier 1 cannot offer, and so on. The 2015
review found this was often not done: "there are sometimes occasions when referrals are sent out
to all providers on all tiers at the same time", most often because the placement was needed too
urgently to go tier by tier. Procurement leads saw this as "potentially being in breach of
contract", and it loses the lower prices the tiers were negotiated for. The call-off record
exists so that such departures are visible and explained.

An approach breaks the order when a lower-numbered tier was approached **later**, was still
considering the referral (it answered after this approach was made), or was **not approached at
all** although the route's lot has that tier. The rule is quiet when the record says the placement
was \`urgent\` or gives an \`exceptionReason\` (unless the arrangement's call-off procedure sets
\`urgentException.allowed: false\`), and when the arrangement's call-off method is not
\`sequential-by-tier\` (all tiers at once, mini-competition, direct award).

**Fails**: tier 2 provider approached at 09:30 and tier 1 provider at 10:15, with no urgent
exception recorded.

**Passes**: tier 1 approached at 09:30 and answered "no vacancy" at 10:00, tier 2 approached at
10:05; or the same record with \`urgent: true\` and an \`exceptionReason\`.

**Fix**: record the urgent exception and its reason (describe the circumstances, not the child),
or correct the approach times if they were recorded wrongly.`,
  check(context) {
    checkTierOrder(context, context.document.value.spec.placingAuthority);
  },
});

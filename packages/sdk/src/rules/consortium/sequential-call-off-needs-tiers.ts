import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/sequential-call-off-needs-tiers',
  description: 'A sequential-by-tier call-off has tiers to go through: in the arrangement or in every lot.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Under a sequential call-off "those on tier one will normally be approached first" (2015 review,
section 2.2), then tier 2 and so on; Merseyside's members "are expected to approach providers on
one tier before moving on to the next". The review also found tiers were often skipped, so NOF
checks each call-off against them. That needs the tiers: an arrangement with
\`method: sequential-by-tier\` and no tiers gives nothing to approach in order.

Tiers may be the arrangement's own (Tees Valley: two tiers, no lots) or each lot's. When lots
carry the tiers, a lot without any is reported on its own.

**Fails**: \`callOff: { method: sequential-by-tier }\` with no tiers anywhere; or lots \`standard\`
(with tiers) and \`solo\` (without) under that method.

**Passes**: the same method with tiers on the arrangement, or on every lot; any other method
without tiers.

**Fix**: record the tiers, or change the call-off method (\`all-tiers-at-once\`,
\`mini-competition\`, \`direct-award\` or \`spot-from-list\`).`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      if (arrangement.callOff?.method !== 'sequential-by-tier' || arrangement.tiers?.length) continue;
      const lots = arrangement.lots ?? [];
      if (!lots.some((lot) => lot.tiers?.length)) {
        report({
          path: `${pointer}/callOff/method`,
          message: `Arrangement "${arrangement.id}" calls off sequentially by tier but has no tiers: record its tiers (or each lot's) or change the call-off method.`,
        });
        continue;
      }
      lots.forEach((lot, i) => {
        if (lot.tiers?.length) return;
        report({
          path: `${pointer}/lots/${i}`,
          target: 'key',
          message: `Lot "${lot.id}" has no tiers, but arrangement "${arrangement.id}" calls off sequentially by tier: record the lot's tiers.`,
        });
      });
    }
  },
});

import { defineRule } from '../rule.js';
import { chargedShare, coreFee, pounds, samePence } from './_money.js';
import { replaceFix } from '../../schema/fixes.js';

export default defineRule({
  id: 'agreement/fees-add-up',
  description: 'The total weekly cost equals the weekly fee plus the weekly additional services the placing authority pays for.',
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `The residential IPA schedule is titled "Total IPA weekly fee payable", and the Placements
Data Standard records a placement's total weekly cost. The review found no consortium could show
value for money, partly for want of cost data that can be compared like for like; a total that
does not add up makes the agreement's cost unreliable for exactly that comparison.

When \`fees.totalWeeklyCost\` is given and the weekly fee is per week, it must equal the weekly fee
plus every additional service charged per week, except those the provider funds (included at no
extra charge). Services per placement, one-off, or per another period are not counted.

**Fails**: weekly fee £850, weekly therapy £60 funded by health, \`totalWeeklyCost: 850\`.

**Passes**: the same with \`totalWeeklyCost: 910\`.

**Fix**: correct the total (the sum is offered as a fix) or the fee and services.`,
  check({ document, report }) {
    const fees = document.value.spec.fees;
    const fee = coreFee(document);
    if (fees.totalWeeklyCost === undefined || fee.money.per !== 'week') return;
    const services = fee.services.filter((s) => s.cost.per === 'week' && chargedShare(s) > 0);
    const extra = services.reduce((sum, s) => sum + s.cost.amount * chargedShare(s), 0);
    const total = Math.round((fee.money.amount + extra) * 100) / 100;
    if (samePence(total, fees.totalWeeklyCost)) return;
    report({
      path: '/spec/fees/totalWeeklyCost',
      message: `Total weekly cost ${pounds(fees.totalWeeklyCost)} is not the weekly fee ${pounds(fee.money.amount)} plus ${services.length} weekly additional service${services.length === 1 ? '' : 's'} (${pounds(Math.round(extra * 100) / 100)}): ${pounds(total)}.`,
      fixes: [replaceFix(`Change to ${total}`, document.rangeOf('/spec/fees/totalWeeklyCost', 'value'), String(total))],
    });
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/funding-split-sums-to-100',
  description: "The funders' shares of a split-funded additional service add up to 100%.",
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v2'],
  docs: `Additional services (therapy, education support, transport) are often paid for jointly by the
placing authority, health and education; the 2015 review found these costs hard to compare because
who pays what was not recorded consistently. A nof/v2 agreement records each funder's share in
\`fundingSplit\`; shares that do not add up to 100% leave part of the cost unfunded or paid twice.

**Fails**: therapy split 50% health and 40% placing authority.

**Passes**: 50% health and 50% placing authority.

**Fix**: correct the percentages so they total 100.`,
  check({ document, report }) {
    (document.value.spec.fees.additionalServices ?? []).forEach((service, i) => {
      if (!service.fundingSplit) return;
      const total = service.fundingSplit.reduce((sum, s) => sum + s.percentage, 0);
      if (Math.abs(total - 100) < 0.001) return;
      const shares = service.fundingSplit.map((s) => `${s.funder} ${s.percentage}%`).join(', ');
      report({
        path: `/spec/fees/additionalServices/${i}/fundingSplit`,
        message: `The funding split of \`${service.id}\` adds up to ${total}% (${shares}), not 100%.`,
      });
    });
  },
});

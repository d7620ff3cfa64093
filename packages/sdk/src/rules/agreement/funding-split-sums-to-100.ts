import type { Rule } from '../rule.js';
import { records } from './_documents.js';
import { isRecord } from '../../model/is-record.js';

interface Service {
  id?: string;
  fundingSplit?: Array<{ funder: string; percentage: number }>;
}

export default {
  id: 'agreement/funding-split-sums-to-100',
  description: "The funders' shares of a split-funded additional service add up to 100%.",
  severity: 'error',
  kinds: ['PlacementAgreement'],
  docs: `Additional services (therapy, education support, transport) are often paid for jointly by the
placing authority, health and education; the 2015 review found these costs hard to compare because
who pays what was not recorded consistently. A nof/v2 agreement records each funder's share in
\`fundingSplit\`; shares that do not add up to 100% leave part of the cost unfunded or paid twice.

**Fails**: therapy split 50% health and 40% placing authority.

**Passes**: 50% health and 50% placing authority.

**Fix**: correct the percentages so they total 100.`,
  check({ document, report }) {
    if (!isRecord(document.value) || !isRecord(document.value.spec) || !isRecord(document.value.spec.fees)) return;
    records<Service>(document.value.spec.fees.additionalServices).forEach((service, i) => {
      if (!service.fundingSplit) return;
      const total = service.fundingSplit.reduce((sum, s) => sum + s.percentage, 0);
      if (Math.abs(total - 100) < 0.001) return;
      const shares = service.fundingSplit.map((s) => `${s.funder} ${s.percentage}%`).join(', ');
      report({
        path: `/spec/fees/additionalServices/${i}/fundingSplit`,
        message: `The funding split of ${service.id ? `\`${service.id}\`` : 'this service'} adds up to ${total}% (${shares}), not 100%.`,
      });
    });
  },
} satisfies Rule;

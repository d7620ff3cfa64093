import { addDays } from '../../dates/calendar.js';
import { defineRule } from '../rule.js';

/** How far ahead an expiry is flagged: time to get the renewed certificate to every consortium. */
const WARN_DAYS = 30;

export default defineRule({
  id: 'provider/insurance-expired',
  description: "An insurance policy has expired (error) or expires within 30 days (warning) as of the workspace's date.",
  severity: 'error',
  kinds: ['ProviderProfile'],
  apiVersions: ['nof/v1'],
  docs: `Consortia ask providers for evidence of insurance when they qualify onto an arrangement
and need a renewed certificate before a policy expires. The 2015 review found providers
duplicating this pre-qualification paperwork for every consortium; a single provider profile
shared with every consortium only removes that duplication if it is kept current.

Judged on the workspace's \`asOf\` date (nof.config.yaml, default today): a policy whose
\`expires\` date has passed is an error; one expiring within 30 days is a warning.

**Fails**: \`expires: 2016-03-31\` as of 2016-04-15 (expired), or as of 2016-03-10 (expiring).

**Passes**: \`expires: 2017-03-31\` as of 2016-04-15.

**Fix**: record the renewed policy's expiry date (and share the new certificate).`,
  check({ document, asOf, report }) {
    const insurance = document.value.spec.insurance ?? [];
    const soon = addDays(asOf, WARN_DAYS);
    insurance.forEach((policy, i) => {
      if (policy.expires > soon) return;
      const expired = policy.expires < asOf;
      report({
        path: `/spec/insurance/${i}/expires`,
        severity: expired ? 'error' : 'warning',
        message: expired
          ? `The ${policy.type} insurance expired on ${policy.expires} (as of ${asOf}).`
          : `The ${policy.type} insurance expires on ${policy.expires}, within ${WARN_DAYS} days of ${asOf}: a renewed certificate will be needed.`,
      });
    });
  },
});

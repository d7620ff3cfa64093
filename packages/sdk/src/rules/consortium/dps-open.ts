import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/dps-open',
  description: 'A dynamic purchasing system is open to new providers, not closed for its term.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `What makes a dynamic purchasing system a DPS is that it "is continuously or almost
continuously open for providers to join or leave the contract. Otherwise it operates much like
a framework agreement" (2015 review, section 2.2). A DPS recorded as closed to new providers for
its term is either really a framework agreement or has its openness wrong, and providers
reading it would not know they may apply.

**Fails**: \`type: dynamic-purchasing-system\` with \`openness: { providerEntry: closed-for-term }\`.

**Passes**: a DPS with \`providerEntry: continuously-open\`, or \`opens-at-intervals\` with its
\`reopenInterval\`; a DPS whose openness is not recorded.

**Fix**: set \`providerEntry\` to \`continuously-open\` (offered) or \`opens-at-intervals\`; or, if the
arrangement is closed, change its type to \`framework-agreement\`.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      if (arrangement.type !== 'dynamic-purchasing-system' || arrangement.openness?.providerEntry !== 'closed-for-term') continue;
      const path = `${pointer}/openness/providerEntry`;
      report({
        path,
        message: `Arrangement "${arrangement.id}" is a dynamic purchasing system but is closed to new providers for its term: a DPS stays open to providers, continuously or at intervals.`,
        fixes: [replaceFix('Change to continuously-open', document.rangeOf(path, 'value'), 'continuously-open')],
      });
    }
  },
});

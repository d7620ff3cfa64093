import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/variations-need-national-contract',
  description: 'An arrangement that records variations names the national contract they vary.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Variations are changes to a national contract, kept apart from the core terms so that
providers "can identify contract changes" (2015 review, section 4.2.2). A variation can only be
read against the contract it changes, so an arrangement with variations needs a contract basis
of \`national-contract\` naming that contract. Without it, the clauses the variations point at
cannot be found, and a variation report has nothing to compare.

**Fails**: variations on an arrangement with \`contractBasis: { basis: own-terms }\`, or with no
contract basis.

**Passes**: variations with \`contractBasis: { basis: national-contract, nationalContract: national-fostering-contract-2011 }\`.

**Fix**: record the national contract the arrangement is based on; or, if it really uses its own
terms, describe how they differ in the contract basis notes rather than as variations.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const basis = arrangement.contractBasis?.basis;
      if (!arrangement.variations?.length || basis === 'national-contract') continue;
      const stated =
        basis === undefined
          ? 'does not say which contract it is based on'
          : `is based on ${basis === 'own-terms' ? 'its own terms' : 'unknown terms'}`;
      report({
        path: `${pointer}/variations`,
        target: 'key',
        message: `Arrangement "${arrangement.id}" records variations to a national contract but ${stated}: name the national contract in its contract basis.`,
      });
    }
  },
});

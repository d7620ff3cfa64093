import { defineRule } from '../rule.js';
import { authorityName } from './_consortium.js';
import { repeatsIn } from './_duplicates.js';

export default defineRule({
  id: 'consortium/members-unique',
  description: 'No local authority is listed twice among the consortium members.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Each member authority has one membership entry, holding its role, when it joined and the
services it takes part in. An authority listed twice makes these ambiguous (which role? which
services?) and is counted twice wherever members are counted, such as shares of cost by number
of members or the size of the consortium in reports like the 2015 review's Appendix 1.

**Fails**: two entries with \`authority: E08000035\` (Leeds). The second is reported, with a link
to the first.

**Passes**: every authority listed once. An authority that left and rejoined keeps one entry with
its dates and a note.

**Fix**: merge the two entries into one.`,
  check({ document, codelists, report }) {
    const members = document.value.spec.members.map((m, i) => ({ value: m.authority, pointer: `/spec/members/${i}/authority` }));
    for (const { value, pointer, first } of repeatsIn(members)) {
      const name = authorityName(codelists, value);
      report({
        path: pointer,
        message: `${name} is listed more than once among the members: keep one entry per authority.`,
        related: [{ document, path: first, message: `${name} is first listed here.` }],
      });
    }
  },
});

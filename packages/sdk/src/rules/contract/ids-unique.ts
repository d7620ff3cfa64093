import { repeatsIn } from '../consortium/_duplicates.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'contract/ids-unique',
  description: 'Clause ids are unique across the whole national contract; section and schedule ids too.',
  severity: 'error',
  kinds: ['NationalContract'],
  apiVersions: ['nof/v1'],
  docs: `Consortia record their variations against a national contract's clause and schedule ids
(\`clause: fees-and-payment\`), so that providers can see exactly which terms differ: what the
2015 review's providers asked for ("managing contract variations in a way that makes them
easier to identify", section 4.2.1). A variation names a clause without naming its section, so
clause ids must be unique across the whole contract, not just within a section; otherwise a
variation could be read as changing either clause.

**Fails**: a clause \`notice\` in the section on placements and another \`notice\` in the section on
termination. The second is reported, with a link to the first. Likewise two sections or two
schedules with one id.

**Passes**: \`placement-notice\` and \`termination-notice\`.

**Fix**: rename one of them. Clause ids should not change once consortia vary them, so rename the
one no variation points at yet.`,
  check({ document, report }) {
    const spec = document.value.spec;
    const lists = [
      {
        noun: 'clause',
        items: spec.sections.flatMap((s, i) => s.clauses.map((c, j) => ({ value: c.id, pointer: `/spec/sections/${i}/clauses/${j}/id` }))),
      },
      { noun: 'section', items: spec.sections.map((s, i) => ({ value: s.id, pointer: `/spec/sections/${i}/id` })) },
      { noun: 'schedule', items: (spec.schedules ?? []).map((s, i) => ({ value: s.id, pointer: `/spec/schedules/${i}/id` })) },
    ];
    for (const { noun, items } of lists) {
      for (const { value, pointer, first } of repeatsIn(items)) {
        report({
          path: pointer,
          message: `Another ${noun} of this contract already has the id "${value}": ${noun} ids must be unique across the contract, because variations name them.`,
          related: [{ document, path: first, message: `The first ${noun} with id "${value}".` }],
        });
      }
    }
  },
});

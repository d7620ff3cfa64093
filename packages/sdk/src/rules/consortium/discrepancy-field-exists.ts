import { valueAt } from '../../parse/json-pointer.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'consortium/discrepancy-field-exists',
  description: 'A recorded discrepancy between sources names a field the document gives, with one reading per source.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `The 2015 review sometimes says one thing in section 3 and another in Appendix 1 (the Merseyside
tiers were awarded "on providers' ability to provide services that offer quality and value for
money" in 3.2.3, "on a 40% quality and 60% cost basis" in Appendix 1). A document records both
readings in \`discrepancies\` and says which one its field follows. The field must exist, so that
a reader sees the value chosen beside the readings, and each source should be read once.

**Fails**: \`field: /arrangements/0/awardWeighting\` when the first arrangement has no award
weighting; two readings from the same source.

**Passes**: a field the document gives, with readings from two different sources.

**Fix**: correct the pointer (it starts inside \`spec\`), or give the field the value followed.`,
  check({ document, report }) {
    const spec = document.value.spec;
    (spec.discrepancies ?? []).forEach((d, i) => {
      const at = `/spec/discrepancies/${i}`;
      if (d.followed !== 'neither' && (!d.field.startsWith('/') || valueAt(spec, d.field) === undefined)) {
        report({
          path: `${at}/field`,
          message: `The discrepancy names the field ${d.field}, which this document does not give: the pointer starts inside spec (for example /arrangements/0/term), and the field holds the reading followed ("${d.followed}").`,
        });
      }
      const sources = d.readings.map((r) => r.source);
      const repeated = sources.find((s, j) => sources.indexOf(s) !== j);
      if (repeated !== undefined) {
        report({ path: `${at}/readings`, message: `Two readings of ${d.field} come from "${repeated}": give one reading per source.` });
      }
      if (d.followed !== 'neither' && !sources.includes(d.followed)) {
        report({
          path: `${at}/followed`,
          message: `The discrepancy follows "${d.followed}", which is none of its readings' sources (${sources.map((s) => `"${s}"`).join(', ')}).`,
        });
      }
    });
  },
});

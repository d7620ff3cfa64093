import { defineRule } from '../rule.js';
import { ageBandText, describeArrangement, lotsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/age-bands-no-overlap',
  description: 'The age bands of one lot do not overlap.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `A lot divided by age bands (0-4, 5-10, 11-18 in White Rose; 2015 review, section 2.2) places
each child in exactly one band, and the band decides the maximum price and which providers
offer the placement. Bands are inclusive at both ends, so 0-5 and 5-10 overlap at age 5: a
five-year-old would belong to both, with two prices.

**Fails**: age bands 0-5 and 5-10 in one lot.

**Passes**: 0-4, 5-10 and 11-18. Bands need not cover every age. Bands that run backwards are
left to \`consortium/age-bands-valid\`.

**Fix**: move one end so that each age falls in one band, for example 0-4 and 5-10.`,
  check({ document, report }) {
    for (const { item: lot, pointer, arrangement } of lotsOf(document)) {
      const bands = (lot.ageBands ?? []).map((band, i) => ({ band, i })).filter(({ band }) => band.from <= band.to);
      for (const [n, { band, i }] of bands.entries()) {
        for (const { band: earlier, i: j } of bands.slice(0, n)) {
          const from = Math.max(band.from, earlier.from);
          const to = Math.min(band.to, earlier.to);
          if (from > to) continue;
          const ages = from === to ? `age ${from}` : `ages ${from}-${to}`;
          report({
            path: `${pointer}/ageBands/${i}`,
            message: `The age bands ${ageBandText(earlier)} and ${ageBandText(band)} of ${describeArrangement(arrangement, lot)} overlap at ${ages}: each age belongs to one band.`,
            related: [{ document, path: `${pointer}/ageBands/${j}`, message: `The age band ${ageBandText(earlier)}.` }],
          });
        }
      }
    }
  },
});

import { defineRule } from '../rule.js';
import { ageBandText, describeArrangement, lotsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/price-age-bands-match-lot',
  description: "A lot's maximum price for an age band names one of the lot's own age bands.",
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `When a lot is divided by age bands, its maximum prices are set per band: the most that may
be charged for a 0-4 placement, a 5-10 placement, and so on. A maximum price for a band the lot
does not have (say 0-5 when the lot's bands are 0-4, 5-10 and 11-18) cannot be matched to any
placement, so the ceiling is never applied.

Checked only for lots that list their age bands.

**Fails**: a lot with age bands 0-4 and 5-10 and a maximum price for ages 0-5.

**Passes**: maximum prices for 0-4 and for 5-10, or one for all ages (no \`ageBand\`).

**Fix**: write the price's band exactly as one of the lot's bands, or add the band to the lot.`,
  check({ document, report }) {
    for (const { item: lot, pointer, arrangement } of lotsOf(document)) {
      if (!lot.ageBands?.length) continue;
      const known = new Set(lot.ageBands.map(ageBandText));
      (lot.maximumPrices ?? []).forEach((price, i) => {
        if (!price.ageBand || known.has(ageBandText(price.ageBand))) return;
        report({
          path: `${pointer}/maximumPrices/${i}/ageBand`,
          message: `The maximum price for ages ${ageBandText(price.ageBand)} is not for one of the age bands of ${describeArrangement(arrangement, lot)} (${[...known].join(', ')}).`,
        });
      });
    }
  },
});

import { defineRule } from '../rule.js';
import { ageBandText, arrangementsOf, describeArrangement, type AgeBand, type Located, type Consortium } from './_consortium.js';

/** Every age band in the consortium: lots' bands and the bands of lot and arrangement maximum prices. */
function ageBands(document: Consortium): Array<Located<AgeBand> & { where: string }> {
  const out: Array<Located<AgeBand> & { where: string }> = [];
  const prices = (list: Array<{ ageBand?: AgeBand }> | undefined, pointer: string, where: string) =>
    (list ?? []).forEach(
      (p, i) => p.ageBand && out.push({ item: p.ageBand, pointer: `${pointer}/${i}/ageBand`, where: `a maximum price of ${where}` }),
    );
  for (const { item: arrangement, pointer } of arrangementsOf(document)) {
    prices(arrangement.pricing?.maximumPrices, `${pointer}/pricing/maximumPrices`, describeArrangement(arrangement));
    (arrangement.lots ?? []).forEach((lot, l) => {
      const where = describeArrangement(arrangement, lot);
      (lot.ageBands ?? []).forEach((item, i) => out.push({ item, pointer: `${pointer}/lots/${l}/ageBands/${i}`, where }));
      prices(lot.maximumPrices, `${pointer}/lots/${l}/maximumPrices`, where);
    });
  }
  return out;
}

export default defineRule({
  id: 'consortium/age-bands-valid',
  description: 'An age band runs from the younger age to the older one.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Lots "may be further divided by age bands" (2015 review, section 2.2), such as 0-4, 5-10 and
11-18 in the White Rose fostering framework, and maximum prices may differ by band. A band is
inclusive at both ends, so \`from\` must not be above \`to\`: a band from 11 to 4 contains no child
at all, and a placement could never be priced or matched against it.

Checked for every lot's age bands and the age bands of lot and arrangement maximum prices.

**Fails**: \`{ from: 18, to: 11 }\`.

**Passes**: \`{ from: 11, to: 18 }\`, and \`{ from: 16, to: 16 }\` (one year of age).

**Fix**: swap the two ages (offered as a fix).`,
  check({ document, report }) {
    for (const { item: band, pointer, where } of ageBands(document)) {
      if (band.from <= band.to) continue;
      report({
        path: pointer,
        message: `The age band ${ageBandText(band)} of ${where} starts above where it ends: write it as ${band.to}-${band.from}.`,
        fixes: [
          {
            title: `Change to ${band.to}-${band.from}`,
            edits: [
              { range: document.rangeOf(`${pointer}/from`, 'value'), newText: String(band.to) },
              { range: document.rangeOf(`${pointer}/to`, 'value'), newText: String(band.from) },
            ],
            preferred: true,
          },
        ],
      });
    }
  },
});

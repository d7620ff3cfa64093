import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/cost-and-volume-states-discount',
  description: 'A cost-and-volume contract states its discount: bands of discount or a target.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `In a cost-and-volume contract "no specific volume of purchases of placements is guaranteed, but
there is agreement that as spend with a particular provider increases, prices will be reduced"
(2015 review, section 2.2). The discount is the whole point of the contract: Peninsula's seven
providers "offer a discount based on the overall spend", and East Midlands set out to achieve
3% and achieved 4 to 5%. Without it the savings cannot be checked or compared.

**Fails**: \`type: cost-and-volume-contract\` with no \`pricing.costAndVolumeDiscount\`, or one with
neither \`bands\` nor \`targetPercent\`.

**Passes**: \`pricing: { costAndVolumeDiscount: { basis: overall-spend, bands: [{ fromAnnualSpend: 100000, discountPercent: 2 }] } }\`,
or \`{ targetPercent: 3 }\`.

**Fix**: add the discount bands (the discount at each level of spend or placements) or the target
discount under \`pricing.costAndVolumeDiscount\`.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      if (arrangement.type !== 'cost-and-volume-contract') continue;
      const discount = arrangement.pricing?.costAndVolumeDiscount;
      if (discount?.bands?.length || discount?.targetPercent !== undefined) continue;
      report({
        path: discount ? `${pointer}/pricing/costAndVolumeDiscount` : pointer,
        target: 'key',
        message: `Cost-and-volume contract "${arrangement.id}" does not state its discount: add the discount bands or the target discount under pricing.costAndVolumeDiscount.`,
      });
    }
  },
});

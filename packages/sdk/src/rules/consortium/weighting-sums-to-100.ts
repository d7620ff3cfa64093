import type { v1_consortium } from '@nof/schemas';
import type { Fix } from '../../diagnostics/diagnostic.js';
import { defineRule, type RuleDocument } from '../rule.js';
import { arrangementsOf, describeArrangement, tierListsOf } from './_consortium.js';

/** Rounded to three decimals, so 33.3 + 66.7 is 100 rather than 100.00000000000001. */
const round = (n: number) => Math.round(n * 1000) / 1000;

function setFix(document: RuleDocument, pointer: string, name: 'quality' | 'price', value: number): Fix {
  return { title: `Set ${name} to ${value}%`, edits: [{ range: document.rangeOf(`${pointer}/${name}`, 'value'), newText: String(value) }] };
}

export default defineRule({
  id: 'consortium/weighting-sums-to-100',
  description: 'Quality and price weightings (of an award or a tier) add up to 100%.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Frameworks are awarded on a split between quality and price: Greater Manchester's
residential framework "was awarded on a 60% quality and 40% cost basis", Merseyside's tiers on
40% quality and 60% cost (2015 review, section 3.2 and Appendix 1). The two percentages share
one whole, so they add up to 100; anything else is a typing slip that makes the award basis
impossible to read or compare between consortia.

Checked for an arrangement's \`awardWeighting\` and every tier's \`weighting\`.

**Fails**: \`awardWeighting: { quality: 60, price: 50 }\` (110%).

**Passes**: \`awardWeighting: { quality: 60, price: 40 }\`.

**Fix**: correct whichever figure is wrong; setting price to 100 minus quality, or quality to 100
minus price, is offered.`,
  check({ document, report }) {
    const weightings: Array<{ weighting: v1_consortium.PriceAndQualityWeighting | undefined; pointer: string; what: string }> = [];
    for (const { item, pointer } of arrangementsOf(document))
      weightings.push({
        weighting: item.awardWeighting,
        pointer: `${pointer}/awardWeighting`,
        what: `The award weighting of ${describeArrangement(item)}`,
      });
    for (const { arrangement, lot, tiers } of tierListsOf(document)) {
      for (const { item, pointer } of tiers)
        weightings.push({
          weighting: item.weighting,
          pointer: `${pointer}/weighting`,
          what: `The weighting of tier "${item.id}" of ${describeArrangement(arrangement, lot)}`,
        });
    }
    for (const { weighting, pointer, what } of weightings) {
      if (!weighting) continue;
      const total = round(weighting.quality + weighting.price);
      if (total === 100) continue;
      report({
        path: pointer,
        message: `${what} adds up to ${total}% (quality ${weighting.quality}% + price ${weighting.price}%), not 100%.`,
        fixes: [
          setFix(document, pointer, 'price', round(100 - weighting.quality)),
          setFix(document, pointer, 'quality', round(100 - weighting.price)),
        ],
      });
    }
  },
});

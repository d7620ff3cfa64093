import { defineRule } from '../rule.js';
import { authorityName, describeArrangement, tierListsOf, type Located, type Tier } from './_consortium.js';
import { repeatsIn } from './_duplicates.js';

/** `1, 2 and 4`. */
function listed(numbers: number[]): string {
  return numbers.length < 2 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

export default defineRule({
  id: 'consortium/tier-ranks-sequential',
  description: 'The tiers of a lot (or of an arrangement) are ranked 1, 2, 3... with no gaps and no rank used twice.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `A tier is a group of providers approached in order: "those on tier one will normally be
approached first" (2015 review, section 2.2), then tier 2 and so on. Call-off records and
placement agreements name a provider's tier by its rank, so the ranks of one lot must run
1, 2, 3... A missing rank leaves a call-off with no tier to move on to; a rank used twice makes
the order between two tiers unclear.

Tiers that apply to one member authority (\`forAuthority\`, as in the North Region of the South
West, where a provider may be on one authority's tier 1 and another's tier 2) are ranked
separately for each authority.

**Fails**: a lot with tiers ranked 1 and 3 (no tier 2); a lot with two tiers ranked 2.

**Passes**: tiers ranked 1, 2, 3 in any order of listing.

**Fix**: renumber the tiers, or add the missing tier.`,
  check({ document, codelists, report }) {
    for (const { arrangement, lot, pointer, tiers } of tierListsOf(document)) {
      const byAuthority = new Map<string | undefined, Array<Located<Tier>>>();
      for (const tier of tiers) byAuthority.set(tier.item.forAuthority, [...(byAuthority.get(tier.item.forAuthority) ?? []), tier]);
      for (const [authority, group] of byAuthority) {
        const where = `${describeArrangement(arrangement, lot)}${authority === undefined ? '' : ` for ${authorityName(codelists, authority)}`}`;
        for (const { value, pointer: at } of repeatsIn(group.map((t) => ({ value: t.item.rank, pointer: `${t.pointer}/rank` })))) {
          report({
            path: at,
            message: `Two tiers of ${where} are ranked ${value}: each rank is used once, so the order providers are approached in is clear.`,
            related: [
              { document, path: group.find((t) => t.item.rank === value)!.pointer + '/rank', message: `The other tier ranked ${value}.` },
            ],
          });
        }
        const ranks = [...new Set(group.map((t) => t.item.rank))].sort((a, b) => a - b);
        const missing = Array.from({ length: ranks[ranks.length - 1]! }, (_, i) => i + 1).filter((r) => !ranks.includes(r));
        if (missing.length === 0) continue;
        report({
          path: pointer,
          target: 'key',
          message: `The tiers of ${where} are ranked ${listed(ranks)}, with no tier ${listed(missing)}: ranks run 1, 2, 3... without gaps.`,
        });
      }
    }
  },
});

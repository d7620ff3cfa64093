import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement, tierListsOf } from './_consortium.js';
import { repeatsIn } from './_duplicates.js';

/** A list whose items must have distinct ids, and how messages name it. */
interface IdList {
  noun: string;
  /** `within arrangement "ifa"`, or empty for the whole consortium. */
  scope: string;
  items: Array<{ value: string; pointer: string }>;
}

function idList(noun: string, scope: string, items: Array<{ id: string }> | undefined, pointer: string): IdList {
  return { noun, scope, items: (items ?? []).map((item, i) => ({ value: item.id, pointer: `${pointer}/${i}/id` })) };
}

export default defineRule({
  id: 'consortium/ids-unique',
  description: 'Arrangement ids are unique in the consortium; lot and variation ids in their arrangement; tier ids in their lot.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Placement agreements, placement requests and provider profiles name an arrangement, a lot
and a tier by id (\`route: { consortium: white-rose, arrangement: ifa-framework, lot: standard }\`),
and a variation report lists variations by id. Two items with one id in the same list make such
a reference ambiguous: a placement could be read as called off either lot.

Ids must be unique: arrangements within the consortium; lots and variations within their
arrangement; tiers within their lot (or among the arrangement's own tiers). The same lot id in two
arrangements is fine, as is \`tier-1\` in every lot.

**Fails**: two lots \`standard\` in arrangement \`ifa-framework\`. The second is reported, with a
link to the first.

**Passes**: lots \`standard\` and \`solo\`, each with tiers \`tier-1\`, \`tier-2\`, \`tier-3\`.

**Fix**: rename one of them, and update the documents that refer to it.`,
  check({ document, report }) {
    const lists: IdList[] = [
      idList(
        'arrangement',
        'in the consortium',
        arrangementsOf(document).map((a) => a.item),
        '/spec/arrangements',
      ),
    ];
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const within = `within ${describeArrangement(arrangement)}`;
      lists.push(
        idList('lot', within, arrangement.lots, `${pointer}/lots`),
        idList('variation', within, arrangement.variations, `${pointer}/variations`),
      );
    }
    for (const { arrangement, lot, pointer, tiers } of tierListsOf(document)) {
      lists.push(
        idList(
          'tier',
          `within ${describeArrangement(arrangement, lot)}`,
          tiers.map((t) => t.item),
          pointer,
        ),
      );
    }
    for (const { noun, scope, items } of lists) {
      for (const { value, pointer, first } of repeatsIn(items)) {
        report({
          path: pointer,
          message: `Another ${noun} ${scope} already has the id "${value}": ${noun} ids must be unique ${scope}.`,
          related: [{ document, path: first, message: `The first ${noun} with id "${value}".` }],
        });
      }
    }
  },
});

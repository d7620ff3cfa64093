import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/block-states-places',
  description: 'A block contract states how many places it buys.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `"Block contracts are where local authorities agree to purchase a specified number of places
from one or more providers" (2015 review, section 2.2): the number of places is what the
members pay for whether or not they are filled, as with the Cross Regional Project's 20 places
or Nottinghamshire's 24 and Nottingham City's 20. A block contract without it cannot be
compared with spot or framework purchasing, and its use cannot be monitored.

**Fails**: \`type: block-contract\` with no \`blockPlaces\`.

**Passes**: \`type: block-contract\` with \`blockPlaces: { places: 20 }\`.

**Fix**: add \`blockPlaces\` with the number of places, and the providers holding them if known.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      if (arrangement.type !== 'block-contract' || arrangement.blockPlaces) continue;
      report({
        path: pointer,
        target: 'key',
        message: `Block contract "${arrangement.id}" does not say how many places it buys: add blockPlaces with the number of places.`,
      });
    }
  },
});

import { defineRule } from '../rule.js';
import { arrangementsOf } from './_consortium.js';

export default defineRule({
  id: 'consortium/predecessor-exists',
  description: "An arrangement's predecessor is another arrangement of the same consortium.",
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Consortia re-procure: ER5 was followed by ER4; the Solihull, Coventry and Warwickshire
framework of 2009-2014 by the four-authority framework of 2014. Recording the old arrangement
beside the new one, with \`predecessor\` naming it, keeps its members, term and savings (which
are often measured against it). The predecessor must be another arrangement of the same
consortium, by its id.

**Fails**: \`predecessor: er5\` with no arrangement \`er5\`; an arrangement naming itself.

**Passes**: \`predecessor: er5\` beside an arrangement with \`id: er5\`.

**Fix**: add the predecessor as an arrangement (with \`status: expired\`), or correct the id.`,
  check({ document, report }) {
    const arrangements = arrangementsOf(document);
    const ids = new Set(arrangements.map((a) => a.item.id));
    for (const { item: a, pointer } of arrangements) {
      if (a.predecessor === undefined) continue;
      if (a.predecessor === a.id) {
        report({ path: `${pointer}/predecessor`, message: `Arrangement "${a.id}" names itself as its predecessor.` });
      } else if (!ids.has(a.predecessor)) {
        report({
          path: `${pointer}/predecessor`,
          message: `Arrangement "${a.id}" names "${a.predecessor}" as its predecessor, but this consortium has no arrangement "${a.predecessor}" (it has ${[...ids].map((i) => `"${i}"`).join(', ')}).`,
        });
      }
    }
  },
});

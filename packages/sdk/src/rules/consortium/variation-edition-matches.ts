import { replaceFix, yamlScalar } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';
import { arrangementsOf, basisContract } from './_consortium.js';

export default defineRule({
  id: 'consortium/variation-edition-matches',
  description: "The edition in an arrangement's contract basis is the edition of the national contract it names.",
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Variations are recorded against the clause ids of one edition of a national contract, and
providers read them against that edition: "managing contract variations in a way that makes
them easier to identify" was what providers asked for (2015 review, section 4.2.1). When the
contract basis says one edition (\`edition: 2011 v1.1\`) but names a NationalContract document of
another (\`2011 v1.2\`), the variations may point at clauses that read differently, or not at all,
in the edition actually used.

Whether each varied clause exists in the contract is checked by \`reference/unresolved\`.

**Fails**: \`contractBasis: { basis: national-contract, nationalContract: national-fostering-contract-2011, edition: "2011 v1.1" }\`
when that document's edition is \`2011 v1.2\`.

**Passes**: the same edition in both, or no \`edition\` in the contract basis (the document's
edition is then the one meant).

**Fix**: correct the edition (changing it to the document's is offered), or point
\`nationalContract\` at a document of the edition actually used.`,
  check({ document, workspace, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const written = arrangement.contractBasis?.edition;
      const contract = written === undefined ? undefined : basisContract(arrangement, workspace);
      if (!contract || contract.spec.edition === written) continue;
      const path = `${pointer}/contractBasis/edition`;
      report({
        path,
        message: `Arrangement "${arrangement.id}" is based on edition "${written}", but the national contract it names (${contract.document.id}) is edition "${contract.spec.edition}".`,
        fixes: [
          replaceFix(`Change to ${contract.spec.edition}`, document.rangeOf(path, 'value'), yamlScalar(contract.spec.edition), false),
        ],
        related: [{ document: contract.document, path: '/spec/edition', message: `The edition of ${contract.document.id}.` }],
      });
    }
  },
});

import { API_VERSIONS, KINDS } from '@nof/schemas';
import { closest } from '../../schema/closest.js';
import { replaceFix, yamlScalar } from '../../schema/fixes.js';
import { itemNoun, referencesIn, resolve } from '../../workspace/references.js';
import type { Rule } from '../rule.js';

export default {
  id: 'reference/unresolved',
  description: 'A reference names a document, or an item inside one, that the workspace does not have.',
  severity: 'error',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  wellFormedParts: true,
  docs: `Documents point at each other by id: a placement agreement names its consortium, the
arrangement it was called off and the lot; a provider profile names the lots it is on; an outcome
tracker names the agreement's outcomes. The schemas mark these places (\`x-ref-kind\` for a
document, \`x-ref-scope\` for an id inside one), and every such id must exist in the workspace.
An id inside another document is looked for only in the document named beside it (a lot only
in the arrangement given as \`arrangement\`), and not at all when that document or arrangement is
itself missing: that reference is reported instead. Nor is it looked for in a document with YAML
or schema errors of its own (\`reference/target-has-errors\` says so, once). References are checked
even while another part of the document has schema errors; a reference the schema rejects is not.

**Fails**: \`route: { consortium: white-rose, arrangement: ifa-2015, lot: lot-9 }\` when the
White Rose consortium's \`ifa-2015\` arrangement has no lot \`lot-9\`.

**Passes**: the same route naming a lot the arrangement has.

**Fix**: correct the id (the closest existing id is offered as a fix), or add the missing
document to the workspace.`,
  check({ document, workspace, annotations, isWellFormed, report }) {
    for (const reference of referencesIn(document, annotations)) {
      if (!isWellFormed(reference.pointer)) continue;
      const resolution = resolve(reference, workspace);
      if (resolution.status !== 'unresolved') continue;
      const written = String(reference.value);
      const suggestion = closest(written, resolution.candidates.map(String));
      const candidate = resolution.candidates.find((c) => String(c) === suggestion);
      const what = reference.scope ? itemNoun(reference.scope.collection.split('/').pop() ?? '') : reference.kind;
      const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
      report({
        path: reference.pointer,
        message: `No ${what} "${written}" in ${resolution.container}.${hint}`,
        ...(candidate === undefined
          ? {}
          : {
              fixes: [
                replaceFix(`Change to ${yamlScalar(candidate)}`, document.rangeOf(reference.pointer, 'value'), yamlScalar(candidate)),
              ],
            }),
      });
    }
  },
} satisfies Rule;

import { API_VERSIONS, KINDS } from '@nof/schemas';
import { referencesIn, targetHasErrors } from '../../workspace/references.js';
import type { Rule } from '../rule.js';

export default {
  id: 'reference/target-has-errors',
  description: 'A reference names a document that has YAML or schema errors of its own, so what depends on it is not checked yet.',
  severity: 'info',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  wellFormedParts: true,
  docs: `Rules that look across documents (is this clause one the national contract lets consortia
vary? is the route's lot on the consortium's arrangement?) read only documents that are valid
against their schema: a broken file's shape cannot be trusted, and its own diagnostics already say
what is wrong. While a document has errors, the documents that refer to it are therefore not
checked against it. This note says so once per document referred to, at the first reference to
it, instead of a cascade of findings with one root cause.

**Fails** (a note, not an error): a consortium whose arrangement is based on
\`national-fostering-contract-2011\` while that contract's \`sections\` is not a list.

**Passes**: the same consortium once the contract is valid again, when the references into it are
checked as usual.

**Fix**: fix the errors of the document referred to (open it to see them).`,
  check({ document, workspace, annotations, isWellFormed, report }) {
    const noted = new Set<string>();
    // A reference to the document itself (x-ref-kind) before one into it, wherever it is written.
    const references = [...referencesIn(document, annotations)].sort(
      (a, b) => Number(a.scope !== undefined) - Number(b.scope !== undefined),
    );
    for (const reference of references) {
      const key = `${reference.kind}|${reference.documentId}`;
      if (noted.has(key) || !isWellFormed(reference.pointer) || !targetHasErrors(reference, workspace)) continue;
      noted.add(key);
      report({
        path: reference.pointer,
        message: `${reference.kind} "${reference.documentId}" has errors of its own, so what this document takes from it is checked once they are fixed.`,
      });
    }
  },
} satisfies Rule;

import { API_VERSIONS, KINDS } from '@nof/schemas';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'workspace/duplicate-id',
  description: 'Two documents of the same kind share a metadata.id.',
  severity: 'error',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  docs: `Other documents refer to a document by its kind and \`metadata.id\`, so two documents of
one kind with the same id make every reference to it ambiguous: a placement agreement naming
consortium \`white-rose\` could mean either file.

**Fails**: two \`Consortium\` documents (in one file or two) both with \`id: white-rose\`. Each is
reported, with a link to the other.

**Passes**: a \`Consortium\` and a \`ProviderProfile\` both called \`white-rose\`: ids are unique per kind.

**Fix**: rename one of them and update the documents that refer to it.`,
  check({ document, workspace, report }) {
    const others = workspace.getAll(document.kind, document.id).filter((d) => d !== document);
    if (others.length === 0) return;
    report({
      path: '/metadata/id',
      message: `Another ${document.kind} also has the id "${document.id}": ids must be unique among documents of one kind.`,
      related: others.map((other) => ({
        document: other,
        path: '/metadata/id',
        message: `The other ${document.kind} with id "${document.id}".`,
      })),
    });
  },
});

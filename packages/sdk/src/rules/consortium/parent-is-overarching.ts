import { defineRule } from '../rule.js';

export default defineRule({
  id: 'consortium/parent-is-overarching',
  description: 'The consortium a consortium operates under is an overarching regional consortium.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Overarching regional consortia "evaluate providers wishing to offer services to the local
authorities in the consortium" and "support commissioning and procurement projects undertaken
by the sub-regional consortia operating in the region" (2015 review, section 2.1): the Greater
Manchester residential framework works under Placements North West, London's sub-regional
consortia under London Care Services. \`parentConsortium\` records that link, so the consortium it
names should be of type \`overarching-regional\`; anything else is usually the wrong id, or a
parent whose type was never set.

**Fails** (warning): \`parentConsortium: white-rose-fostering\` when White Rose is \`type: regional\`;
a consortium naming itself as its parent.

**Passes**: \`parentConsortium: placements-north-west\` when that consortium is
\`type: overarching-regional\`.

**Fix**: name the overarching consortium, or correct the parent's \`type\`.`,
  check({ document, workspace, report }) {
    const parentId = document.value.spec.parentConsortium;
    if (parentId === undefined) return;
    const path = '/spec/parentConsortium';
    if (parentId === document.id) {
      report({ path, message: `The consortium names itself as the overarching consortium it operates under.` });
      return;
    }
    const parent = workspace.get('Consortium', parentId);
    const type = parent?.value.spec.type;
    if (!parent || type === 'overarching-regional') return;
    report({
      path,
      message: `The overarching consortium "${parentId}" is of type ${type}, not overarching-regional: check the id, or the type of "${parentId}".`,
      related: [{ document: parent, path: '/spec/type', message: `The type of "${parentId}".` }],
    });
  },
});

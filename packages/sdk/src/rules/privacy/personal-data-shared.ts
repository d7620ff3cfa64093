import { API_VERSIONS, KINDS } from '@nof/schemas';
import { personalDataPointers } from '../../privacy/redact.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'privacy/personal-data-shared',
  description: "A document that leaves the placing authority carries fields that may hold a child's personal data.",
  severity: 'error',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  docs: `The 2015 review found children's information was often shared insecurely. The schemas mark
every field that may hold a child's personal data (\`x-personal-data\`): names, dates of birth,
descriptions of needs and outcomes in the social worker's words. Such fields must not leave the
placing authority. A placement request goes to providers unless its \`metadata.sharing\` says
\`internal\` (a draft kept inside the authority); any other document goes beyond the authority
when its \`metadata.sharing\` is \`providers\` or \`public\`. The message names the
field, never its content.

**Fails**: a \`PlacementRequest\` with \`child.gender\` filled in, or a \`PlacementAgreement\` with
\`sharing: providers\` that includes the child's name.

**Passes**: the same documents after \`nof redact\` (which removes every marked field), or
either one with \`sharing: internal\`.

**Fix**: remove the field (\`nof redact\` writes a copy without them), or keep the document internal.`,
  check({ document, annotations, report }) {
    const sharing = document.value.metadata.sharing;
    const audience =
      document.kind === 'PlacementRequest' ? 'placement requests go to providers' : `this document is shared with ${sharing}`;
    const shared = sharing === 'providers' || sharing === 'public' || (document.kind === 'PlacementRequest' && sharing !== 'internal');
    if (!shared) return;
    for (const pointer of personalDataPointers(document.value, annotations)) {
      report({
        path: pointer,
        target: 'key',
        message: `This field may hold a child's personal data, and ${audience}: remove it (\`nof redact\` does) before the document is shared.`,
      });
    }
  },
});

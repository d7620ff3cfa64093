import { API_VERSIONS, KINDS } from '@nof/schemas';
import { isRecord } from '../../model/is-record.js';
import { parentPointer, parsePointer, valueAt } from '../../parse/json-pointer.js';
import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'schema/deprecated',
  description: 'A document uses a property its schema marks deprecated; it will be removed in the next major version.',
  severity: 'warning',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  docs: `Schemas change slowly, because documents live for years (schemas/VERSIONING.md). A
property that is to go is first marked \`deprecated: true\` in a minor release, usually with
\`x-deprecated-by\` naming the property that replaces it; it is removed only in the next major
version. Until then documents that use it stay valid, and this rule says so on every use (editors
show it struck through) so authors move before \`nof migrate\` has to do it for them. The message
names the property and its replacement, never the value.

**Fails**: a document that sets a property its schema marks \`deprecated: true\`, for example a
\`weeklyFee\` deprecated by \`fees\`.

**Passes**: the same document using the replacement, or leaving the property out.

**Fix**: move the value to the replacement property (offered as a rename when the replacement is
not already there), then check its shape against the replacement's description.`,
  check({ document, annotations, report }) {
    for (const { pointer, annotations: found } of annotations.annotatedValues(document.value)) {
      if (!found.deprecated) continue;
      const name = parsePointer(pointer).at(-1) ?? '';
      const by = found.deprecated.by;
      const parent = valueAt(document.value, parentPointer(pointer));
      const isProperty = isRecord(parent);
      const subject = isProperty ? `\`${name}\` is deprecated` : 'This item is deprecated';
      const free = by !== undefined && isProperty && !Object.hasOwn(parent, by);
      report({
        path: pointer,
        target: 'key',
        tags: ['deprecated'],
        message: `${subject}${by ? `: use \`${by}\` instead` : ''}. It will be removed in the next major version of the schema.`,
        ...(free ? { fixes: [replaceFix(`Rename to \`${by}\``, document.rangeOf(pointer, 'key'), by, false)] } : {}),
      });
    }
  },
});

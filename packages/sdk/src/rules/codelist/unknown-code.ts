import { findByAlias, API_VERSIONS, KINDS } from '@nof/schemas';
import { closest } from '../../schema/closest.js';
import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'codelist/unknown-code',
  description: 'A code is not in the codelist its field uses (an error for closed lists, a warning for open ones).',
  severity: 'error',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  docs: `Fields marked \`x-codelist\` in the schemas hold codes from NOF's versioned codelists
(local authority GSS codes, SSDA903 placement types and legal statuses, Ofsted grades, regions).
A closed list is complete, so a code outside it is an error; an open list may lag behind its
source, so a code outside it is a warning. When the text is a name rather than a code (an
authority's label or one of the informal names the 2015 review uses, such as "Bucks"), the code
is offered as a fix.

**Fails**: \`owner: E08000999\` (no such local authority).

**Passes**: \`owner: E08000035\` (Leeds).

**Fix**: use a code from the list (\`nof codelists\` prints them), or pin the codelist version
that has it in nof.config.yaml.`,
  check({ document, codelists, annotations, asOf, report }) {
    for (const { pointer, value, annotations: a } of annotations.annotatedValues(document.value)) {
      if (a.codelist === undefined || typeof value !== 'string') continue;
      const list = codelists.list(a.codelist);
      if (!list || codelists.entry(a.codelist, value)) continue;
      const named = findByAlias(list, value, asOf);
      // A suggestion would echo a personal value as surely as quoting it.
      const suggestion = a.personalData
        ? undefined
        : named.length === 1
          ? named[0]!.code
          : closest(
              value,
              list.entries.map((e) => e.code),
            );
      const entry = suggestion === undefined ? undefined : codelists.entry(a.codelist, suggestion);
      const hint = entry ? ` Did you mean ${entry.label} (${entry.code})?` : '';
      report({
        path: pointer,
        // A field that may hold personal data is never quoted.
        message: `${a.personalData ? 'This value' : `"${value}"`} is not a code in the ${list.title} codelist (${list.id} ${list.version}).${hint}`,
        severity: list.closed ? 'error' : 'warning',
        ...(entry ? { fixes: [replaceFix(`Use ${entry.label} (${entry.code})`, document.rangeOf(pointer, 'value'), entry.code)] } : {}),
      });
    }
  },
});

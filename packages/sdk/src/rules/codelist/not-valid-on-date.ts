import { API_VERSIONS, KINDS } from '@nof/schemas';
import { judgingDate } from '../../codelists/judging-date.js';
import { addDays } from '../../dates/calendar.js';
import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'codelist/not-valid-on-date',
  description: 'A code was not yet, or no longer, valid on the date it is used.',
  severity: 'error',
  kinds: KINDS,
  apiVersions: API_VERSIONS,
  docs: `Codes change: local authorities are reorganised (Northamptonshire, E10000021, was replaced
on 2021-04-01 by North and West Northamptonshire) and SSDA903 placement types come and go
(P2 independent living was removed from 2024-25; K3 supported accommodation arrived). A code
must be valid when it is used.

**Which date.** A code is used during the period that the nearest enclosing part of the document
states: an arrangement's term (\`term.startDate\` to \`term.endDate\`), a consortium membership
(\`joined\` to \`left\`), a placement agreement (\`startDate\` to \`plannedEndDate\`), a needs and
outcomes framework (\`effectiveFrom\`), a placement request (\`requestDate\`), a review (\`date\`).
It is judged on the day of that period nearest the workspace's \`asOf\` (nof.config.yaml, default
today): \`asOf\` while the period runs, its last day once it has ended, its first day while it is
in the future. A code with no period around it is judged on \`asOf\`. So a membership that ended
in 2019 may name Northamptonshire, but a current one may not.

**Fails**: a current member \`authority: E10000021\` with \`asOf\` after 2021-03-31: "Northamptonshire
(E10000021) was abolished on 2021-04-01; use North Northamptonshire (E06000061) or West
Northamptonshire (E06000062)".

**Passes**: the same member with \`left: 2019-03-31\`, or \`asOf: 2020-01-01\`.

**Fix**: use one of the successors (offered as fixes), or record when the use ended.`,
  check({ document, codelists, annotations, asOf, report }) {
    for (const { pointer, value, annotations: a } of annotations.annotatedValues(document.value)) {
      if (a.codelist === undefined || typeof value !== 'string') continue;
      const { date, basis } = judgingDate(document.value, pointer, asOf);
      const status = codelists.status(a.codelist, value, date);
      const when = basis === 'asOf' ? `on ${date}` : `on ${date} (${basis})`;
      // A field that may hold personal data is never quoted, not even by its label.
      const code = a.personalData ? 'This code' : `${status.state === 'unknown' ? '' : status.entry.label} (${value})`;
      if (status.state === 'not-yet-valid') {
        report({ path: pointer, message: `${code} is valid only from ${status.entry.validFrom}, not ${when}.` });
      } else if (status.state === 'retired') {
        const verb = a.codelist === 'local-authorities' ? 'abolished' : 'withdrawn';
        // Successors would give a personal value away as surely as the value itself.
        const successors = a.personalData ? [] : status.successors;
        const names = successors.map((s) => `${s.label} (${s.code})`);
        const advice = names.length ? `; use ${names.join(' or ')}` : '';
        const range = document.rangeOf(pointer, 'value');
        report({
          path: pointer,
          message: `${code} was ${verb} on ${addDays(status.entry.validTo!, 1)}${advice}. It is judged ${when}.`,
          fixes: successors.map((s) => replaceFix(`Use ${s.label} (${s.code})`, range, s.code, successors.length === 1)),
        });
      }
    }
  },
});

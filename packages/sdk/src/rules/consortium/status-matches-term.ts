import { comparePartialDate, describePartialDate, parsePartialDate } from '../../dates/partial-date.js';
import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement } from './_consortium.js';

export default defineRule({
  id: 'consortium/status-matches-term',
  description: "An arrangement's status agrees with its start and end dates on the judging date.",
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `A commissioner reading that a framework is \`active\` calls off placements from it; one reading
\`expired\` looks elsewhere. The status must not contradict the term on the date the workspace
judges by (\`asOf\` in nof.config.yaml or \`--as-of\`, else today): a historical snapshot such as
the 2015 review's (\`asOf: 2015-06-01\`) is judged as it stood then.

Dates known only to the month or year (\`startedIn\`, \`endsIn\`) are used too, but only where
every day they may stand for agrees: an arrangement that \`endsIn: 2015-12\` is not reported as
ended on 2015-12-13.

**Fails** (on the judging date): \`active\` or \`in-procurement\` or \`planned\` with the end date
passed; \`expired\` with the end date still to come; \`active\` with the start date still to come.

**Passes**: \`active\` between start and end; \`expired\` after the end; \`planned\` before the start.

**Fix**: change the status, or correct the dates (an extension taken moves the end date).`,
  check({ document, asOf, report }) {
    for (const { item: a, pointer } of arrangementsOf(document)) {
      if (!a.status || !a.term) continue;
      const end = parsePartialDate(a.term.endDate ?? a.term.endsIn);
      const start = parsePartialDate(a.term.startDate ?? a.term.startedIn);
      const endAt = a.term.endDate !== undefined ? 'endDate' : 'endsIn';
      const startAt = a.term.startDate !== undefined ? 'startDate' : 'startedIn';
      const ended = end && comparePartialDate(end, asOf) === 'before';
      const notStarted = start && comparePartialDate(start, asOf) === 'after';
      const what = describeArrangement(a);
      if (ended && a.status !== 'expired') {
        report({
          path: `${pointer}/status`,
          message: `The status of ${what} is ${a.status}, but its term ended ${describePartialDate(end)}, before ${asOf} (the date the workspace judges by): it is expired, or its end date needs the extension taken.`,
          related: [{ document, path: `${pointer}/term/${endAt}`, message: 'The end of the term.' }],
        });
      } else if (a.status === 'expired' && end && comparePartialDate(end, asOf) === 'after') {
        report({
          path: `${pointer}/status`,
          message: `The status of ${what} is expired, but its term runs to ${describePartialDate(end)}, after ${asOf} (the date the workspace judges by).`,
          related: [{ document, path: `${pointer}/term/${endAt}`, message: 'The end of the term.' }],
        });
      } else if (a.status === 'active' && notStarted) {
        report({
          path: `${pointer}/status`,
          message: `The status of ${what} is active, but it starts ${describePartialDate(start)}, after ${asOf} (the date the workspace judges by).`,
          related: [{ document, path: `${pointer}/term/${startAt}`, message: 'The start of the term.' }],
        });
      }
    }
  },
});

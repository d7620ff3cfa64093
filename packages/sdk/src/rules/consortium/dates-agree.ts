import { comparePartialDate, describePartialDate, parsePartialDate } from '../../dates/partial-date.js';
import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement } from './_consortium.js';

/** Pairs of an exact date and its month-or-year form on the same object. */
const PAIRS = [
  ['startDate', 'startedIn'],
  ['endDate', 'endsIn'],
  ['joined', 'joinedIn'],
  ['left', 'leftIn'],
] as const;

export default defineRule({
  id: 'consortium/dates-agree',
  description: 'A date given both to the day and to the month or year says the same thing both times.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Where the source gives only a month or a year ("launched April 2014", "Devon and Torbay joined
in 2008"), NOF records it as it is (\`startedIn: 2014-04\`, \`joinedIn: 2008\`) rather than
inventing a day. When the day is known, \`startDate\` (or \`endDate\`, \`joined\`, \`left\`) holds
it; both may be given, for instance when another source adds the day, but they must agree: the day
must fall within the month or year (or its qualifier: \`by 2018\`, \`from 2009\`).

**Fails**: \`startDate: 2014-05-01\` beside \`startedIn: 2014-04\`; \`left: 2016-01-31\` beside
\`leftIn: { date: 2015, qualifier: by }\`.

**Passes**: \`startDate: 2014-04-07\` beside \`startedIn: 2014-04\`; either alone.

**Fix**: correct the one that is wrong, or drop the partial form once the day is known.`,
  check({ document, report }) {
    const check = (holder: Record<string, unknown> | undefined, pointer: string, what: string) => {
      if (!holder) return;
      for (const [exact, partial] of PAIRS) {
        const day = holder[exact];
        const approx = parsePartialDate(holder[partial]);
        if (typeof day !== 'string' || !approx) continue;
        const where = comparePartialDate(approx, day);
        if (where === 'before' || where === 'after') {
          report({
            path: `${pointer}/${exact}`,
            message: `The ${exact} of ${what}, ${day}, is not within ${describePartialDate(approx)} (its ${partial}): they must agree.`,
            related: [{ document, path: `${pointer}/${partial}`, message: `The ${partial}.` }],
          });
        }
      }
    };
    const spec = document.value.spec;
    spec.members.forEach((m, i) => check(m as unknown as Record<string, unknown>, `/spec/members/${i}`, `member ${m.authority}`));
    for (const { item: a, pointer } of arrangementsOf(document)) {
      check(a.term as unknown as Record<string, unknown> | undefined, `${pointer}/term`, `the term of ${describeArrangement(a)}`);
      (a.members ?? []).forEach((m, i) =>
        check(m as unknown as Record<string, unknown>, `${pointer}/members/${i}`, `member ${m.authority} of ${describeArrangement(a)}`),
      );
    }
  },
});

import { describePeriod, termEnd } from '../../dates/period.js';
import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement } from './_consortium.js';

export default defineRule({
  id: 'consortium/term-end-matches',
  description: 'The end date agrees with the start date, the initial period and the extensions taken.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Frameworks run "for periods of two or three years initially, often with a review point with
an option to extend by a further one or two years" (2015 review, section 2.2), written like
2+1+1. Members and providers plan re-tenders and price reviews around the end date, so it
should be the one the term gives: the start date plus the initial period plus each extension
option taken so far, in order.

The end date is accepted when it is the last day of that term (start 2014-04-01, two years:
2016-03-31) or its anniversary (2016-04-01, for contracts written "until 1 April 2016"). It is
also accepted when it is the end with every extension option taken, since some consortia record
the longest possible term. Checked only when the start date, initial period and end date are
all given.

**Fails**: start 2014-04-01, initial period 2 years, one of two one-year extensions taken, end
date 2016-03-31 (the extension taken is missing: the term runs to 2017-03-31).

**Passes**: the same term with end date 2017-03-31 (or 2018-03-31, every option taken).

**Fix**: replace the end date with the computed one (offered), or record the extensions taken. An
extension agreed outside the options (to allow a re-tender, say) belongs in the term's notes; the
warning can then be suppressed.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const term = arrangement.term;
      if (!term?.startDate || !term.initialPeriod || !term.endDate) continue;
      const options = term.extensionOptions ?? [];
      const taken = options.slice(0, term.extensionsTaken ?? 0);
      const expected = termEnd(term.startDate, term.initialPeriod, ...taken);
      const longest = termEnd(term.startDate, term.initialPeriod, ...options);
      if ([expected, longest].some((e) => e.lastDay === term.endDate || e.anniversary === term.endDate)) continue;
      const extensions =
        taken.length === 0
          ? 'no extension taken'
          : `${taken.length} extension${taken.length === 1 ? '' : 's'} taken (${describePeriod(...taken)})`;
      const path = `${pointer}/term/endDate`;
      report({
        path,
        message: `The end date ${term.endDate} of ${describeArrangement(arrangement)} does not agree with its term: from ${term.startDate}, the initial ${describePeriod(term.initialPeriod)} with ${extensions} runs to ${expected.lastDay}.`,
        fixes: [replaceFix(`Change the end date to ${expected.lastDay}`, document.rangeOf(path, 'value'), expected.lastDay)],
      });
    }
  },
});

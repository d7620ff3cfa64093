import { replaceFix } from '../../schema/fixes.js';
import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement } from './_consortium.js';

export default defineRule({
  id: 'consortium/extensions-taken-within-options',
  description: 'No more extensions are recorded as taken than the term offers.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `A framework's term is an initial period plus a fixed number of extension options (2+1+1 has
two; 2015 review, section 2.2). A framework used beyond its options has in effect been
re-let without a procurement, which members and providers need to know about; more often the
figure is simply wrong, and the end date worked out from it is wrong too.

**Fails**: \`extensionOptions: [{ years: 1 }, { years: 1 }]\` with \`extensionsTaken: 3\`, or any
extension taken when there are no options.

**Passes**: \`extensionsTaken\` of 0, 1 or 2 with those two options.

**Fix**: correct the number taken (setting it to the number of options is offered), or record an
extension agreed outside the options in the term's notes instead.`,
  check({ document, report }) {
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const term = arrangement.term;
      const options = term?.extensionOptions?.length ?? 0;
      if (term?.extensionsTaken === undefined || term.extensionsTaken <= options) continue;
      const path = `${pointer}/term/extensionsTaken`;
      const offered = options === 0 ? 'has no extension options' : `offers ${options} extension option${options === 1 ? '' : 's'}`;
      report({
        path,
        message: `${term.extensionsTaken} extension${term.extensionsTaken === 1 ? ' is' : 's are'} recorded as taken, but the term of ${describeArrangement(arrangement)} ${offered}.`,
        fixes: [replaceFix(`Set extensions taken to ${options}`, document.rangeOf(path, 'value'), String(options), false)],
      });
    }
  },
});

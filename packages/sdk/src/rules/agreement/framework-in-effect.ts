import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/framework-in-effect',
  description: 'The needs and outcomes framework the agreement is written against was in effect when the placement started.',
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `The review found broad support for a common needs and outcomes framework, provided it is
developed across the sector and endorsed, so that everyone uses the same version. Each version of
the framework is its own document with the date it is to be used from (\`effectiveFrom\`). An
agreement whose placement started before that date was written against a version that did not
yet exist: its needs and outcomes were most likely assessed against an earlier version, whose
domains and levels may differ. (That the framework, its domains, levels and indicators exist is
checked by \`reference/unresolved\`.)

**Fails**: \`startDate: 2015-06-03\` with \`framework: nof-core-2-0\` effective from 2016-04-01.

**Passes**: the same agreement referring to a framework effective from 2014-04-01, or to one
that states no \`effectiveFrom\`.

**Fix**: refer to the framework version the needs were assessed against.`,
  check({ document, workspace, report }) {
    const { startDate, framework } = document.value.spec;
    const found = framework === undefined ? undefined : workspace.get('NeedsOutcomesFramework', framework);
    if (!found) return;
    const { effectiveFrom, frameworkVersion } = found.value.spec;
    if (effectiveFrom === undefined || effectiveFrom <= startDate) return;
    report({
      path: '/spec/framework',
      message: `Framework "${framework}" (version ${frameworkVersion}) is effective only from ${effectiveFrom}, after the placement started on ${startDate}.`,
      related: [{ document: found, path: '/spec/effectiveFrom', message: 'When this framework version takes effect.' }],
    });
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/provider-not-inadequate',
  description: "The setting the child lives in is not graded Inadequate by Ofsted in the provider's profile.",
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `An Inadequate Ofsted judgement is the commonest trigger of consortia suspension protocols
(the 2015 review, section 4.2.2.4), and the review recommends "the appropriate use of Ofsted
registration and inspection information" in monitoring. A child placed in a setting judged
Inadequate needs a recorded decision, and one placed in a setting judged Inadequate since needs a
review of the placement.

The setting is found by the agreement's \`setting.ofstedUrn\` among the settings of the provider's
profile (a URN the profile does not list is reported by \`reference/unresolved\`).

**Fails**: \`setting.ofstedUrn: SC123456\` where the profile records \`latestGrade: inadequate\`,
inspected before the start (an error), or inspected after the start (a warning: the placement
should be reviewed).

**Passes**: a setting graded Good, Outstanding, Requires improvement or not yet inspected.

**Fix**: review the placement; update the profile when the setting has been re-inspected.`,
  check({ document, workspace, report }) {
    const { provider, setting, startDate } = document.value.spec;
    const profile = workspace.get('ProviderProfile', provider);
    if (!profile) return;
    const settings = profile.value.spec.settings;
    const i = settings.findIndex((s) => s.ofstedUrn === setting.ofstedUrn);
    const found = settings[i];
    if (found?.latestGrade !== 'inadequate') return;
    const since = found.inspectionDate !== undefined && found.inspectionDate > startDate;
    report({
      path: '/spec/setting/ofstedUrn',
      severity: since ? 'warning' : 'error',
      message: since
        ? `Setting "${found.name}" (${found.ofstedUrn}) has been graded Inadequate since the placement started (inspected ${found.inspectionDate}): review the placement.`
        : `Setting "${found.name}" (${found.ofstedUrn}) is graded Inadequate by Ofsted${found.inspectionDate ? ` (inspected ${found.inspectionDate})` : ''}.`,
      related: [{ document: profile, path: `/spec/settings/${i}/latestGrade`, message: "The setting's latest Ofsted grade." }],
    });
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/provider-not-suspended',
  description: "The provider was not suspended by the route's consortium on the placement start date.",
  severity: 'error',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Consortia operate suspension protocols: a provider with safeguarding concerns or an
Inadequate Ofsted grade is suspended from new placements on their arrangements until the concern
is resolved (the 2015 review, section 4.2.2.4). A placement called off a consortium's arrangement
while the consortium had the provider suspended breaks that protocol.

The suspensions are those in the provider's profile by the consortium the route names, for all
its arrangements or for the arrangement the route names. A suspension covers the days from
\`from\` up to the day before \`to\` (the day it was lifted), or has no end while it continues.
Spot purchases name no consortium and are not checked.

**Fails**: a placement starting 2015-06-03 under White Rose's framework while the provider's
profile records a White Rose suspension from 2015-05-01 with no end.

**Passes**: the same placement when that suspension was lifted on 2015-06-01.

**Fix**: if the suspension had been lifted, record its \`to\` date in the provider profile;
otherwise the placement needs a decision outside the framework.`,
  check({ document, workspace, report }) {
    const { provider, route, startDate } = document.value.spec;
    const profile = route.consortium === undefined ? undefined : workspace.get('ProviderProfile', provider);
    if (!profile) return;
    (profile.value.spec.suspensions ?? []).forEach((s, i) => {
      if (s.consortium !== route.consortium || (s.arrangement !== undefined && s.arrangement !== route.arrangement)) return;
      if (!(s.from <= startDate && (s.to === undefined || startDate < s.to))) return;
      const scope =
        s.arrangement === undefined
          ? `all of Consortium "${s.consortium}"'s arrangements`
          : `arrangement "${s.arrangement}" of Consortium "${s.consortium}"`;
      report({
        path: '/spec/provider',
        message: `Provider "${provider}" was suspended from ${scope} on the start date ${startDate} (suspended from ${s.from}${s.to ? ` until ${s.to}` : ', not lifted'}).`,
        related: [{ document: profile, path: `/spec/suspensions/${i}`, message: 'The suspension.' }],
      });
    });
  },
});

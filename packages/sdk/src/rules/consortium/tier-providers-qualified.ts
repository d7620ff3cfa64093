import type { v1_providerProfile } from '@nof/schemas';
import { defineRule } from '../rule.js';
import { describeArrangement, tierListsOf } from './_consortium.js';

type Qualification = v1_providerProfile.ArrangementQualification;

/** `tier 2 on lots standard, solo`, as a profile states it. */
function stated(q: Qualification): string {
  return `${q.tierRank === undefined ? 'no tier' : `tier ${q.tierRank}`}${q.lots?.length ? ` on lot${q.lots.length === 1 ? '' : 's'} ${q.lots.join(', ')}` : ''}`;
}

export default defineRule({
  id: 'consortium/tier-providers-qualified',
  description: 'A provider listed on a tier has a provider profile that puts it on the same lot and tier.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `The 2015 review found providers filling in the same pre-qualification information for every
consortium; NOF keeps it once, in the provider's ProviderProfile, whose \`arrangements\` list the
lots and tier the provider holds on each arrangement. The consortium's own tier lists say the
same thing from the other side. When they disagree, a call-off may approach the provider on
the wrong tier (the review: "those on tier one will normally be approached first"), and the
record of whether the tiers were followed becomes unreliable.

For every provider on a tier, its profile must have an entry for this consortium and
arrangement with that tier, and (when the entry lists lots) the tier's lot among them. A
provider with no profile in the workspace is not checked.

**Fails** (warning): tier 1 of lot \`standard\` lists \`fictional-fostering\`, whose profile says
\`{ consortium: white-rose, arrangement: ifa, lots: [standard], tierRank: 2 }\`.

**Passes**: the profile says \`tierRank: 1\` for lot \`standard\` of that arrangement.

**Fix**: correct whichever side is wrong: the tier's providers, or the provider profile.`,
  check({ document, workspace, report }) {
    for (const { arrangement, lot, tiers } of tierListsOf(document)) {
      for (const { item: tier, pointer } of tiers) {
        (tier.providers ?? []).forEach((providerId, i) => {
          const profile = workspace.get('ProviderProfile', providerId);
          if (!profile) return;
          const entries = (profile.value.spec.arrangements ?? [])
            .map((q, j) => ({ q, path: `/spec/arrangements/${j}` }))
            .filter(({ q }) => q.consortium === document.id && q.arrangement === arrangement.id);
          const agrees = ({ q }: { q: Qualification }) =>
            q.tierRank === tier.rank && (lot === undefined || !q.lots?.length || q.lots.includes(lot.id));
          if (entries.some(agrees)) return;
          const where = `tier ${tier.rank} of ${describeArrangement(arrangement, lot)}`;
          const says = entries.length ? `puts it on ${entries.map(({ q }) => stated(q)).join('; ')}` : 'does not list this arrangement';
          report({
            path: `${pointer}/providers/${i}`,
            message: `Provider "${providerId}" is listed on ${where}, but its provider profile ${says}.`,
            related: [
              { document: profile, path: entries[0]?.path ?? '/spec', message: `The provider profile of "${providerId}".`, target: 'key' },
            ],
          });
        });
      }
    }
  },
});

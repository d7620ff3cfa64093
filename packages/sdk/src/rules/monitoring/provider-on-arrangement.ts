import { listedProviders, qualifiedOn } from '../../model/arrangement-providers.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'monitoring/provider-on-arrangement',
  description: 'A provider monitored under an arrangement is on that arrangement.',
  severity: 'warning',
  kinds: ['MonitoringVisit'],
  apiVersions: ['nof/v1'],
  docs: `Contract monitoring under a consortium arrangement is monitoring of the providers on it:
the framework, DPS or list sets how often each is visited and who visits. A visit recorded under
an arrangement the provider is not on is either filed under the wrong arrangement or monitors a
provider the consortium has not contracted, and the insights would count it against the wrong
arrangement's interval.

The provider is on the arrangement when the consortium lists it there (on a tier or lot, among
the arrangement's providers, or among a block contract's holders) or its provider profile lists
the arrangement among those it qualified onto. A consortium that lists no providers on the
arrangement and a provider with no profile in the workspace are not checked.

**Fails**: a visit to \`brookside\` under arrangement \`homes-framework\`, when neither the consortium
nor Brookside's profile puts Brookside on it.

**Passes**: the same visit under \`ifa-framework\`, which Brookside's profile lists.

**Fix**: name the arrangement the provider is on, or add the provider to the arrangement.`,
  check({ document, workspace, report }) {
    const spec = document.value.spec;
    if (spec.consortium === undefined || spec.arrangement === undefined) return;
    const consortium = workspace.get('Consortium', spec.consortium);
    const arrangement = consortium?.value.spec.arrangements.find((a) => a.id === spec.arrangement);
    const profile = workspace.get('ProviderProfile', spec.provider);
    if (!arrangement || !profile) return;
    const listed = listedProviders(arrangement);
    if (listed.has(spec.provider) || qualifiedOn(profile.value.spec, spec.consortium, spec.arrangement)) return;
    if (listed.size === 0 && !(profile.value.spec.arrangements ?? []).some((q) => q.consortium === spec.consortium)) {
      // Neither side lists anyone here: nothing to go by.
      return;
    }
    report({
      path: '/spec/arrangement',
      message: `Provider "${spec.provider}" is not on arrangement "${spec.arrangement}" of Consortium "${spec.consortium}": the consortium does not list it there and its provider profile does not name the arrangement.`,
      related: [{ document: profile, path: '/spec', message: `The provider profile of "${spec.provider}".`, target: 'key' }],
    });
  },
});

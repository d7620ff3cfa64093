/*
 * Fictional documents for the tests of the monitoring rules: the placement fixtures' consortium
 * (`dales`, with its framework `ifa-framework`) and provider (`brookside`), and a monitoring
 * visit of the provider's setting that each test changes with `withSpec(VISIT, ...)`.
 */
import { CONSORTIUM, PROVIDER, withSpec, yamlDocument } from '../agreement/_fixtures.js';

export { withSpec };

type Spec = Record<string, unknown>;

/** A visit by Leeds (a member of `dales`) to the provider's setting, for all members. */
export const VISIT: Spec = {
  provider: 'brookside',
  setting: { ofstedUrn: 'SC123456' },
  consortium: 'dales',
  arrangement: 'ifa-framework',
  visitingAuthority: 'E08000035',
  onBehalfOf: { allMembers: true },
  date: '2015-03-10',
  type: 'visit',
};

/** The workspace around one visit: the consortium (with `consortium` changes), the provider and the visit. */
export function visitFiles(visit: Spec, consortium: Spec = {}, provider: Spec = PROVIDER): { files: Record<string, string> } {
  return {
    files: {
      'consortium.yaml': yamlDocument('Consortium', 'dales', withSpec(CONSORTIUM, consortium)),
      'provider.yaml': yamlDocument('ProviderProfile', 'brookside', provider),
      'visit.yaml': yamlDocument('MonitoringVisit', 'visit-0001', visit),
    },
  };
}

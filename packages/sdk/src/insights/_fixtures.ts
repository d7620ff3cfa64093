/*
 * Documents for the insights' tests, written as values (the insights read values, not text):
 * a consortium with a tiered framework (members Leeds and Bradford) and a monitored approved list,
 * a provider with a fostering agency and a children's home, a needs framework, and builders for
 * agreements, trackers, requests and visits. Tests make groups of at least five of a kind, so
 * their figures are not suppressed.
 */
import type { InsightsInput } from './documents.js';

type Value = Record<string, unknown>;

export const LEEDS = 'E08000035';
export const BRADFORD = 'E08000032';

/** A document the insights can read. */
export function doc(value: Value): InsightsInput {
  const metadata = value.metadata as { id: string };
  return {
    uri: `${metadata.id}.yaml`,
    kind: value.kind as string,
    apiVersion: value.apiVersion as string,
    id: metadata.id,
    value,
    rangeOf: () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }),
  };
}

const envelope = (kind: string, id: string, spec: Value, apiVersion = 'nof/v1'): Value => ({
  apiVersion,
  kind,
  metadata: { id, name: id },
  spec,
});

export const CONSORTIUM = envelope('Consortium', 'dales', {
  type: 'sub-regional',
  leadAuthority: LEEDS,
  members: [{ authority: LEEDS }, { authority: BRADFORD }],
  resourcing: { model: 'fixed-subscription', contributions: [{ amount: { amount: 5000, per: 'year' }, basis: 'each-member' }] },
  contact: { role: 'Dales commissioning team', email: 'dales@example.org' },
  arrangements: [
    {
      id: 'ifa',
      name: 'Dales fostering framework',
      type: 'framework-agreement',
      status: 'active',
      services: ['fostering'],
      callOff: { method: 'sequential-by-tier' },
      lots: [
        {
          id: 'standard',
          name: 'Standard fostering',
          service: 'fostering',
          maximumPrices: [{ price: { amount: 900, per: 'week' } }],
          tiers: [
            { id: 'tier-1', rank: 1 },
            { id: 'tier-2', rank: 2 },
          ],
        },
      ],
      pricing: { tenderedPrices: [{ provider: 'brookside', lot: 'standard', price: { amount: 850, per: 'week' } }] },
    },
    {
      id: 'homes',
      name: 'Dales homes list',
      type: 'approved-provider-list',
      status: 'active',
      services: ['residential-child-care'],
      term: { startDate: '2014-01-06' },
      openness: { providerEntry: 'opens-at-intervals', reopenInterval: { months: 6 } },
      monitoring: { approaches: ['link-officer-allocation'], visitsPerYear: 2 },
    },
  ],
});

export const PROVIDER = envelope('ProviderProfile', 'brookside', {
  organisation: { legalName: 'Brookside Care Ltd', type: 'childrens-home-operator' },
  settings: [
    { id: 'agency', name: 'Brookside Fostering', ofstedUrn: 'SC123456', type: 'independent-fostering-agency' },
    { id: 'home', name: 'Brookside House', ofstedUrn: 'SC123457', type: 'childrens-home', registeredPlaces: 4 },
    { id: 'lodge', name: 'Brookside Lodge', ofstedUrn: 'SC123458', type: 'childrens-home', registeredPlaces: 3 },
  ],
  arrangements: [
    { consortium: 'dales', arrangement: 'ifa', lots: ['standard'], tierRank: 2 },
    { consortium: 'dales', arrangement: 'homes' },
  ],
});

/** Tier 1 of the framework: approached first. */
export const TIER_ONE = envelope('ProviderProfile', 'aireside', {
  organisation: { legalName: 'Aireside Fostering Ltd', type: 'independent-fostering-agency' },
  settings: [{ id: 'agency', name: 'Aireside Fostering', ofstedUrn: 'SC223456', type: 'independent-fostering-agency' }],
  arrangements: [{ consortium: 'dales', arrangement: 'ifa', lots: ['standard'], tierRank: 1 }],
});

export const FRAMEWORK = envelope('NeedsOutcomesFramework', 'core', {
  frameworkVersion: '1.0',
  needDomains: [
    { id: 'health', name: 'Health', description: 'Health.', levels: [{ level: 1, label: 'Standard', descriptor: 'Routine care.' }] },
  ],
  outcomeDomains: [
    {
      id: 'be-healthy',
      name: 'Be healthy',
      description: 'Healthy.',
      indicators: [
        { id: 'sdq', name: 'SDQ', description: 'SDQ total.', scale: { type: 'numeric', minimum: 0, maximum: 40, higherIsBetter: false } },
      ],
    },
  ],
});

/** A nof/v2 agreement placed by Leeds with Brookside's fostering agency on the framework at tier 2, started on 2015-01-05. */
export function agreement(n: number, spec: Value = {}): Value {
  return envelope(
    'PlacementAgreement',
    `ipa-${n}`,
    {
      child: { localReference: `LDS-${n}`, ageAtStart: 9 },
      placingAuthority: LEEDS,
      provider: 'brookside',
      setting: { ofstedUrn: 'SC123456' },
      route: { type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa', lot: 'standard', tierRank: 2 },
      placementType: 'U6',
      startDate: '2015-01-05',
      purpose: `Placement purpose ${n}`,
      framework: 'core',
      assessedNeeds: [{ domain: 'health', level: 1 }],
      outcomes: [
        { id: 'calmer', addresses: ['health'], domain: 'be-healthy', indicator: 'sdq', description: 'Calmer.', baseline: 20, target: 14 },
      ],
      fees: { coreWeeklyFee: { amount: 850, per: 'week' } },
      ...spec,
    },
    'nof/v2',
  );
}

/** An outcome tracker of agreement `n` rating outcome `calmer` at each date. */
export function tracker(n: number, ratings: Array<{ date: string; value?: number; notRatedReason?: string; trend?: string }>): Value {
  return envelope(
    'OutcomeTracker',
    `tracker-${n}`,
    {
      agreement: `ipa-${n}`,
      reviews: ratings.map(({ date, ...rating }) => ({ date, reviewerRole: 'Social worker', ratings: [{ outcome: 'calmer', ...rating }] })),
    },
    'nof/v2',
  );
}

/** A monitoring visit to one of Brookside's homes under the homes list. */
export function visit(n: number, spec: Value): Value {
  return envelope('MonitoringVisit', `visit-${n}`, {
    provider: 'brookside',
    consortium: 'dales',
    arrangement: 'homes',
    visitingAuthority: LEEDS,
    type: 'visit',
    ...spec,
  });
}

/** A placement request by Leeds, made on 2015-03-02. */
export function request(n: number, spec: Value = {}): Value {
  return envelope('PlacementRequest', `req-${n}`, {
    requestingAuthority: LEEDS,
    requestDate: '2015-03-02',
    child: { localReference: `LDS-${n}`, age: 9 },
    ...spec,
  });
}

/** `count` items made by `make(i)`, numbered from `from`. */
export function many<T>(count: number, make: (i: number) => T, from = 1): T[] {
  return Array.from({ length: count }, (_, i) => make(from + i));
}

/*
 * Fictional documents for the tests of the placement rules (agreement, tracker, provider,
 * request): one consortium, framework and provider that the agreement and request refer to.
 * Each test changes what it is about with `withSpec(...)`, so every fixture stays schema-valid.
 * Agreements and trackers are written in the apiVersion a test asks for, so that a rule's tests
 * run on every version it claims (`describe.each(VERSIONS)`).
 */
import { stringify } from 'yaml';

type Spec = Record<string, unknown>;

/** The apiVersions agreements and trackers have, for `describe.each`. */
export const VERSIONS = ['nof/v1', 'nof/v2'] as const;
export type Version = (typeof VERSIONS)[number];

/** A document's YAML from its kind, id and spec object (nof/v1 unless another version is given). */
export function yamlDocument(kind: string, id: string, spec: Spec, apiVersion = 'nof/v1'): string {
  return stringify({ apiVersion, kind, metadata: { id, name: id }, spec });
}

/** A nof/v2 agreement: AGREEMENT with the v2 fee shape and the given changes. */
export function v2Agreement(changes: Spec, fees: Spec = { coreWeeklyFee: { amount: 850, per: 'week' } }): string {
  return yamlDocument('PlacementAgreement', 'ipa-0042', withSpec(AGREEMENT, { fees, ...changes }), 'nof/v2');
}

/**
 * An agreement spec written in v1's shape, as `apiVersion` writes it: v2 names the fee
 * `coreWeeklyFee` and gives each additional service an id.
 */
export function agreementIn(apiVersion: Version, spec: Spec): Spec {
  if (apiVersion === 'nof/v1') return spec;
  const { weeklyFee, additionalServices, ...fees } = spec.fees as Spec;
  const services = (additionalServices as Spec[] | undefined)?.map((service, i) => ({ id: `service-${i + 1}`, ...service }));
  return { ...spec, fees: { coreWeeklyFee: weeklyFee, ...(services ? { additionalServices: services } : {}), ...fees } };
}

/** The fixture agreement's YAML with `spec` (written in v1's shape) in `apiVersion`. */
export function agreementYaml(spec: Spec, apiVersion: Version = 'nof/v1'): string {
  return yamlDocument('PlacementAgreement', 'ipa-0042', agreementIn(apiVersion, spec), apiVersion);
}

/** `base` with the top-level spec properties of `changes` replaced (undefined removes one). */
export function withSpec(base: Spec, changes: Spec): Spec {
  const out: Spec = { ...base, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete out[key];
  return out;
}

const tiers = [
  { id: 'tier-1', rank: 1 },
  { id: 'tier-2', rank: 2 },
];

export const CONSORTIUM: Spec = {
  type: 'regional',
  members: [{ authority: 'E08000035' }],
  arrangements: [
    {
      id: 'ifa-framework',
      type: 'framework-agreement',
      services: ['fostering'],
      callOff: { method: 'sequential-by-tier', urgentException: { allowed: true } },
      suspensionProtocol: { triggers: ['ofsted-inadequate', 'safeguarding-concern'] },
      lots: [
        {
          id: 'standard',
          name: 'Standard fostering',
          service: 'fostering',
          ageBands: [
            { from: 0, to: 4 },
            { from: 5, to: 10 },
            { from: 11, to: 18 },
          ],
          maximumPrices: [{ ageBand: { from: 11, to: 18 }, price: { amount: 1100, per: 'week' } }, { price: { amount: 950, per: 'week' } }],
          tiers,
        },
      ],
    },
    {
      id: 'homes-framework',
      type: 'framework-agreement',
      lots: [{ id: 'homes', name: 'Children’s homes', service: 'residential-child-care', tiers }],
    },
    { id: 'block-2016', type: 'block-contract', services: ['fostering'], blockPlaces: { places: 10 }, tiers },
  ],
};

export const FRAMEWORK: Spec = {
  frameworkVersion: '1.0',
  effectiveFrom: '2014-04-01',
  needDomains: [
    {
      id: 'emotional-wellbeing',
      name: 'Emotional wellbeing',
      description: 'How the child manages feelings.',
      levels: [{ level: 1, label: 'Standard', descriptor: 'Everyday support.' }],
    },
  ],
  outcomeDomains: [
    {
      id: 'be-healthy',
      name: 'Be healthy',
      description: 'Physically and emotionally healthy.',
      indicators: [
        {
          id: 'sdq-total',
          name: 'SDQ total',
          description: 'Carer SDQ score.',
          scale: { type: 'numeric', minimum: 0, maximum: 40, higherIsBetter: false },
        },
        { id: 'dentist', name: 'Dentist', description: 'Registered with a dentist.', scale: { type: 'yes-no', desired: 'yes' } },
      ],
    },
    {
      id: 'enjoy-and-achieve',
      name: 'Enjoy and achieve',
      description: 'School and activities.',
      indicators: [
        { id: 'attendance', name: 'Attendance', description: 'Sessions attended.', scale: { type: 'percentage', higherIsBetter: true } },
        {
          id: 'progress',
          name: 'Progress',
          description: 'Teacher rating.',
          scale: {
            type: 'ordinal',
            points: [
              { value: 1, label: 'None' },
              { value: 2, label: 'Some' },
              { value: 3, label: 'Good' },
            ],
          },
        },
        { id: 'engagement', name: 'Engagement', description: 'Out-of-school activities.', scale: { type: 'rag' } },
      ],
    },
  ],
};

export const PROVIDER: Spec = {
  organisation: { legalName: 'Brookside Fostering Ltd', type: 'independent-fostering-agency' },
  settings: [
    {
      id: 'office',
      name: 'Brookside Fostering',
      ofstedUrn: 'SC123456',
      type: 'independent-fostering-agency',
      latestGrade: 'good',
      inspectionDate: '2014-11-20',
    },
  ],
  arrangements: [{ consortium: 'dales', arrangement: 'ifa-framework', lots: ['standard'], tierRank: 2 }],
};

export const AGREEMENT: Spec = {
  child: { localReference: 'DAL-0042', ageAtStart: 12 },
  placingAuthority: 'E08000035',
  provider: 'brookside',
  setting: { ofstedUrn: 'SC123456' },
  route: { type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework', lot: 'standard', tierRank: 2 },
  placementType: 'U6',
  startDate: '2015-06-03',
  framework: 'core',
  outcomes: [{ id: 'calmer', domain: 'be-healthy', indicator: 'sdq-total', description: 'Feels calmer.', baseline: 19, target: 15 }],
  fees: { weeklyFee: { amount: 850, per: 'week' } },
  reviewSchedule: { firstReviewDate: '2015-07-01', frequency: { months: 6 } },
};

export const REQUEST: Spec = {
  requestingAuthority: 'E08000035',
  requestDate: '2015-06-01',
  child: { localReference: 'DAL-0042', age: 12 },
  urgency: 'planned',
  neededBy: '2015-07-01',
  route: { type: 'framework-call-off', consortium: 'dales', arrangement: 'ifa-framework', lot: 'standard' },
};

/** The workspace files around one agreement (in `apiVersion`, and whatever else a test adds), keyed by uri. */
export function placementFiles(
  agreement: Spec,
  extra: Record<string, string> = {},
  provider: Spec = PROVIDER,
  apiVersion: Version = 'nof/v1',
): { files: Record<string, string> } {
  return {
    files: {
      'consortium.yaml': yamlDocument('Consortium', 'dales', CONSORTIUM),
      'framework.yaml': yamlDocument('NeedsOutcomesFramework', 'core', FRAMEWORK),
      'provider.yaml': yamlDocument('ProviderProfile', 'brookside', provider),
      'agreement.yaml': agreementYaml(agreement, apiVersion),
      ...extra,
    },
  };
}

/** An outcome tracker (in `apiVersion`) of the fixture agreement with a review on each date, rating outcome `calmer`. */
export function trackerYaml(dates: string[], apiVersion: Version = 'nof/v1'): string {
  const reviews = dates.map((date) => ({ date, reviewerRole: 'Social worker', ratings: [{ outcome: 'calmer', value: 16 }] }));
  return yamlDocument('OutcomeTracker', 'tracker-0042', { agreement: 'ipa-0042', reviews }, apiVersion);
}

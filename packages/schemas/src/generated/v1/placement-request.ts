/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * `no-known-risk` or `present` (the risk is present and the placement must be able to manage it).
 */
export type Risk = 'no-known-risk' | 'present';

/**
 * A standard placement request (referral) sent to providers for one child, described in the needs and outcomes framework's terms and without identifying the child. Covers the concepts of the sector's draft Placements Data Standard v2 so that requests can be imported and exported without loss, and can be aggregated as market intelligence.
 */
export interface PlacementRequest {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `PlacementRequest` for this schema.
   */
  kind: 'PlacementRequest';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: common.Metadata;
  /**
   * The referral.
   */
  spec: PlacementRequest1;
}
/**
 * A standard referral for one child: who the child is (pseudonymously), what they need, the outcomes sought, how urgently and where, what the placement must provide, the risks, the arrangement it goes out under and the providers approached.
 */
export interface PlacementRequest1 {
  /**
   * The local authority seeking the placement, by GSS code.
   */
  requestingAuthority: common.LocalAuthority;
  /**
   * When the request was made (the Placements Data Standard's referral date).
   */
  requestDate: common.Date;
  /**
   * Where the request stands: `open` (still seeking), `placed` (a placement agreement followed), `withdrawn`, or `unfilled` (no suitable placement found). Unfilled requests are market intelligence on unmet need.
   */
  status?: 'open' | 'placed' | 'withdrawn' | 'unfilled';
  /**
   * The child's pseudonymous profile.
   */
  child: ChildProfile;
  /**
   * How soon the placement is needed: `emergency` (today; the Placements Data Standard's 'Today'), `urgent` (within 5 days; 'in less than 5 days') or `planned` (more than 5 days ahead; 'in more than 5 days').
   */
  urgency?: 'emergency' | 'urgent' | 'planned';
  /**
   * The date by which the child must be placed.
   */
  neededBy?: common.Date;
  /**
   * How many of the child's siblings should be placed in the same home.
   */
  siblingsToPlaceWith?: number;
  /**
   * The framework the needs and outcomes are described in.
   */
  framework?: common.DocumentReference;
  /**
   * The child's needs by framework domain and level, each with a strengths-based description.
   */
  needs?: common.AssessedNeed[];
  /**
   * What the placement should achieve for the child; the agreement carries them forward.
   */
  outcomesSought?: common.OutcomeSought[];
  /**
   * Where the placement should or must not be.
   */
  location?: Location;
  /**
   * How suitable foster care, residential care and supported accommodation are for the child.
   */
  careSettingSuitability?: CareSettingSuitability;
  /**
   * What the placement must provide or allow.
   */
  requirements?: PlacementRequirements;
  /**
   * Risks to the child and to others.
   */
  risks?: Risks;
  /**
   * The arrangement and lot the request goes out under (leave out the tier), or a spot search.
   */
  route?: common.Route;
  /**
   * Whether the authority's own foster carers or homes were considered before independent providers, and with what outcome.
   */
  inHouseConsidered?: common.InHouseProvisionConsidered;
  /**
   * The providers the request was sent to, by tier and time, and their answers.
   */
  callOff?: common.CallOffRecord;
  /**
   * The name of the officer who entered the referral (the Placements Data Standard's referralOfficerName), kept only so that records from the standard round-trip without loss. Personal data about staff: removed by redaction; leave it out of requests sent to providers.
   */
  referralOfficerName?: common.OfficerSNameDataEntry;
}
/**
 * A pseudonymous profile of the child: enough to match a placement, never a name. Personal fields are optional and are removed when the request is redacted for providers.
 */
export interface ChildProfile {
  /**
   * The placing authority's pseudonymous reference for the child (a case number, never a name or date of birth). The Placements Data Standard's child ID.
   */
  localReference: common.ChildSLocalReference;
  /**
   * The child's age in whole years on the request date. Not personal on its own; used to match the lot's age band.
   */
  age?: number;
  /**
   * The child's gender as recorded by the placing authority.
   */
  gender?: common.Gender;
  /**
   * The child's ethnicity, preferably as a Department for Education census ethnicity code such as WBRI, where it matters for matching.
   */
  ethnicity?: string;
}
/**
 * Where the placement should, or must not, be.
 */
export interface Location {
  /**
   * Where the search for a home should start, in words (the Placements Data Standard's preferred location), for example 'Near the child's school in north Leeds'. May reveal where the child or family lives.
   */
  preferred?: string;
  /**
   * The placement must be within this many miles of an area.
   */
  within?: WithinDistance;
  /**
   * Local authority areas the placement must not be in, for example to keep the child safe from people who might harm or exploit them.
   */
  outsideAreas?: common.LocalAuthority[];
  /**
   * The English region the placement must be in.
   */
  mustBeInRegion?: common.Region;
}
/**
 * The placement must be within a distance of an area.
 */
export interface WithinDistance {
  /**
   * The greatest distance, in miles.
   */
  miles: number;
  /**
   * The local authority area the distance is measured from, by GSS code (usually the placing authority).
   */
  of: common.LocalAuthority;
}
/**
 * How suitable each kind of home is for the child (the Placements Data Standard's placement recommendation): `preferred`, `suitable` (suitable but not preferred), `unsuitable` or `not-specified`.
 */
export interface CareSettingSuitability {
  /**
   * Suitability of foster care.
   */
  fosterCare?: 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
  /**
   * Suitability of a children's home or other residential care.
   */
  residentialCare?: 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
  /**
   * Suitability of supported accommodation (16+).
   */
  supportedAccommodation?: 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
}
/**
 * Specific things the placement must provide or allow (the Placements Data Standard's placement requirements).
 */
export interface PlacementRequirements {
  /**
   * The child's communication, language and learning needs.
   */
  communication?: CommunicationNeeds;
  /**
   * Whether the home must be adapted.
   */
  homeAdaptations?: HomeAdaptations;
  /**
   * Cultural, religious and identity needs.
   */
  culturalNeeds?: CulturalNeeds;
  /**
   * Who the child can be cared for alongside: `solo` (a solo placement is recommended), `with-other-children` (recommended), `older-children-only`, `younger-children-only`, or `no-preference`.
   */
  livingCompanions?:
    'solo' | 'with-other-children' | 'older-children-only' | 'younger-children-only' | 'no-preference';
  /**
   * Whether the child can live with pets or other animals: `must` (the child needs to), `can`, `cannot`, or `not-known`.
   */
  pets?: 'must' | 'can' | 'cannot' | 'not-known';
  /**
   * Support needed beyond the usual care. An empty list means none is needed.
   */
  additionalSupport?: SupportNeed[];
  /**
   * True when a court order authorising deprivation of the child's liberty is in place or being sought, which the placement must be able to work within.
   */
  deprivationOfLiberty?: boolean;
}
/**
 * The child's communication, language and learning needs.
 */
export interface CommunicationNeeds {
  /**
   * Whether the child has communication, language or learning needs: `yes`, `no` or `not-specified`.
   */
  needs?: 'yes' | 'no' | 'not-specified';
  /**
   * Specific requirements: English for speakers of other languages (`esol`), British Sign Language (`bsl`), `makaton`, `other`, or `none`.
   *
   * @minItems 1
   */
  methods?: [
    'esol' | 'bsl' | 'makaton' | 'other' | 'none',
    ...('esol' | 'bsl' | 'makaton' | 'other' | 'none')[]
  ];
  /**
   * Anything else a carer needs to know to communicate well with the child, for example the child's first language.
   */
  details?: string;
}
/**
 * Whether the home must be adapted for the child, for example for a wheelchair.
 */
export interface HomeAdaptations {
  /**
   * True when the home needs adapting.
   */
  needed: boolean;
  /**
   * Which adaptations are needed.
   */
  details?: string;
}
/**
 * The child's cultural, religious and identity needs, such as access to a place of worship.
 */
export interface CulturalNeeds {
  /**
   * `required`: the placement must meet specific cultural needs; `not-required`; `not-known`; `other`.
   */
  status: 'required' | 'not-required' | 'not-known' | 'other';
  /**
   * What the needs are and how a placement could meet them.
   */
  details?: string;
}
/**
 * Support the child will need beyond the usual care.
 */
export interface SupportNeed {
  /**
   * `additional-supervision`, `therapeutic-support`, `respite-worker` (a worker to give carers respite), `school-transport` (for example taxis to school) or `other`.
   */
  type: 'additional-supervision' | 'therapeutic-support' | 'respite-worker' | 'school-transport' | 'other';
  /**
   * What is needed and how often.
   */
  details?: string;
}
/**
 * Risks to the child and to others (the Placements Data Standard's six risks to the child and five to others, plus other risks in words).
 */
export interface Risks {
  /**
   * Risks the child faces.
   */
  toChild?: RisksToTheChild;
  /**
   * Risks to other people or property.
   */
  toOthers?: RisksToOthers;
}
/**
 * Risks the child faces, which the placement must be able to manage.
 */
export interface RisksToTheChild {
  /**
   * Risk of self-harm.
   */
  selfHarm?: Risk;
  /**
   * Risk of child sexual exploitation.
   */
  sexualExploitation?: Risk;
  /**
   * Risk of criminal exploitation, such as county lines.
   */
  criminalExploitation?: Risk;
  /**
   * Risk from drug or alcohol use.
   */
  substanceMisuse?: Risk;
  /**
   * Risk from an eating disorder.
   */
  eatingDisorder?: Risk;
  /**
   * Risk of going missing from care.
   */
  goingMissing?: Risk;
  /**
   * Any other risk to the child, in words.
   */
  other?: string;
}
/**
 * Risks the child may pose to other people or property.
 */
export interface RisksToOthers {
  /**
   * Risk of physical harm to others.
   */
  physicalHarm?: Risk;
  /**
   * Risk of sexual harm to others.
   */
  sexualHarm?: Risk;
  /**
   * Risk of setting fires.
   */
  fireSetting?: Risk;
  /**
   * Risk of harming animals.
   */
  harmToAnimals?: Risk;
  /**
   * Risk of drawing others into criminal exploitation.
   */
  criminalExploitation?: Risk;
  /**
   * Any other risk to others or property, in words.
   */
  other?: string;
}

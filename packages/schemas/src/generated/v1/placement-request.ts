/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */

/**
 * The address of the published JSON Schema this document follows (its `$id`, for example https://schemas.nof.org.uk/v1/placement-request.schema.json), so that generic JSON Schema tools know which schema to check it against. `nof export json` writes it; NOF tools ignore it and choose the schema by `apiVersion` and `kind`.
 */
export type JSONSchema = string;
/**
 * Kebab-case id, unique among documents of this kind in the workspace. Other documents refer to this one by it.
 */
export type DocumentId = string;
/**
 * The document's name as people know it, for example 'White Rose Independent Fostering Framework'.
 */
export type Name = string;
/**
 * A short description of what this document covers.
 */
export type Description = string;
/**
 * The author's own version of this document, for example '1.2' or '2015-06'.
 */
export type DocumentVersion = string;
/**
 * The local authority that owns and maintains this document, by GSS code.
 */
export type Owner = string;
/**
 * Who may see this document. `internal`: only the owning authority; `consortium`: the consortium's members; `providers`: sent to providers (personal data must be removed); `public`: published.
 */
export type Sharing = 'internal' | 'consortium' | 'providers' | 'public';
/**
 * Free labels for filtering, such as 'fostering' or '2015-review'.
 */
export type Labels = string[];
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier = string;
/**
 * The local profiles this document follows, by id, for example `peninsula`. A profile adds a consortium's own fields and constraints to the national schema without loosening it; each is a `<id>.profile.json` file in the `profiles/` folder next to the workspace's nof.config.yaml, and the document is checked against the national schema merged with every profile named here.
 */
export type LocalProfiles = Identifier[];
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * The placing authority's pseudonymous reference for the child, for example a case number from its children's social care system. It must not be the child's name, date of birth or NHS number: it lets the authority link documents about the same child without identifying the child to anyone else.
 */
export type ChildSLocalReference = string;
/**
 * The child's gender as recorded by the placing authority.
 */
export type Gender = 'female' | 'male' | 'other' | 'not-known';
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier1 = string;
/**
 * The level of need in this domain, as numbered by the framework (for example 1 = met by standard provision, 3 = just below very specialist provision).
 */
export type Level = number;
/**
 * What the child is like and needs in this domain, written from strengths first (what helps, what the child does well) rather than as a list of deficits.
 */
export type Description1 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier2 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier3 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier4 = string;
/**
 * The outcome for this child in plain words, for example 'Attends school every day and takes part in one after-school activity'.
 */
export type Description2 = string;
/**
 * How progress will be evidenced, for example 'SDQ completed by carer every six months' or 'school attendance record'. Describe the method, not the child.
 */
export type HowItIsMeasured = string;
/**
 * Where the child is now, on the indicator's scale.
 */
export type Baseline = number | string;
/**
 * Where the child should be by the target date, on the indicator's scale.
 */
export type Target = number | string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date1 = string;
/**
 * One of the nine English regions used by the Association of Directors of Children's Services (the report's 'Eastern' is East of England).
 */
export type Region =
  | 'north-east'
  | 'north-west'
  | 'yorkshire-and-the-humber'
  | 'east-midlands'
  | 'west-midlands'
  | 'east-of-england'
  | 'london'
  | 'south-east'
  | 'south-west';
/**
 * `no-known-risk` or `present` (the risk is present and the placement must be able to manage it).
 */
export type Risk = 'no-known-risk' | 'present';
/**
 * `framework-call-off`: called off a framework agreement; `dps-call-off`: called off a dynamic purchasing system; `approved-list`: bought from a provider on an approved provider list (usually at a spot price); `block`: one of the places in a block contract; `cost-and-volume`: under a cost-and-volume agreement; `spot`: bought outside any arrangement.
 */
export type RouteType =
  'framework-call-off' | 'dps-call-off' | 'approved-list' | 'block' | 'cost-and-volume' | 'spot';
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference1 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier5 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier6 = string;
/**
 * For an agreement: the tier the chosen provider holds on the lot (1 = approached first). Leave out on a placement request, which may go to several tiers.
 */
export type Tier = number;
/**
 * True when the placement was needed so quickly that the usual call-off procedure (for example tier by tier) could not be followed in full.
 */
export type Urgent = boolean;
/**
 * Why providers were not approached tier by tier, for example 'Emergency: all tiers approached at once, same-day placement needed'. Required by most consortia whenever a lower tier was approached before a higher one. Describe the circumstances, not the child.
 */
export type ReasonTiersWereNotFollowed = string;
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference2 = string;
/**
 * The provider's tier on the lot when approached (1 = approached first). Leave out when the provider is not on a tiered arrangement.
 */
export type Tier1 = number;
/**
 * When the referral was sent to the provider.
 */
export type ApproachedAt = string;
/**
 * `accepted`: the provider offered the placement; `declined`: it could not meet the child's needs or chose not to offer; `no-response`: no answer within the time allowed; `no-vacancy`: it had no place.
 */
export type Response = 'accepted' | 'declined' | 'no-response' | 'no-vacancy';
/**
 * When the provider answered, if it did.
 */
export type RespondedAt = string;
/**
 * Each provider approached, in the order they were approached.
 */
export type Approaches = CallOffApproach[];
/**
 * The name of the member of staff who entered part of a record, kept only because the Placements Data Standard's quality assurance section records it, so that records imported from the standard can be exported back without loss. It is a member of staff's name, not the child's, but it is still personal data: redaction removes it, and it is best left out of documents shared beyond the authority. Elsewhere NOF records roles, never names.
 */
export type OfficerSNameDataEntry = string;

/**
 * A standard placement request (referral) sent to providers for one child, described in the needs and outcomes framework's terms and without identifying the child. Covers the concepts of the sector's draft Placements Data Standard v2 so that requests can be imported and exported without loss, and can be aggregated as market intelligence.
 */
export interface PlacementRequest {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: JSONSchema;
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
  metadata: Metadata;
  /**
   * The referral.
   */
  spec: PlacementRequest1;
}
/**
 * Who this document is and how to refer to it.
 */
export interface Metadata {
  id: DocumentId;
  name: Name;
  description?: Description;
  version?: DocumentVersion;
  owner?: Owner;
  sharing?: Sharing;
  labels?: Labels;
  profiles?: LocalProfiles;
}
/**
 * A standard referral for one child: who the child is (pseudonymously), what they need, the outcomes sought, how urgently and where, what the placement must provide, the risks, the arrangement it goes out under and the providers approached.
 */
export interface PlacementRequest1 {
  /**
   * The local authority seeking the placement, by GSS code.
   */
  requestingAuthority: LocalAuthority;
  /**
   * When the request was made (the Placements Data Standard's referral date).
   */
  requestDate: Date;
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
  neededBy?: Date;
  /**
   * How many of the child's siblings should be placed in the same home.
   */
  siblingsToPlaceWith?: number;
  /**
   * The framework the needs and outcomes are described in.
   */
  framework?: DocumentReference;
  /**
   * The child's needs by framework domain and level, each with a strengths-based description.
   */
  needs?: AssessedNeed[];
  /**
   * What the placement should achieve for the child; the agreement carries them forward.
   */
  outcomesSought?: OutcomeSought[];
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
  route?: Route;
  /**
   * The providers the request was sent to, by tier and time, and their answers.
   */
  callOff?: CallOffRecord;
  /**
   * The name of the officer who entered the referral (the Placements Data Standard's referralOfficerName), kept only so that records from the standard round-trip without loss. Personal data about staff: removed by redaction; leave it out of requests sent to providers.
   */
  referralOfficerName?: OfficerSNameDataEntry;
}
/**
 * A pseudonymous profile of the child: enough to match a placement, never a name. Personal fields are optional and are removed when the request is redacted for providers.
 */
export interface ChildProfile {
  /**
   * The placing authority's pseudonymous reference for the child (a case number, never a name or date of birth). The Placements Data Standard's child ID.
   */
  localReference: ChildSLocalReference;
  /**
   * The child's age in whole years on the request date. Not personal on its own; used to match the lot's age band.
   */
  age?: number;
  /**
   * The child's gender as recorded by the placing authority.
   */
  gender?: Gender;
  /**
   * The child's ethnicity, preferably as a Department for Education census ethnicity code such as WBRI, where it matters for matching.
   */
  ethnicity?: string;
}
/**
 * The child's need in one domain of the needs and outcomes framework, at a level the framework defines, with a strengths-based description in the social worker's words.
 */
export interface AssessedNeed {
  domain: Identifier1;
  level: Level;
  description?: Description1;
}
/**
 * One outcome the placement is to achieve for the child: the framework's outcome domain and indicator it is measured on, where the child is now (baseline), where they should be (target) and by when.
 */
export interface OutcomeSought {
  id: Identifier2;
  domain: Identifier3;
  indicator: Identifier4;
  description?: Description2;
  measure?: HowItIsMeasured;
  baseline?: Baseline;
  target?: Target;
  byWhen?: Date1;
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
  outsideAreas?: LocalAuthority[];
  /**
   * The English region the placement must be in.
   */
  mustBeInRegion?: Region;
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
  of: LocalAuthority;
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
/**
 * How the placement is bought: called off from a consortium framework or dynamic purchasing system (with its lot and the provider's tier), taken from an approved list, from a block contract, under a cost-and-volume agreement, or spot purchased outside any arrangement.
 */
export interface Route {
  type: RouteType;
  consortium?: DocumentReference1;
  arrangement?: Identifier5;
  lot?: Identifier6;
  tierRank?: Tier;
}
/**
 * The record of how providers were approached for this placement: every approach in order, whether the placement was urgent, and why the tiers were not followed when they were not. The review found tiered call-off was often skipped in emergencies without any record.
 */
export interface CallOffRecord {
  urgent?: Urgent;
  exceptionReason?: ReasonTiersWereNotFollowed;
  approaches: Approaches;
}
/**
 * One approach to a provider for this child's placement: who was approached, on which tier, when, and what they answered. Recording every approach shows whether the tiers were followed.
 */
export interface CallOffApproach {
  provider: DocumentReference2;
  tierRank?: Tier1;
  approachedAt: ApproachedAt;
  response: Response;
  respondedAt?: RespondedAt;
}

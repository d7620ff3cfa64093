/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The NOF schema version this document is written against. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of document: always `PlacementRequest` for this schema.
 */
export type Kind = 'PlacementRequest';
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
 * The local authority seeking the placement, by GSS code.
 */
export type RequestingAuthority = string;
/**
 * When the request was made (the Placements Data Standard's referral date).
 */
export type RequestDate = string;
/**
 * Where the request stands: `open` (still seeking), `placed` (a placement agreement followed), `withdrawn`, or `unfilled` (no suitable placement found). Unfilled requests are market intelligence on unmet need.
 */
export type Status = 'open' | 'placed' | 'withdrawn' | 'unfilled';
/**
 * The placing authority's pseudonymous reference for the child (a case number, never a name or date of birth). The Placements Data Standard's child ID.
 */
export type LocalReference = string;
/**
 * The child's age in whole years on the request date. Not personal on its own; used to match the lot's age band.
 */
export type Age = number;
/**
 * The child's gender as recorded by the placing authority.
 */
export type Gender = 'female' | 'male' | 'other' | 'not-known';
/**
 * The child's ethnicity, preferably as a Department for Education census ethnicity code such as WBRI, where it matters for matching.
 */
export type Ethnicity = string;
/**
 * How soon the placement is needed: `emergency` (today; the Placements Data Standard's 'Today'), `urgent` (within 5 days; 'in less than 5 days') or `planned` (more than 5 days ahead; 'in more than 5 days').
 */
export type Urgency = 'emergency' | 'urgent' | 'planned';
/**
 * The date by which the child must be placed.
 */
export type NeededBy = string;
/**
 * How many of the child's siblings should be placed in the same home.
 */
export type SiblingsToPlaceWith = number;
/**
 * The framework the needs and outcomes are described in.
 */
export type NeedsAndOutcomesFramework = string;
/**
 * The id of the need domain in the framework named by this document's `framework`, for example `emotional-wellbeing`.
 */
export type NeedDomain = string;
/**
 * The level of need in this domain, as numbered by the framework (for example 1 = met by standard provision, 3 = just below very specialist provision).
 */
export type Level = number;
/**
 * What the child is like and needs in this domain, written from strengths first (what helps, what the child does well) rather than as a list of deficits.
 */
export type Description1 = string;
/**
 * The child's needs by framework domain and level, each with a strengths-based description.
 */
export type Needs = AssessedNeed[];
/**
 * Identifies this outcome within the document, so that reviews and outcome trackers can rate progress against it.
 */
export type OutcomeId = string;
/**
 * The id of the outcome domain in the framework named by this document's `framework`, for example `be-healthy`.
 */
export type OutcomeDomain = string;
/**
 * The id of the indicator, within the outcome domain, that progress is measured on; its measurement scale gives the meaning of the baseline and target.
 */
export type Indicator = string;
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
 * The date by which the target should be reached.
 */
export type ByWhen = string;
/**
 * What the placement should achieve for the child; the agreement carries them forward.
 */
export type OutcomesSought = OutcomeSought[];
/**
 * Where the search for a home should start, in words (the Placements Data Standard's preferred location), for example 'Near the child's school in north Leeds'. May reveal where the child or family lives.
 */
export type PreferredLocation = string;
/**
 * The greatest distance, in miles.
 */
export type Miles = number;
/**
 * The local authority area the distance is measured from, by GSS code (usually the placing authority).
 */
export type OfArea = string;
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * Local authority areas the placement must not be in, for example to keep the child safe from people who might harm or exploit them.
 */
export type OutsideAreas = LocalAuthority[];
/**
 * The English region the placement must be in.
 */
export type MustBeInRegion =
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
 * Suitability of foster care.
 */
export type FosterCare = 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
/**
 * Suitability of a children's home or other residential care.
 */
export type ResidentialCare = 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
/**
 * Suitability of supported accommodation (16+).
 */
export type SupportedAccommodation = 'preferred' | 'suitable' | 'unsuitable' | 'not-specified';
/**
 * Whether the child has communication, language or learning needs: `yes`, `no` or `not-specified`.
 */
export type HasCommunicationNeeds = 'yes' | 'no' | 'not-specified';
/**
 * Specific requirements: English for speakers of other languages (`esol`), British Sign Language (`bsl`), `makaton`, `other`, or `none`.
 *
 * @minItems 1
 */
export type CommunicationMethods = [
  'esol' | 'bsl' | 'makaton' | 'other' | 'none',
  ...('esol' | 'bsl' | 'makaton' | 'other' | 'none')[]
];
/**
 * Anything else a carer needs to know to communicate well with the child, for example the child's first language.
 */
export type Details = string;
/**
 * True when the home needs adapting.
 */
export type Needed = boolean;
/**
 * Which adaptations are needed.
 */
export type Details1 = string;
/**
 * `required`: the placement must meet specific cultural needs; `not-required`; `not-known`; `other`.
 */
export type Status1 = 'required' | 'not-required' | 'not-known' | 'other';
/**
 * What the needs are and how a placement could meet them.
 */
export type Details2 = string;
/**
 * Who the child can be cared for alongside: `solo` (a solo placement is recommended), `with-other-children` (recommended), `older-children-only`, `younger-children-only`, or `no-preference`.
 */
export type LivingWithOtherChildren =
  'solo' | 'with-other-children' | 'older-children-only' | 'younger-children-only' | 'no-preference';
/**
 * Whether the child can live with pets or other animals: `must` (the child needs to), `can`, `cannot`, or `not-known`.
 */
export type Pets = 'must' | 'can' | 'cannot' | 'not-known';
/**
 * `additional-supervision`, `therapeutic-support`, `respite-worker` (a worker to give carers respite), `school-transport` (for example taxis to school) or `other`.
 */
export type Type =
  'additional-supervision' | 'therapeutic-support' | 'respite-worker' | 'school-transport' | 'other';
/**
 * What is needed and how often.
 */
export type Details3 = string;
/**
 * Support needed beyond the usual care. An empty list means none is needed.
 */
export type AdditionalSupport = SupportNeed[];
/**
 * True when a court order authorising deprivation of the child's liberty is in place or being sought, which the placement must be able to work within.
 */
export type DeprivationOfLiberty = boolean;
/**
 * Risk of self-harm.
 */
export type SelfHarm = 'no-known-risk' | 'present';
/**
 * Risk of child sexual exploitation.
 */
export type SexualExploitation = 'no-known-risk' | 'present';
/**
 * Risk of criminal exploitation, such as county lines.
 */
export type CriminalExploitation = 'no-known-risk' | 'present';
/**
 * Risk from drug or alcohol use.
 */
export type DrugsAndAlcohol = 'no-known-risk' | 'present';
/**
 * Risk from an eating disorder.
 */
export type EatingDisorder = 'no-known-risk' | 'present';
/**
 * Risk of going missing from care.
 */
export type GoingMissing = 'no-known-risk' | 'present';
/**
 * Any other risk to the child, in words.
 */
export type OtherRisk = string;
/**
 * Risk of physical harm to others.
 */
export type PhysicalHarm = 'no-known-risk' | 'present';
/**
 * Risk of sexual harm to others.
 */
export type SexualHarm = 'no-known-risk' | 'present';
/**
 * Risk of setting fires.
 */
export type FireSetting = 'no-known-risk' | 'present';
/**
 * Risk of harming animals.
 */
export type HarmToAnimals = 'no-known-risk' | 'present';
/**
 * Risk of drawing others into criminal exploitation.
 */
export type CriminalExploitationOfOthers = 'no-known-risk' | 'present';
/**
 * Any other risk to others or property, in words.
 */
export type OtherRisk1 = string;
/**
 * `framework-call-off`: called off a framework agreement; `dps-call-off`: called off a dynamic purchasing system; `approved-list`: bought from a provider on an approved provider list (usually at a spot price); `block`: one of the places in a block contract; `cost-and-volume`: under a cost-and-volume agreement; `spot`: bought outside any arrangement.
 */
export type RouteType =
  'framework-call-off' | 'dps-call-off' | 'approved-list' | 'block' | 'cost-and-volume' | 'spot';
/**
 * The consortium whose arrangement is used. Leave out for a spot purchase.
 */
export type Consortium = string;
/**
 * The id of the arrangement (framework, DPS, approved list, block or cost-and-volume contract) within the consortium.
 */
export type Arrangement = string;
/**
 * The id of the lot (service category, such as standard fostering for ages 11-18) within the arrangement.
 */
export type Lot = string;
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
 * The provider approached, by its provider profile.
 */
export type Provider = string;
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
 * A standard placement request (referral) sent to providers for one child, described in the needs and outcomes framework's terms and without identifying the child. Covers the concepts of the sector's draft Placements Data Standard v2 so that requests can be imported and exported without loss, and can be aggregated as market intelligence.
 */
export interface PlacementRequest {
  apiVersion: APIVersion;
  kind: Kind;
  metadata: Metadata;
  spec: Specification;
}
/**
 * The document's id, name, owner and sharing.
 */
export interface Metadata {
  id: DocumentId;
  name: Name;
  description?: Description;
  version?: DocumentVersion;
  owner?: Owner;
  sharing?: Sharing;
  labels?: Labels;
}
/**
 * The referral.
 */
export interface Specification {
  requestingAuthority: RequestingAuthority;
  requestDate: RequestDate;
  status?: Status;
  child: ChildProfile;
  urgency?: Urgency;
  neededBy?: NeededBy;
  siblingsToPlaceWith?: SiblingsToPlaceWith;
  framework?: NeedsAndOutcomesFramework;
  needs?: Needs;
  outcomesSought?: OutcomesSought;
  location?: Location;
  careSettingSuitability?: CareSettingSuitability;
  requirements?: PlacementRequirements;
  risks?: Risks;
  route?: Route;
  callOff?: CallOffRecord;
}
/**
 * The child's pseudonymous profile.
 */
export interface ChildProfile {
  localReference: LocalReference;
  age?: Age;
  gender?: Gender;
  ethnicity?: Ethnicity;
}
/**
 * The child's need in one domain of the needs and outcomes framework, at a level the framework defines, with a strengths-based description in the social worker's words.
 */
export interface AssessedNeed {
  domain: NeedDomain;
  level: Level;
  description?: Description1;
}
/**
 * One outcome the placement is to achieve for the child: the framework's outcome domain and indicator it is measured on, where the child is now (baseline), where they should be (target) and by when.
 */
export interface OutcomeSought {
  id: OutcomeId;
  domain: OutcomeDomain;
  indicator: Indicator;
  description: Description2;
  measure?: HowItIsMeasured;
  baseline?: Baseline;
  target?: Target;
  byWhen?: ByWhen;
}
/**
 * Where the placement should or must not be.
 */
export interface Location {
  preferred?: PreferredLocation;
  within?: WithinDistance;
  outsideAreas?: OutsideAreas;
  mustBeInRegion?: MustBeInRegion;
}
/**
 * The placement must be within this many miles of an area.
 */
export interface WithinDistance {
  miles: Miles;
  of: OfArea;
}
/**
 * How suitable foster care, residential care and supported accommodation are for the child.
 */
export interface CareSettingSuitability {
  fosterCare?: FosterCare;
  residentialCare?: ResidentialCare;
  supportedAccommodation?: SupportedAccommodation;
}
/**
 * What the placement must provide or allow.
 */
export interface PlacementRequirements {
  communication?: CommunicationNeeds;
  homeAdaptations?: HomeAdaptations;
  culturalNeeds?: CulturalNeeds;
  livingCompanions?: LivingWithOtherChildren;
  pets?: Pets;
  additionalSupport?: AdditionalSupport;
  deprivationOfLiberty?: DeprivationOfLiberty;
}
/**
 * The child's communication, language and learning needs.
 */
export interface CommunicationNeeds {
  needs?: HasCommunicationNeeds;
  methods?: CommunicationMethods;
  details?: Details;
}
/**
 * Whether the home must be adapted.
 */
export interface HomeAdaptations {
  needed: Needed;
  details?: Details1;
}
/**
 * Cultural, religious and identity needs.
 */
export interface CulturalNeeds {
  status: Status1;
  details?: Details2;
}
/**
 * Support the child will need beyond the usual care.
 */
export interface SupportNeed {
  type: Type;
  details?: Details3;
}
/**
 * Risks to the child and to others.
 */
export interface Risks {
  toChild?: RisksToTheChild;
  toOthers?: RisksToOthers;
}
/**
 * Risks the child faces.
 */
export interface RisksToTheChild {
  selfHarm?: SelfHarm;
  sexualExploitation?: SexualExploitation;
  criminalExploitation?: CriminalExploitation;
  substanceMisuse?: DrugsAndAlcohol;
  eatingDisorder?: EatingDisorder;
  goingMissing?: GoingMissing;
  other?: OtherRisk;
}
/**
 * Risks to other people or property.
 */
export interface RisksToOthers {
  physicalHarm?: PhysicalHarm;
  sexualHarm?: SexualHarm;
  fireSetting?: FireSetting;
  harmToAnimals?: HarmToAnimals;
  criminalExploitation?: CriminalExploitationOfOthers;
  other?: OtherRisk1;
}
/**
 * The arrangement and lot the request goes out under (leave out the tier), or a spot search.
 */
export interface Route {
  type: RouteType;
  consortium?: Consortium;
  arrangement?: Arrangement;
  lot?: Lot;
  tierRank?: Tier;
}
/**
 * The providers the request was sent to, by tier and time, and their answers.
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
  provider: Provider;
  tierRank?: Tier1;
  approachedAt: ApproachedAt;
  response: Response;
  respondedAt?: RespondedAt;
}

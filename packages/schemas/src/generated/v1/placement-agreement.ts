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
 * The placing authority's pseudonymous reference for the child, for example a case number from its children's social care system. It must not be the child's name, date of birth or NHS number: it lets the authority link documents about the same child without identifying the child to anyone else.
 */
export type ChildSLocalReference = string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * The child's gender as recorded by the placing authority.
 */
export type Gender = 'female' | 'male' | 'other' | 'not-known';
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;
/**
 * Ofsted unique reference number of a registered setting: 'SC' followed by 6 digits (older social care registrations) or 7 digits.
 */
export type OfstedURN = string;
/**
 * The broad kind of home, as the Placements Data Standard groups placements: foster care, residential care (a children's home or residential school) or supported accommodation (16+).
 */
export type CareSetting = 'foster-care' | 'residential-care' | 'supported-accommodation';
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
export type Identifier1 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier2 = string;
/**
 * For an agreement: the tier the chosen provider holds on the lot (1 = approached first). Leave out on a placement request, which may go to several tiers.
 */
export type Tier = number;
/**
 * The placement type code from the Department for Education's SSDA903 looked-after children return, for example U6 (foster placement with other carer, other) or K2 (children's home). Some codes are valid only for some collection years.
 */
export type PlacementTypeSSDA903 = string;
/**
 * The child's legal status code from the SSDA903 looked-after children return, for example C2 (full care order) or V2 (single period of accommodation under section 20).
 */
export type LegalStatusSSDA903 =
  'C1' | 'C2' | 'D1' | 'E1' | 'J1' | 'J2' | 'J3' | 'L1' | 'L2' | 'L3' | 'V2' | 'V3' | 'V4';
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier3 = string;
/**
 * The level of need in this domain, as numbered by the framework (for example 1 = met by standard provision, 3 = just below very specialist provision).
 */
export type Level = number;
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text1 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier4 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier5 = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier6 = string;
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text2 = string;
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
 * An amount of money in pounds sterling, for example 850 or 1249.50.
 */
export type AmountGBP = number;
/**
 * Always GBP; stated only for the benefit of systems that expect a currency.
 */
export type Currency = 'GBP';
/**
 * What the amount pays for: each week, month or year, each night, each placement, or once.
 */
export type Period = 'week' | 'month' | 'year' | 'night' | 'placement' | 'one-off';
/**
 * True when the amount includes VAT; false when VAT is added on top (as with the CCRAG subscription, £1,966 plus VAT).
 */
export type VATIncluded = boolean;
/**
 * Whole years.
 */
export type Years = number;
/**
 * Whole months (added to the years).
 */
export type Months = number;
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
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date2 = string;
/**
 * Who entered it: personal data about staff, removed by redaction.
 */
export type OfficerSName = string;

/**
 * The Individual Placement Agreement (IPA): the call-off contract for one child's placement under a consortium arrangement or a spot purchase, setting out the placement, its purpose, the outcomes sought, fees and additional services, reviews and sign-off, with the record of how providers were approached.
 */
export interface IndividualPlacementAgreement {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `PlacementAgreement` for this schema.
   */
  kind: 'PlacementAgreement';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: Metadata;
  /**
   * The terms of the placement.
   */
  spec: PlacementAgreement;
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
 * The terms of one child's placement (the Individual Placement Agreement): who is placed where, by which route, why, what outcomes are sought, what it costs and when it is reviewed.
 */
export interface PlacementAgreement {
  /**
   * The child placed.
   */
  child: Child;
  /**
   * The local authority placing the child and paying the fee, by GSS code.
   */
  placingAuthority: LocalAuthority;
  /**
   * The provider, by its provider profile.
   */
  provider: DocumentReference;
  /**
   * The registered setting where the child lives.
   */
  setting: Setting;
  /**
   * The placement request (referral) this agreement answers, if recorded in NOF.
   */
  request?: DocumentReference;
  /**
   * How the placement was bought: the consortium arrangement, lot and tier it was called off, or a spot purchase.
   */
  route: Route;
  /**
   * The SSDA903 placement type code, for example U6 or K2.
   */
  placementType: PlacementTypeSSDA903;
  /**
   * The child's SSDA903 legal status at the start of the placement.
   */
  legalStatus?: LegalStatusSSDA903;
  /**
   * The admission date: when the child moves in.
   */
  startDate: Date;
  /**
   * When the placement is planned to end, if it is time-limited.
   */
  plannedEndDate?: Date;
  /**
   * What the placement is for, for example 'A stable long-term foster home near the child's school while contact with the family is rebuilt'.
   */
  purpose?: Text;
  /**
   * The framework the assessed needs and outcomes are described in.
   */
  framework?: DocumentReference;
  /**
   * The child's needs by framework domain and level.
   */
  assessedNeeds?: AssessedNeed[];
  /**
   * The outcomes the placement is to achieve; outcome trackers rate progress against their ids.
   */
  outcomes?: OutcomeSought[];
  /**
   * The weekly fee and additional services.
   */
  fees: FeesAndServices;
  /**
   * When the placement is reviewed.
   */
  reviewSchedule?: ReviewSchedule;
  /**
   * Each party's sign-off, by role and date.
   */
  signOff?: PartySignOff[];
  /**
   * How providers were approached before this one was chosen.
   */
  callOff?: CallOffRecord;
  /**
   * When the placement and its cost were entered, and by whom: the Placements Data Standard's quality assurance fields, kept so that records from the standard round-trip without loss.
   */
  dataEntry?: DataEntryQualityAssurance;
}
/**
 * The child placed. Only the pseudonymous local reference is required; the personal fields are optional, are removed when the agreement is redacted, and are best left out of copies shared beyond the placing authority and provider.
 */
export interface Child {
  /**
   * The placing authority's pseudonymous reference for the child (a case number, never a name or date of birth).
   */
  localReference: ChildSLocalReference;
  /**
   * The child's age in whole years on the placement start date. Not personal on its own; used to check the placement fits the lot's age band.
   */
  ageAtStart?: number;
  /**
   * The child's full name, as the provider needs it for day-to-day care.
   */
  name?: string;
  /**
   * The child's date of birth.
   */
  dateOfBirth?: Date;
  /**
   * The child's gender as recorded by the placing authority.
   */
  gender?: Gender;
  /**
   * The child's ethnicity, preferably as a Department for Education census ethnicity code such as WBRI.
   */
  ethnicity?: string;
  /**
   * The child's 10-digit NHS number, for the provider to register the child with health services.
   */
  nhsNumber?: string;
}
/**
 * The registered setting (children's home, or the fostering agency's registration) where the child lives.
 */
export interface Setting {
  /**
   * The Ofsted unique reference number of the setting; it should be one of the settings in the provider's profile.
   */
  ofstedUrn: OfstedURN;
  /**
   * Foster care, residential care or supported accommodation (the Placements Data Standard's placement type).
   */
  careSetting?: CareSetting;
  /**
   * The local authority area the placement is in, by GSS code. Shows whether the child is placed out of area.
   */
  localAuthority?: LocalAuthority;
  /**
   * Where the placement is, as recorded for the Placements Data Standard (for example a town). Never needed for matching; may reveal where the child lives.
   */
  locationDescription?: string;
  /**
   * True when the placement is in the location the referral preferred.
   */
  inPreferredLocation?: boolean;
  /**
   * True when the child can stay at the same school or college.
   */
  educationContinuity?: boolean;
  /**
   * How many of the child's siblings are placed in the same home under this or linked agreements.
   */
  siblingsPlacedTogether?: number;
}
/**
 * How the placement is bought: called off from a consortium framework or dynamic purchasing system (with its lot and the provider's tier), taken from an approved list, from a block contract, under a cost-and-volume agreement, or spot purchased outside any arrangement.
 */
export interface Route {
  type: RouteType;
  consortium?: DocumentReference1;
  arrangement?: Identifier1;
  lot?: Identifier2;
  tierRank?: Tier;
}
/**
 * The child's need in one domain of the needs and outcomes framework, at a level the framework defines, with a strengths-based description in the social worker's words.
 */
export interface AssessedNeed {
  domain: Identifier3;
  level: Level;
  description?: Text1;
}
/**
 * One outcome the placement is to achieve for the child: the framework's outcome domain and indicator it is measured on, where the child is now (baseline), where they should be (target) and by when.
 */
export interface OutcomeSought {
  id: Identifier4;
  domain: Identifier5;
  indicator: Identifier6;
  description?: Text2;
  measure?: HowItIsMeasured;
  baseline?: Baseline;
  target?: Target;
  byWhen?: Date1;
}
/**
 * What the placement costs: the weekly fee and any additional services. The residential IPA schedule is titled 'Total IPA weekly fee payable'.
 */
export interface FeesAndServices {
  /**
   * The core fee for the placement, normally per week.
   */
  weeklyFee: Money;
  /**
   * Services charged on top of the weekly fee.
   */
  additionalServices?: AdditionalService[];
  /**
   * The total paid per week, fee plus weekly services, where it has been stated (the Placements Data Standard's total weekly cost).
   */
  totalWeeklyCost?: AmountGBP;
}
/**
 * An amount in pounds sterling and the period it is paid for, for example £5,800 a year or £850 a week.
 */
export interface Money {
  amount: AmountGBP;
  currency?: Currency;
  per: Period;
  vatIncluded?: VATIncluded;
}
/**
 * A service on top of the weekly fee, such as therapy, education support or transport to school, with its cost and who pays.
 */
export interface AdditionalService {
  /**
   * What the service is and how often, for example 'Weekly therapeutic sessions with the agency's psychologist'. Describe the service, not the child: it is shared with providers and funders.
   */
  description: string;
  /**
   * The kind of service.
   */
  category: 'education' | 'health' | 'transport' | 'therapy' | 'contact' | 'other';
  /**
   * What the service costs and per what period.
   */
  cost: Money;
  /**
   * Who pays: the placing authority, health (the NHS), education (the school or education budget), the provider (included at no extra charge), or shared between several.
   */
  funder: 'placing-authority' | 'health' | 'education' | 'provider' | 'shared';
}
/**
 * When the placement will be reviewed, and the reviews held so far.
 */
export interface ReviewSchedule {
  /**
   * The date of the first placement review.
   */
  firstReviewDate: Date;
  /**
   * How often reviews follow the first, for example every 6 months.
   */
  frequency: PeriodOfTime;
  /**
   * Reviews that have taken place, oldest first.
   */
  reviews?: PlacementReview[];
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime {
  years?: Years;
  months?: Months;
}
/**
 * A review of the placement that has taken place.
 */
export interface PlacementReview {
  /**
   * When the review took place.
   */
  date: Date;
  /**
   * What the review concluded about the placement.
   */
  notes?: Text;
}
/**
 * One party's sign-off of the agreement, by role rather than name.
 */
export interface PartySignOff {
  /**
   * Which party signed.
   */
  party: 'placing-authority' | 'provider' | 'health' | 'education';
  /**
   * The signatory's role, for example 'Head of Placements' or 'Registered Manager'. Never a name.
   */
  role: string;
  /**
   * When they signed.
   */
  date: Date;
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
/**
 * When the placement and its cost were entered, and by whom (the Placements Data Standard's placementDate and placementOfficerName, costDate and costOfficerName). Officers' names are personal data: redaction removes them.
 */
export interface DataEntryQualityAssurance {
  /**
   * When the placement details were entered, and by whom.
   */
  placement?: DataEntry;
  /**
   * When the placement's cost was entered, and by whom.
   */
  cost?: DataEntry;
}
/**
 * When part of a record was entered, and by whom (the Placements Data Standard's quality assurance fields).
 */
export interface DataEntry {
  date: Date2;
  officerName?: OfficerSName;
}

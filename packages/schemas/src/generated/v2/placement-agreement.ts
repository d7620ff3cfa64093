/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from '../v1/common.js';
/**
 * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
 */
export type JSONSchema = common.JSONSchema;
/**
 * The placing authority's pseudonymous reference for the child (a case number, never a name or date of birth).
 */
export type LocalReference = common.ChildSLocalReference;
/**
 * The child's age in whole years on the placement start date. Not personal on its own; used to check the placement fits the lot's age band.
 */
export type AgeAtStart = number;
/**
 * The child's full name, as the provider needs it for day-to-day care.
 */
export type Name = string;
/**
 * The child's date of birth.
 */
export type DateOfBirth = common.Date;
/**
 * The child's gender as recorded by the placing authority.
 */
export type Gender = common.Gender;
/**
 * The child's ethnicity, preferably as a Department for Education census ethnicity code such as WBRI.
 */
export type Ethnicity = string;
/**
 * The child's 10-digit NHS number, for the provider to register the child with health services.
 */
export type NHSNumber = string;
/**
 * The local authority placing the child and paying the fee, by GSS code.
 */
export type PlacingAuthority = common.LocalAuthority;
/**
 * The provider, by its provider profile.
 */
export type Provider = common.DocumentReference;
/**
 * The Ofsted unique reference number of the setting; it should be one of the settings in the provider's profile.
 */
export type OfstedURN = common.OfstedURN;
/**
 * Foster care, residential care or supported accommodation (the Placements Data Standard's placement type).
 */
export type CareSetting = common.CareSetting;
/**
 * The local authority area the placement is in, by GSS code. Shows whether the child is placed out of area.
 */
export type Area = common.LocalAuthority;
/**
 * Where the placement is, as recorded for the Placements Data Standard (for example a town). Never needed for matching; may reveal where the child lives.
 */
export type Location = string;
/**
 * True when the placement is in the location the referral preferred.
 */
export type InPreferredLocation = boolean;
/**
 * True when the child can stay at the same school or college.
 */
export type EducationContinuity = boolean;
/**
 * How many of the child's siblings are placed in the same home under this or linked agreements.
 */
export type SiblingsPlacedTogether = number;
/**
 * The placement request (referral) this agreement answers, if recorded in NOF.
 */
export type PlacementRequest = common.DocumentReference;
/**
 * How the placement was bought: the consortium arrangement, lot and tier it was called off, or a spot purchase.
 */
export type Route = common.Route;
/**
 * The SSDA903 placement type code, for example U6 or K2.
 */
export type PlacementType = common.PlacementTypeSSDA903;
/**
 * The child's SSDA903 legal status at the start of the placement.
 */
export type LegalStatus =
  'C1' | 'C2' | 'D1' | 'E1' | 'J1' | 'J2' | 'J3' | 'L1' | 'L2' | 'L3' | 'V2' | 'V3' | 'V4';
/**
 * The admission date: when the child moves in.
 */
export type StartDate = common.Date;
/**
 * When the placement is planned to end, if it is time-limited.
 */
export type PlannedEndDate = common.Date;
/**
 * The day the placement ended (the day the child left, as the SSDA903 return records it), once it has. Leave out while the child is placed. With the start date it says how long placements last.
 */
export type EndDate = common.Date;
/**
 * What the placement is for, for example 'A stable long-term foster home near the child's school while contact with the family is rebuilt'.
 */
export type Purpose = common.Text;
/**
 * The framework the assessed needs and outcomes are described in.
 */
export type NeedsAndOutcomesFramework = common.DocumentReference;
/**
 * The child's needs by framework domain and level.
 */
export type AssessedNeeds = common.AssessedNeed[];
/**
 * Identifies this outcome within the document, so that reviews and outcome trackers can rate progress against it.
 */
export type OutcomeId = common.Identifier;
/**
 * The id of the outcome domain in the framework named by this document's `framework`, for example `be-healthy`.
 */
export type OutcomeDomain = common.Identifier;
/**
 * The id of the indicator, within the outcome domain, that progress is measured on; its measurement scale gives the meaning of the baseline and target.
 */
export type Indicator = common.Identifier;
/**
 * The outcome for this child in plain words, for example 'Attends school every day and takes part in one after-school activity'.
 */
export type Description = common.Text;
/**
 * How progress will be evidenced, for example 'SDQ completed by carer every six months' or 'school attendance record'. Describe the method, not the child.
 */
export type HowItIsMeasured = string;
/**
 * Where the child is now, on the indicator's scale.
 */
export type Baseline = common.ValueOnAMeasurementScale;
/**
 * Where the child should be by the target date, on the indicator's scale.
 */
export type Target = common.ValueOnAMeasurementScale;
/**
 * The date by which the target should be reached.
 */
export type ByWhen = common.Date;
/**
 * An amount in pounds sterling paid each week.
 */
export type WeeklyAmount = common.Money;
/**
 * A service on top of the core weekly fee, such as therapy, education support or transport to school, with its cost and who funds it: one funder, or a split between several with each one's share.
 */
export type AdditionalService = AdditionalService1 & AdditionalService2;
export type AdditionalService1 =
  | {
      funder: unknown;
    }
  | {
      fundingSplit: unknown;
    };
/**
 * What the service is and how often, for example 'Weekly therapeutic sessions with the agency's psychologist'. Describe the service, not the child: it is shared with providers and funders.
 */
export type Description1 = string;
/**
 * The kind of service.
 */
export type Category = 'education' | 'health' | 'transport' | 'therapy' | 'contact' | 'other';
/**
 * What the service costs and per what period.
 */
export type Cost = common.Money;
/**
 * A party that pays for a service: the placing authority, health (the NHS), education (the school or education budget), or the provider (included at no extra charge).
 */
export type Funder = 'placing-authority' | 'health' | 'education' | 'provider';
/**
 * The total paid per week, fee plus weekly services, where it has been stated (the Placements Data Standard's total weekly cost).
 */
export type TotalWeeklyCost = common.AmountGBP;
/**
 * The date of the first placement review.
 */
export type FirstReview = common.Date;
/**
 * How often reviews follow the first, for example every 6 months.
 */
export type Frequency = common.PeriodOfTime;
/**
 * When the review took place.
 */
export type Date = common.Date;
/**
 * What the review concluded about the placement.
 */
export type Notes = common.Text;
/**
 * Reviews that have taken place, oldest first.
 */
export type ReviewsHeld = PlacementReview[];
/**
 * Which party signed.
 */
export type Party = 'placing-authority' | 'provider' | 'health' | 'education';
/**
 * The signatory's role, for example 'Head of Placements' or 'Registered Manager'. Never a name.
 */
export type Role = string;
/**
 * When they signed.
 */
export type Date1 = common.Date;
/**
 * Each party's sign-off, by role and date.
 */
export type SignOff = PartySignOff[];
/**
 * When the placement details were entered, and by whom.
 */
export type PlacementEntered = common.DataEntry;
/**
 * When the placement's cost was entered, and by whom.
 */
export type CostEntered = common.DataEntry;
/**
 * Whether the authority's own foster carers or homes were considered before independent providers, and with what outcome.
 */
export type InHouseProvisionConsidered = common.InHouseProvisionConsidered;
/**
 * True when the placement was needed so quickly that the usual call-off procedure (for example tier by tier) could not be followed in full.
 */
export type Urgent = boolean;
/**
 * Why providers were not approached tier by tier, for example 'Emergency: all tiers approached at once, same-day placement needed'. Required by most consortia whenever a lower tier was approached before a higher one. Describe the circumstances, not the child.
 */
export type ReasonTiersWereNotFollowed = string;
/**
 * Each provider approached, in the order they were approached.
 */
export type Approaches = common.CallOffApproach[];

/**
 * The Individual Placement Agreement (IPA), version 2: as in v1, the call-off contract for one child's placement, with three changes the 2015 review motivates. Each outcome can name the assessed needs it addresses (providers could not monitor IPAs whose outcomes floated free of the child's needs); fees are a core weekly fee plus itemised additional services, each with an id and its funders (so costs compare like for like); and the call-off record says which procedure was used and when the need was first known (providers were asked for emergency placements the authority had known about for weeks). It also records when the IPA was issued, since IPAs often reached providers late. Parts that did not change are shared with v1.
 */
export interface IndividualPlacementAgreement {
  $schema?: JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v2` for this schema.
   */
  apiVersion: 'nof/v2';
  /**
   * The kind of document: always `PlacementAgreement` for this schema.
   */
  kind: 'PlacementAgreement';
  /**
   * The document's id, name, owner, sharing and local profiles.
   */
  metadata: common.Metadata;
  /**
   * The terms of the placement.
   */
  spec: PlacementAgreement;
}
/**
 * The terms of one child's placement (the Individual Placement Agreement): who is placed where, by which route, why, which needs it meets and what outcomes it seeks, what it costs and when it is reviewed.
 */
export interface PlacementAgreement {
  child: Child;
  placingAuthority: PlacingAuthority;
  provider: Provider;
  setting: Setting;
  request?: PlacementRequest;
  route: Route;
  placementType: PlacementType;
  legalStatus?: LegalStatus;
  startDate: StartDate;
  plannedEndDate?: PlannedEndDate;
  endDate?: EndDate;
  /**
   * When the completed IPA was sent to the provider. Providers told the review that IPAs often arrived late or not at all, leaving them to monitor a placement without its purpose and outcomes; recording the date shows how long after the start they arrive.
   */
  issuedOn?: common.Date;
  purpose?: Purpose;
  framework?: NeedsAndOutcomesFramework;
  assessedNeeds?: AssessedNeeds;
  /**
   * The outcomes the placement is to achieve, each tied to the assessed needs it addresses; outcome trackers rate progress against their ids.
   */
  outcomes?: OutcomeSought[];
  /**
   * The core weekly fee and the itemised additional services.
   */
  fees: FeesAndServices;
  reviewSchedule?: ReviewSchedule;
  signOff?: SignOff;
  dataEntry?: DataEntryQualityAssurance;
  inHouseConsidered?: InHouseProvisionConsidered;
  /**
   * How providers were approached before this one was chosen, by which procedure, and since when the need was known.
   */
  callOff?: CallOffRecord;
}
/**
 * The child placed.
 */
export interface Child {
  localReference: LocalReference;
  ageAtStart?: AgeAtStart;
  name?: Name;
  dateOfBirth?: DateOfBirth;
  gender?: Gender;
  ethnicity?: Ethnicity;
  nhsNumber?: NHSNumber;
}
/**
 * The registered setting where the child lives.
 */
export interface Setting {
  ofstedUrn: OfstedURN;
  careSetting?: CareSetting;
  localAuthority?: Area;
  locationDescription?: Location;
  inPreferredLocation?: InPreferredLocation;
  educationContinuity?: EducationContinuity;
  siblingsPlacedTogether?: SiblingsPlacedTogether;
}
/**
 * One outcome the placement is to achieve for the child, the assessed needs it addresses, the framework indicator it is measured on, the baseline, the target and by when.
 */
export interface OutcomeSought {
  id: OutcomeId;
  /**
   * The need domains, among this agreement's assessed needs, that this outcome addresses, for example `education`. Every outcome should name at least one: an outcome tied to no assessed need cannot show whether the placement meets the child's needs. (Optional in the schema so that v1 agreements convert without inventing links; `nof migrate` fills it in when the agreement has a single assessed need.)
   *
   * @minItems 1
   */
  addresses?: [common.Identifier, ...common.Identifier[]];
  domain: OutcomeDomain;
  indicator: Indicator;
  description: Description;
  measure?: HowItIsMeasured;
  baseline?: Baseline;
  target?: Target;
  byWhen?: ByWhen;
}
/**
 * What the placement costs: a core weekly fee, always per week so that placements compare like for like, and each additional service itemised with who funds it. The residential IPA schedule is titled 'Total IPA weekly fee payable'.
 */
export interface FeesAndServices {
  /**
   * The core fee for the placement, per week. Services on top of it go in `additionalServices`.
   */
  coreWeeklyFee: WeeklyAmount;
  /**
   * Services charged on top of the core weekly fee, one item each.
   */
  additionalServices?: AdditionalService[];
  totalWeeklyCost?: TotalWeeklyCost;
}
export interface AdditionalService2 {
  /**
   * Identifies the service within this agreement, for example `therapy`, so invoices and reviews can refer to it.
   */
  id: common.Identifier;
  description: Description1;
  category: Category;
  cost: Cost;
  /**
   * Who pays, when one party pays all of it: the placing authority, health (the NHS), education (the school or education budget), or the provider (included at no extra charge). When several pay, use `fundingSplit` instead.
   */
  funder?: Funder;
  /**
   * Who pays what share, when the cost is shared (for example a therapy funded half by health and half by the placing authority). The shares add up to 100.
   *
   * @minItems 2
   *
   * Items: One funder's share of the service's cost.
   */
  fundingSplit?: [
    {
      funder: Funder;
      /**
       * This funder's share of the cost, as a percentage.
       */
      percentage: common.Percentage;
    },
    {
      funder: Funder;
      /**
       * This funder's share of the cost, as a percentage.
       */
      percentage: common.Percentage;
    },
    ...{
      funder: Funder;
      /**
       * This funder's share of the cost, as a percentage.
       */
      percentage: common.Percentage;
    }[]
  ];
}
/**
 * When the placement is reviewed.
 */
export interface ReviewSchedule {
  firstReviewDate: FirstReview;
  frequency: Frequency;
  reviews?: ReviewsHeld;
}
/**
 * A review of the placement that has taken place.
 */
export interface PlacementReview {
  date: Date;
  notes?: Notes;
}
/**
 * One party's sign-off of the agreement, by role rather than name.
 */
export interface PartySignOff {
  party: Party;
  role: Role;
  date: Date1;
}
/**
 * When the placement and its cost were entered, and by whom: the Placements Data Standard's quality assurance fields, kept so that records from the standard round-trip without loss.
 */
export interface DataEntryQualityAssurance {
  placement?: PlacementEntered;
  cost?: CostEntered;
}
/**
 * The record of how providers were approached for this placement: the procedure used, when the need was first known, every approach in order, whether the placement was urgent, and why the tiers were not followed when they were not.
 */
export interface CallOffRecord {
  /**
   * How providers were approached for this placement, in the same words as a consortium's prescribed call-off method: `sequential-by-tier` (tier 1 first, then the next tier), `all-tiers-at-once` (every tier approached together; common in emergencies, a compliance concern), `mini-competition` (providers invited to bid for this placement), `direct-award` (one provider chosen without competition), `spot-from-list` (searched on an approved list and bought directly).
   */
  procedure?: common.CallOffMethod;
  /**
   * When the placing authority first knew this child would need a placement. Providers told the review they were asked for emergency placements that authorities had known about for some time; the gap between this date and the first approach shows it.
   */
  needIdentifiedOn?: common.Date;
  urgent?: Urgent;
  exceptionReason?: ReasonTiersWereNotFollowed;
  approaches: Approaches;
}

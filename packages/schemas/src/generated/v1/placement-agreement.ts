/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * The child's legal status code from the SSDA903 looked-after children return, for example C2 (full care order) or V2 (single period of accommodation under section 20).
 */
export type LegalStatusSSDA903 =
  'C1' | 'C2' | 'D1' | 'E1' | 'J1' | 'J2' | 'J3' | 'L1' | 'L2' | 'L3' | 'V2' | 'V3' | 'V4';

/**
 * The Individual Placement Agreement (IPA): the call-off contract for one child's placement under a consortium arrangement or a spot purchase, setting out the placement, its purpose, the outcomes sought, fees and additional services, reviews and sign-off, with the record of how providers were approached.
 */
export interface IndividualPlacementAgreement {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
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
  metadata: common.Metadata;
  /**
   * The terms of the placement.
   */
  spec: PlacementAgreement;
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
  placingAuthority: common.LocalAuthority;
  /**
   * The provider, by its provider profile.
   */
  provider: common.DocumentReference;
  /**
   * The registered setting where the child lives.
   */
  setting: Setting;
  /**
   * The placement request (referral) this agreement answers, if recorded in NOF.
   */
  request?: common.DocumentReference;
  /**
   * How the placement was bought: the consortium arrangement, lot and tier it was called off, or a spot purchase.
   */
  route: common.Route;
  /**
   * The SSDA903 placement type code, for example U6 or K2.
   */
  placementType: common.PlacementTypeSSDA903;
  /**
   * The child's SSDA903 legal status at the start of the placement.
   */
  legalStatus?: LegalStatusSSDA903;
  /**
   * The admission date: when the child moves in.
   */
  startDate: common.Date;
  /**
   * When the placement is planned to end, if it is time-limited.
   */
  plannedEndDate?: common.Date;
  /**
   * The day the placement ended (the day the child left, as the SSDA903 return records it), once it has. Leave out while the child is placed. With the start date it says how long placements last.
   */
  endDate?: common.Date;
  /**
   * What the placement is for, for example 'A stable long-term foster home near the child's school while contact with the family is rebuilt'.
   */
  purpose?: common.Text;
  /**
   * The framework the assessed needs and outcomes are described in.
   */
  framework?: common.DocumentReference;
  /**
   * The child's needs by framework domain and level.
   */
  assessedNeeds?: common.AssessedNeed[];
  /**
   * The outcomes the placement is to achieve; outcome trackers rate progress against their ids.
   */
  outcomes?: common.OutcomeSought[];
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
   * Whether the authority's own foster carers or homes were considered before independent providers, and with what outcome.
   */
  inHouseConsidered?: common.InHouseProvisionConsidered;
  /**
   * How providers were approached before this one was chosen.
   */
  callOff?: common.CallOffRecord;
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
  localReference: common.ChildSLocalReference;
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
  dateOfBirth?: common.Date;
  /**
   * The child's gender as recorded by the placing authority.
   */
  gender?: common.Gender;
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
  ofstedUrn: common.OfstedURN;
  /**
   * Foster care, residential care or supported accommodation (the Placements Data Standard's placement type).
   */
  careSetting?: common.CareSetting;
  /**
   * The local authority area the placement is in, by GSS code. Shows whether the child is placed out of area.
   */
  localAuthority?: common.LocalAuthority;
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
 * What the placement costs: the weekly fee and any additional services. The residential IPA schedule is titled 'Total IPA weekly fee payable'.
 */
export interface FeesAndServices {
  /**
   * The core fee for the placement, normally per week.
   */
  weeklyFee: common.Money;
  /**
   * Services charged on top of the weekly fee.
   */
  additionalServices?: AdditionalService[];
  /**
   * The total paid per week, fee plus weekly services, where it has been stated (the Placements Data Standard's total weekly cost).
   */
  totalWeeklyCost?: common.AmountGBP;
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
  cost: common.Money;
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
  firstReviewDate: common.Date;
  /**
   * How often reviews follow the first, for example every 6 months.
   */
  frequency: common.PeriodOfTime;
  /**
   * Reviews that have taken place, oldest first.
   */
  reviews?: PlacementReview[];
}
/**
 * A review of the placement that has taken place.
 */
export interface PlacementReview {
  /**
   * When the review took place.
   */
  date: common.Date;
  /**
   * What the review concluded about the placement.
   */
  notes?: common.Text;
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
  date: common.Date;
}
/**
 * When the placement and its cost were entered, and by whom (the Placements Data Standard's placementDate and placementOfficerName, costDate and costOfficerName). Officers' names are personal data: redaction removes them.
 */
export interface DataEntryQualityAssurance {
  /**
   * When the placement details were entered, and by whom.
   */
  placement?: common.DataEntry;
  /**
   * When the placement's cost was entered, and by whom.
   */
  cost?: common.DataEntry;
}

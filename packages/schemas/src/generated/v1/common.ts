/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier = string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text = string;
/**
 * An amount of money in pounds sterling, for example 850 or 1249.50.
 */
export type AmountGBP = number;
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * A Welsh unitary authority, by its ONS GSS code (W06), for placements across the border, for example W06000015 for Cardiff.
 */
export type WelshLocalAuthority = string;
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;
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
 * The kind of placement service: independent fostering, residential child care (children's homes), residential special schools, or 16+ / supported accommodation.
 */
export type Service = 'fostering' | 'residential-child-care' | 'residential-special-school' | 'sixteen-plus';
/**
 * Ofsted unique reference number of a registered setting: 'SC' followed by 6 digits (older social care registrations) or 7 digits.
 */
export type OfstedURN = string;
/**
 * Ofsted's overall effectiveness judgement at the latest full inspection.
 */
export type OfstedOverallEffectiveness =
  'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-inspected';
/**
 * The placement type code from the Department for Education's SSDA903 looked-after children return, for example U6 (foster placement with other carer, other) or K2 (children's home). Some codes are valid only for some collection years.
 */
export type PlacementTypeSSDA903 = string;
/**
 * The address of the published JSON Schema this document follows (its `$id`, for example https://schemas.nof.org.uk/v1/placement-request.schema.json), so that generic JSON Schema tools know which schema to check it against. `nof export json` writes it; NOF tools ignore it and choose the schema by `apiVersion` and `kind`.
 */
export type JSONSchema = string;
/**
 * The name of the member of staff who entered part of a record, kept only because the Placements Data Standard's quality assurance section records it, so that records imported from the standard can be exported back without loss. It is a member of staff's name, not the child's, but it is still personal data: redaction removes it, and it is best left out of documents shared beyond the authority. Elsewhere NOF records roles, never names.
 */
export type OfficerSNameDataEntry = string;
/**
 * A percentage from 0 to 100, for example 60 for a 60% quality weighting or 4.5 for a 4.5% discount.
 */
export type Percentage = number;
/**
 * A moment in time written as ISO 8601 with a UTC offset, for example 2015-06-01T09:30:00+01:00. Used where the order of events within a day matters, such as when each provider was approached in a call-off.
 */
export type DateAndTime = string;
/**
 * The placing authority's pseudonymous reference for the child, for example a case number from its children's social care system. It must not be the child's name, date of birth or NHS number: it lets the authority link documents about the same child without identifying the child to anyone else.
 */
export type ChildSLocalReference = string;
/**
 * The child's gender as recorded by the placing authority.
 */
export type Gender = 'female' | 'male' | 'other' | 'not-known';
/**
 * The broad kind of home, as the Placements Data Standard groups placements: foster care, residential care (a children's home or residential school) or supported accommodation (16+).
 */
export type CareSetting = 'foster-care' | 'residential-care' | 'supported-accommodation';
/**
 * A value on an outcome indicator's measurement scale: a number for ordinal, numeric and percentage scales (for example 3 or 14), or a word for RAG and yes/no scales (`red`, `amber`, `green`, `yes`, `no`).
 */
export type ValueOnAMeasurementScale = number | string;
/**
 * A date known only as far as the source says: a year (`2014`), a month (`2014-11`) or a day (`2014-11-01`); or, with a qualifier, `{ date: 2018, qualifier: by }` for 'by 2018'. `about`: roughly then; `by`: no later than; `from`: from then on (or since then); `before` and `after`: strictly before or after. NOF never invents the missing month or day: it compares a partial date as every day it could be, and says so when it cannot tell.
 */
export type PartialDate = number | string | QualifiedPartialDate;
/**
 * A local authority financial year (1 April to 31 March) written as the review writes it, for example `2015/16`.
 */
export type FinancialYear = string;
/**
 * `sequential-by-tier`: approach tier 1 first, then tier 2 and so on. `all-tiers-at-once`: send the request to every tier together. `mini-competition`: a competition among providers for each placement. `direct-award`: award to a chosen provider without competition. `spot-from-list`: search the list and spot-purchase directly (approved lists, CCRAG).
 */
export type CallOffMethod =
  'sequential-by-tier' | 'all-tiers-at-once' | 'mini-competition' | 'direct-award' | 'spot-from-list';
/**
 * One reason a provider may be suspended from an arrangement, the same words in a consortium's suspension protocol and in a provider's recorded suspension: `ofsted-inadequate` (an Inadequate Ofsted judgement), `safeguarding-concern`, `regulation-44-concern` (concerns from an independent person's Regulation 44 visit), `financial-failure`, or `other` (say what, for example a breach of contract).
 */
export type SuspensionTrigger =
  'ofsted-inadequate' | 'safeguarding-concern' | 'regulation-44-concern' | 'financial-failure' | 'other';
/**
 * An overall effectiveness judgement as Ofsted gave it at the time, including judgements no longer given: children's homes were judged `adequate` under the framework in force until 31 March 2015, whose place `requires-improvement` took from 1 April 2015.
 */
export type OfstedJudgementAnyPeriod =
  'outstanding' | 'good' | 'adequate' | 'requires-improvement' | 'inadequate';

/**
 * Every shared definition, by its key in common.schema.json's $defs: the kinds' types refer to them here.
 */
export interface Common {
  id?: Identifier;
  date?: Date;
  text?: Text;
  amount?: AmountGBP;
  money?: Money;
  period?: PeriodOfTime;
  localAuthorityRef?: LocalAuthority;
  welshAuthorityRef?: WelshLocalAuthority;
  documentRef?: DocumentReference;
  region?: Region;
  service?: Service;
  ofstedUrn?: OfstedURN;
  ofstedGrade?: OfstedOverallEffectiveness;
  placementType?: PlacementTypeSSDA903;
  ageBand?: AgeBand;
  contact?: Contact;
  metadata?: Metadata;
  schemaUri?: JSONSchema;
  officerName?: OfficerSNameDataEntry;
  dataEntry?: DataEntry;
  percentage?: Percentage;
  dateTime?: DateAndTime;
  childLocalReference?: ChildSLocalReference;
  gender?: Gender;
  careSetting?: CareSetting;
  scaleValue?: ValueOnAMeasurementScale;
  route?: Route;
  callOffApproach?: CallOffApproach;
  callOffRecord?: CallOffRecord;
  assessedNeed?: AssessedNeed;
  outcomeSought?: OutcomeSought;
  partialDate?: PartialDate;
  financialYear?: FinancialYear;
  callOffMethod?: CallOffMethod;
  suspensionTrigger?: SuspensionTrigger;
  ofstedJudgement?: OfstedJudgementAnyPeriod;
  inHouseCheck?: InHouseProvisionConsidered;
}
/**
 * An amount in pounds sterling and the period it is paid for, for example £5,800 a year or £850 a week.
 */
export interface Money {
  amount: AmountGBP;
  /**
   * Always GBP; stated only for the benefit of systems that expect a currency.
   */
  currency?: 'GBP';
  /**
   * What the amount pays for: each week, month or year, each night, each placement, or once.
   */
  per: 'week' | 'month' | 'year' | 'night' | 'placement' | 'one-off';
  /**
   * True when the amount includes VAT; false when VAT is added on top (as with the CCRAG subscription, £1,966 plus VAT).
   */
  vatIncluded?: boolean;
}
/**
 * A length of time in whole years and/or months, such as the initial period of a framework (2 years) or one extension (1 year).
 */
export interface PeriodOfTime {
  /**
   * Whole years.
   */
  years?: number;
  /**
   * Whole months (added to the years).
   */
  months?: number;
}
/**
 * An age range in whole years, inclusive at both ends: a child aged `from` up to and including `to` years (for example 0-4, 5-10, 11-18).
 */
export interface AgeBand {
  /**
   * Youngest age in the band, in whole years.
   */
  from: number;
  /**
   * Oldest age in the band, in whole years (inclusive).
   */
  to: number;
}
/**
 * A role or team to contact (not a named person), such as 'Commissioning team, Leeds City Council'.
 */
export interface Contact {
  /**
   * The role or team.
   */
  role: string;
  /**
   * A shared team mailbox.
   */
  email?: string;
}
/**
 * Who this document is and how to refer to it.
 */
export interface Metadata {
  /**
   * Kebab-case id, unique among documents of this kind in the workspace. Other documents refer to this one by it.
   */
  id: Identifier;
  /**
   * The document's name as people know it, for example 'White Rose Independent Fostering Framework'.
   */
  name: string;
  /**
   * A short description of what this document covers.
   */
  description?: Text;
  /**
   * The author's own version of this document, for example '1.2' or '2015-06'.
   */
  version?: string;
  /**
   * The local authority that owns and maintains this document, by GSS code.
   */
  owner?: LocalAuthority;
  /**
   * Who may see this document. `internal`: only the owning authority; `consortium`: the consortium's members; `providers`: sent to providers (personal data must be removed); `public`: published.
   */
  sharing?: 'internal' | 'consortium' | 'providers' | 'public';
  /**
   * Free labels for filtering, such as 'fostering' or '2015-review'.
   */
  labels?: string[];
  /**
   * The local profiles this document follows, by id, for example `peninsula`. A profile adds a consortium's own fields and constraints to the national schema without loosening it; each is a `<id>.profile.json` file in the `profiles/` folder next to the workspace's nof.config.yaml, and the document is checked against the national schema merged with every profile named here.
   */
  profiles?: Identifier[];
}
/**
 * When part of a record was entered, and by whom (the Placements Data Standard's quality assurance fields).
 */
export interface DataEntry {
  /**
   * The date this part of the record was entered.
   */
  date: Date;
  /**
   * Who entered it: personal data about staff, removed by redaction.
   */
  officerName?: OfficerSNameDataEntry;
}
/**
 * How the placement is bought: called off from a consortium framework or dynamic purchasing system (with its lot and the provider's tier), taken from an approved list, from a block contract, under a cost-and-volume agreement, or spot purchased outside any arrangement.
 */
export interface Route {
  /**
   * `framework-call-off`: called off a framework agreement; `dps-call-off`: called off a dynamic purchasing system; `approved-list`: bought from a provider on an approved provider list (usually at a spot price); `block`: one of the places in a block contract; `cost-and-volume`: under a cost-and-volume agreement; `spot`: bought outside any arrangement.
   */
  type: 'framework-call-off' | 'dps-call-off' | 'approved-list' | 'block' | 'cost-and-volume' | 'spot';
  /**
   * The consortium whose arrangement is used. Leave out for a spot purchase.
   */
  consortium?: DocumentReference;
  /**
   * The id of the arrangement (framework, DPS, approved list, block or cost-and-volume contract) within the consortium.
   */
  arrangement?: Identifier;
  /**
   * The id of the lot (service category, such as standard fostering for ages 11-18) within the arrangement.
   */
  lot?: Identifier;
  /**
   * For an agreement: the tier the chosen provider holds on the lot (1 = approached first). Leave out on a placement request, which may go to several tiers.
   */
  tierRank?: number;
  /**
   * For a spot purchase by an authority that has an arrangement for the service: why the placement was bought outside it. `not-on-arrangement`: the provision is not on the arrangement (it does not qualify, or the provider keeps it off). `needs-not-met`: no provider on the arrangement could meet the child's needs. `no-vacancy`: the arrangement's providers had no place. `urgency`: there was no time to follow the call-off. `continuity`: the child stays with a provider already caring for them. `other`.
   */
  offArrangementReason?:
    'not-on-arrangement' | 'needs-not-met' | 'no-vacancy' | 'urgency' | 'continuity' | 'other';
}
/**
 * One approach to a provider for this child's placement: who was approached, on which tier, when, and what they answered. Recording every approach shows whether the tiers were followed.
 */
export interface CallOffApproach {
  /**
   * The provider approached, by its provider profile.
   */
  provider: DocumentReference;
  /**
   * The provider's tier on the lot when approached (1 = approached first). Leave out when the provider is not on a tiered arrangement.
   */
  tierRank?: number;
  /**
   * When the referral was sent to the provider.
   */
  approachedAt: DateAndTime;
  /**
   * `accepted`: the provider offered the placement; `declined`: it could not meet the child's needs or chose not to offer; `no-response`: no answer within the time allowed; `no-vacancy`: it had no place.
   */
  response: 'accepted' | 'declined' | 'no-response' | 'no-vacancy';
  /**
   * When the provider answered, if it did.
   */
  respondedAt?: DateAndTime;
  /**
   * Why the provider declined, when it did: `cannot-meet-needs`, `matching-risk` (the child would not fit with the children already placed), `location`, `price` (it would not accept the arrangement's price), `relationship-with-authority` (the review quotes a provider that deletes one council's referrals unread), `referral-incomplete` (not enough information to decide), or `other`.
   */
  declineReason?:
    | 'cannot-meet-needs'
    | 'matching-risk'
    | 'location'
    | 'price'
    | 'relationship-with-authority'
    | 'referral-incomplete'
    | 'other';
}
/**
 * The record of how providers were approached for this placement: every approach in order, whether the placement was urgent, and why the tiers were not followed when they were not. The review found tiered call-off was often skipped in emergencies without any record.
 */
export interface CallOffRecord {
  /**
   * True when the placement was needed so quickly that the usual call-off procedure (for example tier by tier) could not be followed in full.
   */
  urgent?: boolean;
  /**
   * Why providers were not approached tier by tier, for example 'Emergency: all tiers approached at once, same-day placement needed'. Required by most consortia whenever a lower tier was approached before a higher one. Describe the circumstances, not the child.
   */
  exceptionReason?: string;
  /**
   * Each provider approached, in the order they were approached.
   */
  approaches: CallOffApproach[];
}
/**
 * The child's need in one domain of the needs and outcomes framework, at a level the framework defines, with a strengths-based description in the social worker's words.
 */
export interface AssessedNeed {
  /**
   * The id of the need domain in the framework named by this document's `framework`, for example `emotional-wellbeing`.
   */
  domain: Identifier;
  /**
   * The level of need in this domain, as numbered by the framework (for example 1 = met by standard provision, 3 = just below very specialist provision).
   */
  level: number;
  /**
   * What the child is like and needs in this domain, written from strengths first (what helps, what the child does well) rather than as a list of deficits.
   */
  description?: Text;
}
/**
 * One outcome the placement is to achieve for the child: the framework's outcome domain and indicator it is measured on, where the child is now (baseline), where they should be (target) and by when.
 */
export interface OutcomeSought {
  /**
   * Identifies this outcome within the document, so that reviews and outcome trackers can rate progress against it.
   */
  id: Identifier;
  /**
   * The id of the outcome domain in the framework named by this document's `framework`, for example `be-healthy`.
   */
  domain: Identifier;
  /**
   * The id of the indicator, within the outcome domain, that progress is measured on; its measurement scale gives the meaning of the baseline and target.
   */
  indicator: Identifier;
  /**
   * The outcome for this child in plain words, for example 'Attends school every day and takes part in one after-school activity'.
   */
  description?: Text;
  /**
   * How progress will be evidenced, for example 'SDQ completed by carer every six months' or 'school attendance record'. Describe the method, not the child.
   */
  measure?: string;
  /**
   * Where the child is now, on the indicator's scale.
   */
  baseline?: ValueOnAMeasurementScale;
  /**
   * Where the child should be by the target date, on the indicator's scale.
   */
  target?: ValueOnAMeasurementScale;
  /**
   * The date by which the target should be reached.
   */
  byWhen?: Date;
}
/**
 * A partial date with a word saying how it bounds the event.
 */
export interface QualifiedPartialDate {
  /**
   * The year, month or day: `2018`, `2014-11` or `2014-11-01`.
   */
  date: number | string;
  /**
   * `about`: roughly then. `by`: no later than ('due to expire by 2018'). `from`: from then on ('from 2009'). `before` / `after`: strictly before or after.
   */
  qualifier?: 'about' | 'by' | 'from' | 'before' | 'after';
}
/**
 * Whether the authority's own (in-house) foster carers or homes were considered before independent providers, as a sequential placement-finding policy requires; the 2015 review records a challenge to that practice.
 */
export interface InHouseProvisionConsidered {
  /**
   * True when in-house provision was considered first; false when it was not.
   */
  considered: boolean;
  /**
   * `no-vacancy`: no in-house place was free. `needs-not-met`: in-house provision could not meet the needs. `offered-declined`: an in-house place was offered but not taken. `not-applicable`: the authority has no in-house provision of this kind.
   */
  outcome?: 'no-vacancy' | 'needs-not-met' | 'offered-declined' | 'not-applicable';
}

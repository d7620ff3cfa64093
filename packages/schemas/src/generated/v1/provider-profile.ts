/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * A provider's pre-qualifying information in one place (the 'national repository of pre-qualifying information' the 2015 review recommended), so that providers stop filling in the same information in a different format for every consortium.
 */
export interface ProviderProfile {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `ProviderProfile` for this schema.
   */
  kind: 'ProviderProfile';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: common.Metadata;
  /**
   * The provider's pre-qualification information.
   */
  spec: ProviderProfile1;
}
/**
 * One provider's pre-qualification information, kept once and shared with every consortium: the organisation, its Ofsted-registered settings, insurance, policies, financial checks, and the arrangements it is qualified on or suspended from.
 */
export interface ProviderProfile1 {
  /**
   * The legal entity.
   */
  organisation: Organisation;
  /**
   * The provider's Ofsted-registered settings.
   */
  settings: RegisteredSetting[];
  /**
   * The insurance policies held.
   */
  insurance?: InsurancePolicy[];
  /**
   * The operational policies consortia ask for, with versions and approval dates.
   */
  policies?: Policy[];
  /**
   * Checks of financial standing, newest last.
   */
  financialChecks?: FinancialCheck[];
  /**
   * The consortium arrangements the provider is on, with lots and tiers.
   */
  arrangements?: ArrangementQualification[];
  /**
   * Suspensions by consortia, current and past.
   */
  suspensions?: Suspension[];
}
/**
 * The legal entity that holds the registrations and signs the contracts.
 */
export interface Organisation {
  /**
   * The organisation's registered legal name.
   */
  legalName: string;
  /**
   * What kind of provider the organisation is.
   */
  type:
    | 'independent-fostering-agency'
    | 'childrens-home-operator'
    | 'residential-special-school'
    | 'voluntary'
    | 'local-authority';
  /**
   * For a local authority's own provision (`type: local-authority`), the authority that runs it, by GSS code. SSDA903 records such placements as the placing authority's own provision (PR1) or another authority's (PR2).
   */
  authority?: common.LocalAuthority;
  /**
   * The company registration number: 8 digits, or 2 letters and 6 digits (for example SC123456 for a Scottish company).
   */
  companiesHouseNumber?: string;
  /**
   * The registered charity number, for a charity: 6 or 7 digits in England and Wales, SC and 6 digits in Scotland, NIC and 6 digits in Northern Ireland.
   */
  charityNumber?: string;
}
/**
 * A home or service registered with Ofsted: a children's home, the fostering agency itself, a residential special school or supported accommodation.
 */
export interface RegisteredSetting {
  /**
   * Identifies the setting within this profile.
   */
  id: common.Identifier;
  /**
   * The setting's name as registered.
   */
  name: string;
  /**
   * The setting's Ofsted unique reference number. Placement agreements name the setting by it.
   */
  ofstedUrn: common.OfstedURN;
  /**
   * What kind of setting is registered.
   */
  type:
    | 'childrens-home'
    | 'independent-fostering-agency'
    | 'residential-special-school'
    | 'supported-accommodation';
  /**
   * How many children the setting is registered for (for a fostering agency, its approved placements).
   */
  registeredPlaces?: number;
  /**
   * Overall effectiveness at the latest full inspection.
   */
  latestGrade?: common.OfstedOverallEffectiveness;
  /**
   * The date of that inspection.
   */
  inspectionDate?: common.Date;
  /**
   * The local authority area the setting is in, by GSS code (for a fostering agency, where its office is).
   */
  localAuthority?: common.LocalAuthority;
  /**
   * For a setting in Wales (English authorities place children across the border), the Welsh local authority area it is in, by GSS code (W06), instead of `localAuthority`.
   */
  welshArea?: common.WelshLocalAuthority;
  /**
   * Earlier full inspections with the judgement given at the time, newest last, including judgements no longer given (children's homes were judged `adequate` until 31 March 2015).
   *
   * @minItems 1
   */
  inspections?: [Inspection, ...Inspection[]];
}
/**
 * One full Ofsted inspection and its overall effectiveness judgement.
 */
export interface Inspection {
  /**
   * The date of the inspection.
   */
  date: common.Date;
  /**
   * The overall effectiveness judgement as given at the time.
   */
  judgement: common.OfstedJudgementAnyPeriod;
}
/**
 * One insurance policy held, with the cover and when it expires.
 */
export interface InsurancePolicy {
  /**
   * What the insurance covers.
   */
  type: 'public-liability' | 'employers-liability' | 'professional-indemnity' | 'abuse-cover' | 'motor';
  /**
   * The amount insured, in pounds, for example 10000000 for £10m.
   */
  cover: common.AmountGBP;
  /**
   * When the policy expires; consortia need a renewed certificate before then.
   */
  expires: common.Date;
}
/**
 * One of the provider's operational policies, with its version and the date it was approved, so that every consortium sees the same version (the review found different consortia asking for different versions, an operational risk).
 */
export interface Policy {
  /**
   * Which policy.
   */
  type:
    | 'safeguarding'
    | 'emergency-management'
    | 'whistleblowing'
    | 'complaints'
    | 'behaviour-management'
    | 'missing-from-care'
    | 'data-protection'
    | 'health-and-safety'
    | 'equality'
    | 'other';
  /**
   * The policy's own title, needed when the type is `other`.
   */
  title?: string;
  /**
   * The policy's version, for example '4.1'.
   */
  version: string;
  /**
   * When this version was approved by the provider's board or responsible individual.
   */
  approved: common.Date;
  /**
   * When the policy is next due for review.
   */
  reviewDue?: common.Date;
}
/**
 * A check of the provider's financial standing.
 */
export interface FinancialCheck {
  /**
   * When the check was done.
   */
  date: common.Date;
  /**
   * How the provider was checked, for example 'Credit reference agency check' or 'Review of audited accounts 2014'.
   */
  method: string;
  /**
   * The result: passed, passed with conditions (such as a parent company guarantee), or failed.
   */
  outcome: 'pass' | 'pass-with-conditions' | 'fail';
  /**
   * The conditions attached, when the outcome is `pass-with-conditions`.
   */
  conditions?: string;
}
/**
 * An arrangement the provider has qualified onto, with the lots it is on and its tier.
 */
export interface ArrangementQualification {
  /**
   * The consortium running the arrangement.
   */
  consortium: common.DocumentReference;
  /**
   * The id of the framework, DPS, approved list or other arrangement within the consortium.
   */
  arrangement: common.Identifier;
  /**
   * The ids of the lots the provider is qualified on.
   */
  lots?: common.Identifier[];
  /**
   * The provider's tier on these lots (1 = approached first). Leave out for arrangements without tiers.
   */
  tierRank?: number;
  /**
   * When the provider joined the arrangement.
   */
  from?: common.Date;
  /**
   * When the provider left or will leave the arrangement, if known.
   */
  to?: common.Date;
}
/**
 * A period in which a consortium suspended the provider from new placements under its suspension protocol.
 */
export interface Suspension {
  /**
   * The consortium that suspended the provider.
   */
  consortium: common.DocumentReference;
  /**
   * The arrangement the suspension applies to; leave out when it applies to all of the consortium's arrangements.
   */
  arrangement?: common.Identifier;
  /**
   * The first day of the suspension.
   */
  from: common.Date;
  /**
   * The day the suspension was lifted; leave out while it continues.
   */
  to?: common.Date;
  /**
   * @deprecated
   * Deprecated: use `triggers`, which uses the same words as the consortium's suspension protocol. Why the provider was suspended: a safeguarding concern, an Inadequate Ofsted grade, a breach of contract, or another reason.
   */
  grounds?: 'safeguarding-concern' | 'inadequate-ofsted-grade' | 'contract-breach' | 'other';
  /**
   * Why the provider was suspended, in the words of the consortium's suspension protocol (`ofsted-inadequate`, `safeguarding-concern`, `regulation-44-concern`, `financial-failure`, `other`): a breach of contract is `other`, with the reason.
   *
   * @minItems 1
   */
  triggers?: [common.SuspensionTrigger, ...common.SuspensionTrigger[]];
  /**
   * The reason in words. Describe the concern without identifying any child.
   */
  reason: string;
}

/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The NOF schema version this document is written against. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of document: always `ProviderProfile` for this schema.
 */
export type Kind = 'ProviderProfile';
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
 * The organisation's registered legal name.
 */
export type LegalName = string;
/**
 * What kind of provider the organisation is.
 */
export type OrganisationType =
  | 'independent-fostering-agency'
  | 'childrens-home-operator'
  | 'residential-special-school'
  | 'voluntary'
  | 'local-authority';
/**
 * The company registration number: 8 digits, or 2 letters and 6 digits (for example SC123456 for a Scottish company).
 */
export type CompaniesHouseNumber = string;
/**
 * The registered charity number, for a charity: 6 or 7 digits in England and Wales, SC and 6 digits in Scotland, NIC and 6 digits in Northern Ireland.
 */
export type CharityNumber = string;
/**
 * Identifies the setting within this profile.
 */
export type Id = string;
/**
 * The setting's name as registered.
 */
export type Name1 = string;
/**
 * The setting's Ofsted unique reference number. Placement agreements name the setting by it.
 */
export type OfstedURN = string;
/**
 * What kind of setting is registered.
 */
export type SettingType =
  | 'childrens-home'
  | 'independent-fostering-agency'
  | 'residential-special-school'
  | 'supported-accommodation';
/**
 * How many children the setting is registered for (for a fostering agency, its approved placements).
 */
export type RegisteredPlaces = number;
/**
 * Overall effectiveness at the latest full inspection.
 */
export type LatestOfstedGrade =
  'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-inspected';
/**
 * The date of that inspection.
 */
export type InspectionDate = string;
/**
 * The local authority area the setting is in, by GSS code (for a fostering agency, where its office is).
 */
export type Area = string;
/**
 * The provider's Ofsted-registered settings.
 */
export type RegisteredSettings = RegisteredSetting[];
/**
 * What the insurance covers.
 */
export type InsuranceType =
  'public-liability' | 'employers-liability' | 'professional-indemnity' | 'abuse-cover' | 'motor';
/**
 * The amount insured, in pounds, for example 10000000 for £10m.
 */
export type Cover = number;
/**
 * When the policy expires; consortia need a renewed certificate before then.
 */
export type ExpiryDate = string;
/**
 * The insurance policies held.
 */
export type Insurance = InsurancePolicy[];
/**
 * Which policy.
 */
export type Policy1 =
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
export type Title = string;
/**
 * The policy's version, for example '4.1'.
 */
export type Version = string;
/**
 * When this version was approved by the provider's board or responsible individual.
 */
export type DateApproved = string;
/**
 * When the policy is next due for review.
 */
export type ReviewDue = string;
/**
 * The operational policies consortia ask for, with versions and approval dates.
 */
export type Policies = Policy[];
/**
 * When the check was done.
 */
export type Date = string;
/**
 * How the provider was checked, for example 'Credit reference agency check' or 'Review of audited accounts 2014'.
 */
export type Method = string;
/**
 * The result: passed, passed with conditions (such as a parent company guarantee), or failed.
 */
export type Outcome = 'pass' | 'pass-with-conditions' | 'fail';
/**
 * The conditions attached, when the outcome is `pass-with-conditions`.
 */
export type Conditions = string;
/**
 * Checks of financial standing, newest last.
 */
export type FinancialChecks = FinancialCheck[];
/**
 * The consortium running the arrangement.
 */
export type Consortium = string;
/**
 * The id of the framework, DPS, approved list or other arrangement within the consortium.
 */
export type Arrangement = string;
/**
 * A short kebab-case identifier (lower-case letters, digits and single hyphens), for example `white-rose-fostering` or `lot-1-standard`. Other documents use it to refer to this item.
 */
export type Identifier = string;
/**
 * The ids of the lots the provider is qualified on.
 */
export type Lots = Identifier[];
/**
 * The provider's tier on these lots (1 = approached first). Leave out for arrangements without tiers.
 */
export type Tier = number;
/**
 * When the provider joined the arrangement.
 */
export type From = string;
/**
 * When the provider left or will leave the arrangement, if known.
 */
export type To = string;
/**
 * The consortium arrangements the provider is on, with lots and tiers.
 */
export type ArrangementsQualifiedOn = ArrangementQualification[];
/**
 * The consortium that suspended the provider.
 */
export type Consortium1 = string;
/**
 * The arrangement the suspension applies to; leave out when it applies to all of the consortium's arrangements.
 */
export type Arrangement1 = string;
/**
 * The first day of the suspension.
 */
export type From1 = string;
/**
 * The day the suspension was lifted; leave out while it continues.
 */
export type To1 = string;
/**
 * Why the provider was suspended: a safeguarding concern, an Inadequate Ofsted grade, a breach of contract, or another reason.
 */
export type Grounds = 'safeguarding-concern' | 'inadequate-ofsted-grade' | 'contract-breach' | 'other';
/**
 * The reason in words. Describe the concern without identifying any child.
 */
export type Reason = string;
/**
 * Suspensions by consortia, current and past.
 */
export type Suspensions = Suspension[];

/**
 * A provider's pre-qualifying information in one place (the 'national repository of pre-qualifying information' the 2015 review recommended), so that providers stop filling in the same information in a different format for every consortium.
 */
export interface ProviderProfile {
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
 * The provider's pre-qualification information.
 */
export interface Specification {
  organisation: Organisation;
  settings: RegisteredSettings;
  insurance?: Insurance;
  policies?: Policies;
  financialChecks?: FinancialChecks;
  arrangements?: ArrangementsQualifiedOn;
  suspensions?: Suspensions;
}
/**
 * The legal entity.
 */
export interface Organisation {
  legalName: LegalName;
  type: OrganisationType;
  companiesHouseNumber?: CompaniesHouseNumber;
  charityNumber?: CharityNumber;
}
/**
 * A home or service registered with Ofsted: a children's home, the fostering agency itself, a residential special school or supported accommodation.
 */
export interface RegisteredSetting {
  id: Id;
  name: Name1;
  ofstedUrn: OfstedURN;
  type: SettingType;
  registeredPlaces?: RegisteredPlaces;
  latestGrade?: LatestOfstedGrade;
  inspectionDate?: InspectionDate;
  localAuthority?: Area;
}
/**
 * One insurance policy held, with the cover and when it expires.
 */
export interface InsurancePolicy {
  type: InsuranceType;
  cover: Cover;
  expires: ExpiryDate;
}
/**
 * One of the provider's operational policies, with its version and the date it was approved, so that every consortium sees the same version (the review found different consortia asking for different versions, an operational risk).
 */
export interface Policy {
  type: Policy1;
  title?: Title;
  version: Version;
  approved: DateApproved;
  reviewDue?: ReviewDue;
}
/**
 * A check of the provider's financial standing.
 */
export interface FinancialCheck {
  date: Date;
  method: Method;
  outcome: Outcome;
  conditions?: Conditions;
}
/**
 * An arrangement the provider has qualified onto, with the lots it is on and its tier.
 */
export interface ArrangementQualification {
  consortium: Consortium;
  arrangement: Arrangement;
  lots?: Lots;
  tierRank?: Tier;
  from?: From;
  to?: To;
}
/**
 * A period in which a consortium suspended the provider from new placements under its suspension protocol.
 */
export interface Suspension {
  consortium: Consortium1;
  arrangement?: Arrangement1;
  from: From1;
  to?: To1;
  grounds?: Grounds;
  reason: Reason;
}

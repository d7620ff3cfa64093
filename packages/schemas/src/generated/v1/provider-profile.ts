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
 * Ofsted unique reference number of a registered setting: 'SC' followed by 6 digits (older social care registrations) or 7 digits.
 */
export type OfstedURN = string;
/**
 * Ofsted's overall effectiveness judgement at the latest full inspection.
 */
export type OfstedOverallEffectiveness =
  'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-yet-inspected';
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * A local authority with children's services responsibilities, by its ONS GSS code (E06 unitary, E08 metropolitan district, E09 London borough, E10 county), for example E08000035 for Leeds. The code must be valid at the document's dates; retired authorities have successors in the codelist.
 */
export type LocalAuthority = string;
/**
 * An amount of money in pounds sterling, for example 850 or 1249.50.
 */
export type AmountGBP = number;
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;

/**
 * A provider's pre-qualifying information in one place (the 'national repository of pre-qualifying information' the 2015 review recommended), so that providers stop filling in the same information in a different format for every consortium.
 */
export interface ProviderProfile {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: JSONSchema;
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
  metadata: Metadata;
  /**
   * The provider's pre-qualification information.
   */
  spec: ProviderProfile1;
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
  id: Identifier;
  /**
   * The setting's name as registered.
   */
  name: string;
  /**
   * The setting's Ofsted unique reference number. Placement agreements name the setting by it.
   */
  ofstedUrn: OfstedURN;
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
  latestGrade?: OfstedOverallEffectiveness;
  /**
   * The date of that inspection.
   */
  inspectionDate?: Date;
  /**
   * The local authority area the setting is in, by GSS code (for a fostering agency, where its office is).
   */
  localAuthority?: LocalAuthority;
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
  cover: AmountGBP;
  /**
   * When the policy expires; consortia need a renewed certificate before then.
   */
  expires: Date;
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
  approved: Date;
  /**
   * When the policy is next due for review.
   */
  reviewDue?: Date;
}
/**
 * A check of the provider's financial standing.
 */
export interface FinancialCheck {
  /**
   * When the check was done.
   */
  date: Date;
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
  consortium: DocumentReference;
  /**
   * The id of the framework, DPS, approved list or other arrangement within the consortium.
   */
  arrangement: Identifier;
  /**
   * The ids of the lots the provider is qualified on.
   */
  lots?: Identifier[];
  /**
   * The provider's tier on these lots (1 = approached first). Leave out for arrangements without tiers.
   */
  tierRank?: number;
  /**
   * When the provider joined the arrangement.
   */
  from?: Date;
  /**
   * When the provider left or will leave the arrangement, if known.
   */
  to?: Date;
}
/**
 * A period in which a consortium suspended the provider from new placements under its suspension protocol.
 */
export interface Suspension {
  /**
   * The consortium that suspended the provider.
   */
  consortium: DocumentReference;
  /**
   * The arrangement the suspension applies to; leave out when it applies to all of the consortium's arrangements.
   */
  arrangement?: Identifier;
  /**
   * The first day of the suspension.
   */
  from: Date;
  /**
   * The day the suspension was lifted; leave out while it continues.
   */
  to?: Date;
  /**
   * Why the provider was suspended: a safeguarding concern, an Inadequate Ofsted grade, a breach of contract, or another reason.
   */
  grounds?: 'safeguarding-concern' | 'inadequate-ofsted-grade' | 'contract-breach' | 'other';
  /**
   * The reason in words. Describe the concern without identifying any child.
   */
  reason: string;
}

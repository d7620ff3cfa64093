/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The version of the NOF document format this document is written in. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of NOF document. Always `NationalContract` for this schema.
 */
export type Kind = 'NationalContract';
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
 * The contract's title as printed, for example 'National Fostering Contract'.
 */
export type ContractTitle = string;
/**
 * The placement service the contract is for.
 */
export type ContractService =
  'fostering' | 'residential-child-care' | 'residential-special-school' | 'sixteen-plus';
/**
 * The edition as the contract names it, for example '2011' or '2011 v1.2'. Consortia quote it in their contract basis.
 */
export type Edition = string;
/**
 * `current`: the edition to use now. `superseded`: replaced by a later edition, though arrangements may still be based on it. `draft`: not yet published.
 */
export type ContractStatus = 'current' | 'superseded' | 'draft';
/**
 * The date this edition was published.
 */
export type DatePublished = string;
/**
 * The body that maintains the contract, for example 'National Contracts Steering Group'.
 */
export type ContractOwner = string;
/**
 * The earlier edition this one replaces, by its NationalContract document id.
 */
export type Supersedes = string;
/**
 * The contract's terms and conditions, grouped into sections of clauses. Clause ids are unique across the whole contract, because consortium variations point at them.
 *
 * @minItems 1
 */
export type Sections = [ContractSection, ...ContractSection[]];
/**
 * Kebab-case id of the section, unique within the contract, for example `financial-arrangements`.
 */
export type SectionId = string;
/**
 * The section's heading, for example 'Financial arrangements'.
 */
export type SectionTitle = string;
/**
 * A one-line summary of what the section covers.
 */
export type SectionSummary = string;
/**
 * The clauses in the section, in contract order.
 *
 * @minItems 1
 */
export type Clauses = [Clause, ...Clause[]];
/**
 * Kebab-case id of the clause, unique across the whole contract, for example `fees-and-payment` or `clause-13`. Consortium variations refer to the clause by it, so it must not change between versions of this document.
 */
export type ClauseId = string;
/**
 * The clause's number as printed in the contract, for example '13' or '13.2', when known.
 */
export type ClauseNumber = string;
/**
 * The clause's heading, for example 'Fees and payment'.
 */
export type ClauseTitle = string;
/**
 * A one-line plain summary of what the clause deals with. Not the legal text.
 */
export type ClauseSummary = string;
/**
 * True when consortia commonly vary this clause for local use, for example fees and uplifts, the call-off procedure or monitoring. Variations to other clauses deserve a closer look.
 */
export type MayBeVariedLocally = boolean;
/**
 * Kebab-case id of the schedule, unique within the contract, for example `schedule-4-ipa`.
 */
export type ScheduleId = string;
/**
 * The schedule's number, for example 4 for Schedule 4.
 */
export type ScheduleNumber = number;
/**
 * The schedule's title, for example 'Individual Placement Agreement'.
 */
export type ScheduleTitle = string;
/**
 * A one-line summary of what the schedule contains.
 */
export type ScheduleSummary = string;
/**
 * True for the schedule that is the Individual Placement Agreement, the call-off contract for one child (Schedule 4 of the National Fostering Contract, Schedule 5 of the residential contract). A contract has at most one.
 */
export type IsTheIPA = boolean;
/**
 * True when consortia commonly adapt this schedule, such as the service specification.
 */
export type ScheduleMayBeVariedLocally = boolean;
/**
 * The schedules attached to the terms, such as the service specification and the Individual Placement Agreement.
 */
export type Schedules = ContractSchedule[];
/**
 * Anything else about the contract, for example where the official text is published.
 */
export type ContractNotes = string;

/**
 * A standard contract for placements, such as the National Fostering Contract or the national residential contract overseen by the National Contracts Steering Group: its sections and clauses (with one-line summaries) and its schedules, including the Individual Placement Agreement (IPA). Consortia base their arrangements on it and record their variations against its clause ids.
 */
export interface NationalContract {
  apiVersion: APIVersion;
  kind: Kind;
  metadata: ContractMetadata;
  spec: ContractDetails;
}
/**
 * The contract's id (how consortia refer to it, for example `national-fostering-contract-2011`) and its name.
 */
export interface ContractMetadata {
  id: DocumentId;
  name: Name;
  description?: Description;
  version?: DocumentVersion;
  owner?: Owner;
  sharing?: Sharing;
  labels?: Labels;
}
/**
 * What the contract covers, which edition it is, and its structure.
 */
export interface ContractDetails {
  title: ContractTitle;
  service: ContractService;
  edition: Edition;
  status: ContractStatus;
  published?: DatePublished;
  owner?: ContractOwner;
  supersedes?: Supersedes;
  sections: Sections;
  schedules?: Schedules;
  notes?: ContractNotes;
}
/**
 * A group of related clauses.
 */
export interface ContractSection {
  id: SectionId;
  title: SectionTitle;
  summary?: SectionSummary;
  clauses: Clauses;
}
/**
 * One clause of the contract, summarised (not its legal text).
 */
export interface Clause {
  id: ClauseId;
  number?: ClauseNumber;
  title: ClauseTitle;
  summary?: ClauseSummary;
  mayBeVariedLocally?: MayBeVariedLocally;
}
/**
 * A schedule attached to the contract.
 */
export interface ContractSchedule {
  id: ScheduleId;
  number: ScheduleNumber;
  title: ScheduleTitle;
  summary?: ScheduleSummary;
  isPlacementAgreement?: IsTheIPA;
  mayBeVariedLocally?: ScheduleMayBeVariedLocally;
}

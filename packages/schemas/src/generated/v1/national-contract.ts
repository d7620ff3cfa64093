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
 * The kind of placement service: independent fostering, residential child care (children's homes), residential special schools, or 16+ / supported accommodation.
 */
export type Service = 'fostering' | 'residential-child-care' | 'residential-special-school' | 'sixteen-plus';
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text = string;

/**
 * A standard contract for placements, such as the National Fostering Contract or the national residential contract overseen by the National Contracts Steering Group: its sections and clauses (with one-line summaries) and its schedules, including the Individual Placement Agreement (IPA). Consortia base their arrangements on it and record their variations against its clause ids.
 */
export interface NationalContract {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: JSONSchema;
  /**
   * The version of the NOF document format this document is written in. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of NOF document. Always `NationalContract` for this schema.
   */
  kind: 'NationalContract';
  /**
   * The contract's id (how consortia refer to it, for example `national-fostering-contract-2011`) and its name.
   */
  metadata: Metadata;
  /**
   * What the contract covers, which edition it is, and its structure.
   */
  spec: ContractDetails;
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
export interface ContractDetails {
  /**
   * The contract's title as printed, for example 'National Fostering Contract'.
   */
  title: string;
  /**
   * The placement service the contract is for.
   */
  service: Service;
  /**
   * The edition as the contract names it, for example '2011' or '2011 v1.2'. Consortia quote it in their contract basis.
   */
  edition: string;
  /**
   * `current`: the edition to use now. `superseded`: replaced by a later edition, though arrangements may still be based on it. `draft`: not yet published.
   */
  status: 'current' | 'superseded' | 'draft';
  /**
   * The date this edition was published.
   */
  published?: Date;
  /**
   * The body that maintains the contract, for example 'National Contracts Steering Group'.
   */
  owner?: string;
  /**
   * The earlier edition this one replaces, by its NationalContract document id.
   */
  supersedes?: DocumentReference;
  /**
   * The contract's terms and conditions, grouped into sections of clauses. Clause ids are unique across the whole contract, because consortium variations point at them.
   *
   * @minItems 1
   */
  sections: [ContractSection, ...ContractSection[]];
  /**
   * The schedules attached to the terms, such as the service specification and the Individual Placement Agreement.
   */
  schedules?: ContractSchedule[];
  /**
   * Anything else about the contract, for example where the official text is published.
   */
  notes?: Text;
}
/**
 * A group of related clauses.
 */
export interface ContractSection {
  /**
   * Kebab-case id of the section, unique within the contract, for example `financial-arrangements`.
   */
  id: Identifier;
  /**
   * The section's heading, for example 'Financial arrangements'.
   */
  title: string;
  /**
   * A one-line summary of what the section covers.
   */
  summary?: Text;
  /**
   * The clauses in the section, in contract order.
   *
   * @minItems 1
   */
  clauses: [Clause, ...Clause[]];
}
/**
 * One clause of the contract, summarised (not its legal text).
 */
export interface Clause {
  /**
   * Kebab-case id of the clause, unique across the whole contract, for example `fees-and-payment` or `clause-13`. Consortium variations refer to the clause by it, so it must not change between versions of this document.
   */
  id: Identifier;
  /**
   * The clause's number as printed in the contract, for example '13' or '13.2', when known.
   */
  number?: string;
  /**
   * The clause's heading, for example 'Fees and payment'.
   */
  title: string;
  /**
   * A one-line plain summary of what the clause deals with. Not the legal text.
   */
  summary?: Text;
  /**
   * True when consortia commonly vary this clause for local use, for example fees and uplifts, the call-off procedure or monitoring. Variations to other clauses deserve a closer look.
   */
  mayBeVariedLocally?: boolean;
}
/**
 * A schedule attached to the contract.
 */
export interface ContractSchedule {
  /**
   * Kebab-case id of the schedule, unique within the contract, for example `schedule-4-ipa`.
   */
  id: Identifier;
  /**
   * The schedule's number, for example 4 for Schedule 4.
   */
  number: number;
  /**
   * The schedule's title, for example 'Individual Placement Agreement'.
   */
  title: string;
  /**
   * A one-line summary of what the schedule contains.
   */
  summary?: Text;
  /**
   * True for the schedule that is the Individual Placement Agreement, the call-off contract for one child (Schedule 4 of the National Fostering Contract, Schedule 5 of the residential contract). A contract has at most one.
   */
  isPlacementAgreement?: boolean;
  /**
   * True when consortia commonly adapt this schedule, such as the service specification.
   */
  mayBeVariedLocally?: boolean;
}

/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * A standard contract for placements, such as the National Fostering Contract or the national residential contract overseen by the National Contracts Steering Group: its sections and clauses (with one-line summaries) and its schedules, including the Individual Placement Agreement (IPA). Consortia base their arrangements on it and record their variations against its clause ids.
 */
export interface NationalContract {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
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
  metadata: common.Metadata;
  /**
   * What the contract covers, which edition it is, and its structure.
   */
  spec: ContractDetails;
}
export interface ContractDetails {
  /**
   * The contract's title as printed, for example 'National Fostering Contract'.
   */
  title: string;
  /**
   * The placement service the contract is for.
   */
  service: common.Service;
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
  published?: common.Date;
  /**
   * The body that maintains the contract, for example 'National Contracts Steering Group'.
   */
  owner?: string;
  /**
   * The earlier edition this one replaces, by its NationalContract document id.
   */
  supersedes?: common.DocumentReference;
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
  notes?: common.Text;
}
/**
 * A group of related clauses.
 */
export interface ContractSection {
  /**
   * Kebab-case id of the section, unique within the contract, for example `financial-arrangements`.
   */
  id: common.Identifier;
  /**
   * The section's heading, for example 'Financial arrangements'.
   */
  title: string;
  /**
   * A one-line summary of what the section covers.
   */
  summary?: common.Text;
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
  id: common.Identifier;
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
  summary?: common.Text;
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
  id: common.Identifier;
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
  summary?: common.Text;
  /**
   * True for the schedule that is the Individual Placement Agreement, the call-off contract for one child (Schedule 4 of the National Fostering Contract, Schedule 5 of the residential contract). A contract has at most one.
   */
  isPlacementAgreement?: boolean;
  /**
   * True when consortia commonly adapt this schedule, such as the service specification.
   */
  mayBeVariedLocally?: boolean;
}

/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */

/**
 * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
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
 * The Individual Placement Agreement whose outcomes are tracked.
 */
export type Agreement = string;
/**
 * When progress was reviewed.
 */
export type Date = string;
/**
 * Who reviewed, by role rather than name, for example 'Supervising social worker' or 'Independent reviewing officer'.
 */
export type ReviewerRole = string;
/**
 * Progress on one of the agreement's outcomes at this review: a value on the indicator's scale, or the reason no value could be given.
 */
export type OutcomeRating = Rating & Rating1 & Rating & Rating1;
export type Rating =
  | {
      value: unknown;
    }
  | {
      notRatedReason: unknown;
    };
/**
 * The id of the outcome in the agreement being tracked.
 */
export type Outcome = string;
/**
 * The rating on the outcome's indicator scale, for example 4 on a 1-5 scale, 15 for an SDQ score, or `green`.
 */
export type Value = number | string;
/**
 * What the rating is based on, for example 'School reports full attendance this term'.
 */
export type Evidence = string;
/**
 * The direction since the last review.
 */
export type Trend = 'improving' | 'stable' | 'declining';

/**
 * A simple record of a child's progress against the outcomes in their Individual Placement Agreement, version 2. As in v1, each periodic review rates outcomes on the framework's scales; v2 lets a review say that an outcome could not be rated this time and why, instead of forcing a number (the review found outcomes that could not be tracked, and trackers too heavy to use).
 */
export interface OutcomeTracker {
  $schema?: JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v2` for this schema.
   */
  apiVersion: 'nof/v2';
  /**
   * The kind of document: always `OutcomeTracker` for this schema.
   */
  kind: 'OutcomeTracker';
  /**
   * The document's id, name, owner, sharing and local profiles.
   */
  metadata: Metadata;
  /**
   * The agreement tracked and its reviews.
   */
  spec: OutcomeTracker1;
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
 * Progress against the outcomes of one Individual Placement Agreement (v1 or v2), review by review. Deliberately light: a date, who reviewed, and per outcome a rating with evidence or the reason it could not be rated.
 */
export interface OutcomeTracker1 {
  agreement: Agreement;
  /**
   * The reviews held, oldest first.
   */
  reviews: OutcomeReview[];
}
/**
 * One periodic review of progress against the agreement's outcomes, for example every six months.
 */
export interface OutcomeReview {
  date: Date;
  reviewerRole: ReviewerRole;
  /**
   * One entry for each outcome reviewed: its rating, or why it was not rated.
   *
   * @minItems 1
   */
  ratings: [OutcomeRating, ...OutcomeRating[]];
}
export interface Rating1 {
  outcome: Outcome;
  value?: Value;
  /**
   * Why the outcome could not be rated at this review, for example 'SDQ not returned by the school this term'. Describe the circumstances, not the child.
   */
  notRatedReason?: string;
  evidence?: Evidence;
  trend?: Trend;
}

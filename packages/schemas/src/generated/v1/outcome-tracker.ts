/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The NOF schema version this document is written against. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of document: always `OutcomeTracker` for this schema.
 */
export type Kind = 'OutcomeTracker';
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
 * One rating for each outcome reviewed.
 *
 * @minItems 1
 */
export type Ratings = [OutcomeRating, ...OutcomeRating[]];
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
 * The reviews held, oldest first.
 */
export type Reviews = OutcomeReview[];

/**
 * A simple record of a child's progress against the outcomes in their Individual Placement Agreement, rated on the needs and outcomes framework's scales at each periodic review.
 */
export interface OutcomeTracker {
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
 * The agreement tracked and its reviews.
 */
export interface Specification {
  agreement: Agreement;
  reviews: Reviews;
}
/**
 * One periodic review of progress against the agreement's outcomes, for example every six months.
 */
export interface OutcomeReview {
  date: Date;
  reviewerRole: ReviewerRole;
  ratings: Ratings;
}
/**
 * Progress on one of the agreement's outcomes at this review.
 */
export interface OutcomeRating {
  outcome: Outcome;
  value: Value;
  evidence?: Evidence;
  trend?: Trend;
}

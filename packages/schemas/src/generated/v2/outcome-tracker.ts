/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from '../v1/common.js';
/**
 * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
 */
export type JSONSchema = common.JSONSchema;
/**
 * The Individual Placement Agreement whose outcomes are tracked.
 */
export type Agreement = common.DocumentReference;
/**
 * When progress was reviewed.
 */
export type Date = common.Date;
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
export type Outcome = common.Identifier;
/**
 * The rating on the outcome's indicator scale, for example 4 on a 1-5 scale, 15 for an SDQ score, or `green`.
 */
export type Value = common.ValueOnAMeasurementScale;
/**
 * What the rating is based on, for example 'School reports full attendance this term'.
 */
export type Evidence = common.Text;
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
  metadata: common.Metadata;
  /**
   * The agreement tracked and its reviews.
   */
  spec: OutcomeTracker1;
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

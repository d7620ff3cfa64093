/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * A simple record of a child's progress against the outcomes in their Individual Placement Agreement, rated on the needs and outcomes framework's scales at each periodic review.
 */
export interface OutcomeTracker {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `OutcomeTracker` for this schema.
   */
  kind: 'OutcomeTracker';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: common.Metadata;
  /**
   * The agreement tracked and its reviews.
   */
  spec: OutcomeTracker1;
}
/**
 * Progress against the outcomes of one Individual Placement Agreement, review by review. Deliberately light: a date, who reviewed, and a rating with evidence per outcome.
 */
export interface OutcomeTracker1 {
  /**
   * The Individual Placement Agreement whose outcomes are tracked.
   */
  agreement: common.DocumentReference;
  /**
   * The reviews held, oldest first.
   */
  reviews: OutcomeReview[];
}
/**
 * One periodic review of progress against the agreement's outcomes, for example every six months.
 */
export interface OutcomeReview {
  /**
   * When progress was reviewed.
   */
  date: common.Date;
  /**
   * Who reviewed, by role rather than name, for example 'Supervising social worker' or 'Independent reviewing officer'.
   */
  reviewerRole: string;
  /**
   * One rating for each outcome reviewed.
   *
   * @minItems 1
   */
  ratings: [OutcomeRating, ...OutcomeRating[]];
}
/**
 * Progress on one of the agreement's outcomes at this review.
 */
export interface OutcomeRating {
  /**
   * The id of the outcome in the agreement being tracked.
   */
  outcome: common.Identifier;
  /**
   * The rating on the outcome's indicator scale, for example 4 on a 1-5 scale, 15 for an SDQ score, or `green`.
   */
  value: common.ValueOnAMeasurementScale;
  /**
   * What the rating is based on, for example 'School reports full attendance this term'.
   */
  evidence?: common.Text;
  /**
   * The direction since the last review.
   */
  trend?: 'improving' | 'stable' | 'declining';
}

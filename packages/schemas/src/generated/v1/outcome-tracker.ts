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
 * The `metadata.id` of another NOF document in the same workspace.
 */
export type DocumentReference = string;
/**
 * A calendar date written as YYYY-MM-DD, for example 2015-04-01.
 */
export type Date = string;
/**
 * A value on an outcome indicator's measurement scale: a number for ordinal, numeric and percentage scales (for example 3 or 14), or a word for RAG and yes/no scales (`red`, `amber`, `green`, `yes`, `no`).
 */
export type ValueOnAMeasurementScale = number | string;
/**
 * Free text written for a commissioner or provider to read.
 */
export type Text = string;

/**
 * A simple record of a child's progress against the outcomes in their Individual Placement Agreement, rated on the needs and outcomes framework's scales at each periodic review.
 */
export interface OutcomeTracker {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: JSONSchema;
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
 * Progress against the outcomes of one Individual Placement Agreement, review by review. Deliberately light: a date, who reviewed, and a rating with evidence per outcome.
 */
export interface OutcomeTracker1 {
  /**
   * The Individual Placement Agreement whose outcomes are tracked.
   */
  agreement: DocumentReference;
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
  date: Date;
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
  outcome: Identifier;
  /**
   * The rating on the outcome's indicator scale, for example 4 on a 1-5 scale, 15 for an SDQ score, or `green`.
   */
  value: ValueOnAMeasurementScale;
  /**
   * What the rating is based on, for example 'School reports full attendance this term'.
   */
  evidence?: Text;
  /**
   * The direction since the last review.
   */
  trend?: 'improving' | 'stable' | 'declining';
}

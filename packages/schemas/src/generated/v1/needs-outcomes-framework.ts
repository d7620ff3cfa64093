/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm build`. */

/**
 * The NOF schema version this document is written against. Always `nof/v1` for this schema.
 */
export type APIVersion = 'nof/v1';
/**
 * The kind of document: always `NeedsOutcomesFramework` for this schema.
 */
export type Kind = 'NeedsOutcomesFramework';
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
 * The sector's version of this framework, for example '1.0'. Agreements record the framework they were written against; a new version is a new document.
 */
export type FrameworkVersion = string;
/**
 * The date from which this version is to be used.
 */
export type EffectiveFrom = string;
/**
 * Bodies that have endorsed this version, for example 'Department for Education' or 'ADCS'. The review found a framework needs such endorsement to be widely used.
 */
export type EndorsedBy = string[];
/**
 * The domains in which children's needs are described, each with its levels.
 *
 * @minItems 1
 */
export type NeedDomains = [NeedDomain, ...NeedDomain[]];
/**
 * Identifies the domain; placement requests and agreements refer to it, for example `emotional-wellbeing`.
 */
export type Id = string;
/**
 * The domain's name, for example 'Emotional wellbeing'.
 */
export type Name1 = string;
/**
 * What the domain covers, in strengths-based terms: what a child brings and what helps them, not only what they lack.
 */
export type Description1 = string;
/**
 * The levels of need in this domain, from 1 (met by standard provision) up to the level just below very specialist provision (typically 3).
 *
 * @minItems 1
 */
export type Levels = [NeedLevel, ...NeedLevel[]];
/**
 * The level's number: 1 is the least intensive (met by standard provision); higher numbers need more support. Levels are numbered 1, 2, 3... without gaps.
 */
export type Level = number;
/**
 * A short label for the level, for example 'Standard' or 'Enhanced'.
 */
export type Label = string;
/**
 * What a child at this level is like and what support helps them, written from strengths first, for example 'Enjoys family life and needs predictable routines; may need extra reassurance at times of change'.
 */
export type Descriptor = string;
/**
 * The outcome domains, each with the indicators that show progress.
 *
 * @minItems 1
 */
export type OutcomeDomains = [OutcomeDomain, ...OutcomeDomain[]];
/**
 * Identifies the domain; outcomes in agreements refer to it, for example `be-healthy`.
 */
export type Id1 = string;
/**
 * The domain's name, for example 'Be healthy'.
 */
export type Name2 = string;
/**
 * What achieving this outcome looks like for a child.
 */
export type Description2 = string;
/**
 * The indicators that show progress in this domain.
 *
 * @minItems 1
 */
export type Indicators = [OutcomeIndicator, ...OutcomeIndicator[]];
/**
 * Identifies the indicator within its domain; outcomes in agreements refer to it, for example `sdq-total`.
 */
export type Id2 = string;
/**
 * The indicator's name, for example 'SDQ total difficulties (carer report)'.
 */
export type Name3 = string;
/**
 * What the indicator shows and how to rate it.
 */
export type Description3 = string;
/**
 * How the indicator is measured.
 */
export type MeasurementScale = OrdinalRatingScale | RAGRating | NumericScore | Percentage | YesOrNo;
/**
 * Always `ordinal` for this kind of scale.
 */
export type ScaleType = 'ordinal';
/**
 * The labelled points, lowest first.
 *
 * @minItems 2
 */
export type Points = [ScalePoint, ScalePoint, ...ScalePoint[]];
/**
 * The point's number on the scale; higher is better unless the scale says otherwise.
 */
export type Value = number;
/**
 * What the point means in a few words, for example 'Good progress'.
 */
export type Label1 = string;
/**
 * Fuller guidance on when to give this rating.
 */
export type Description4 = string;
/**
 * Always `rag` for this kind of scale.
 */
export type ScaleType1 = 'rag';
/**
 * When to rate red, for example 'not on track; needs action'.
 */
export type RedMeans = string;
/**
 * When to rate amber.
 */
export type AmberMeans = string;
/**
 * When to rate green.
 */
export type GreenMeans = string;
/**
 * Always `numeric` for this kind of scale.
 */
export type ScaleType2 = 'numeric';
/**
 * The lowest possible score.
 */
export type Minimum = number;
/**
 * The highest possible score.
 */
export type Maximum = number;
/**
 * True when a higher value means a better outcome (attendance); false when lower is better (SDQ total difficulties).
 */
export type HigherIsBetter = boolean;
/**
 * Lowest score in the band.
 */
export type From = number;
/**
 * Highest score in the band (inclusive).
 */
export type To = number;
/**
 * The band's name, for example 'Borderline'.
 */
export type Label2 = string;
/**
 * Named ranges of the score, lowest first, for example SDQ carer-report 0-13 normal, 14-16 borderline, 17-40 abnormal.
 */
export type Bands = ScoreBand[];
/**
 * Always `percentage` for this kind of scale.
 */
export type ScaleType3 = 'percentage';
/**
 * True when a higher value means a better outcome (attendance); false when lower is better (SDQ total difficulties).
 */
export type HigherIsBetter1 = boolean;
/**
 * Always `yes-no` for this kind of scale.
 */
export type ScaleType4 = 'yes-no';
/**
 * The answer that means the outcome is achieved.
 */
export type DesiredAnswer = 'yes' | 'no';

/**
 * A sector-wide, versioned framework of strengths-based need descriptors (domains and levels) and outcome domains with measurable indicators. Placement requests, Individual Placement Agreements and outcome trackers refer to its ids.
 */
export interface NeedsAndOutcomesFramework {
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
 * The framework's version, need domains and outcome domains.
 */
export interface Specification {
  frameworkVersion: FrameworkVersion;
  effectiveFrom?: EffectiveFrom;
  endorsedBy?: EndorsedBy;
  needDomains: NeedDomains;
  outcomeDomains: OutcomeDomains;
}
/**
 * An area of a child's life in which needs are described, such as emotional wellbeing, education or health, with the levels of need the sector recognises in it.
 */
export interface NeedDomain {
  id: Id;
  name: Name1;
  description: Description1;
  levels: Levels;
}
/**
 * One level of need in a domain: its number, a short label and a descriptor that placement officers and providers can match against.
 */
export interface NeedLevel {
  level: Level;
  label: Label;
  descriptor: Descriptor;
}
/**
 * A broad outcome children should achieve, such as the five Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve, make a positive contribution, achieve economic well-being), with the indicators that show progress.
 */
export interface OutcomeDomain {
  id: Id1;
  name: Name2;
  description: Description2;
  indicators: Indicators;
}
/**
 * Something observable that shows progress in an outcome domain, with the scale it is measured on.
 */
export interface OutcomeIndicator {
  id: Id2;
  name: Name3;
  description: Description3;
  scale: MeasurementScale;
}
/**
 * A rating with labelled points, such as 1 (no progress) to 5 (outstanding progress).
 */
export interface OrdinalRatingScale {
  type: ScaleType;
  points: Points;
}
/**
 * One labelled point on an ordinal rating scale.
 */
export interface ScalePoint {
  value: Value;
  label: Label1;
  description?: Description4;
}
/**
 * A red / amber / green rating. Values are `red`, `amber` or `green`.
 */
export interface RAGRating {
  type: ScaleType1;
  red?: RedMeans;
  amber?: AmberMeans;
  green?: GreenMeans;
}
/**
 * A score between a minimum and a maximum, such as the Strengths and Difficulties Questionnaire total difficulties score (0-40), optionally with named bands. Record scores only, never a copyrighted questionnaire's items.
 */
export interface NumericScore {
  type: ScaleType2;
  minimum: Minimum;
  maximum: Maximum;
  higherIsBetter: HigherIsBetter;
  bands?: Bands;
}
/**
 * A named range of scores on a numeric scale, inclusive at both ends, such as the SDQ's 0-13 'normal'.
 */
export interface ScoreBand {
  from: From;
  to: To;
  label: Label2;
}
/**
 * A percentage from 0 to 100, such as school attendance.
 */
export interface Percentage {
  type: ScaleType3;
  higherIsBetter?: HigherIsBetter1;
}
/**
 * A yes/no answer, such as 'Registered with a dentist'. Values are `yes` or `no`.
 */
export interface YesOrNo {
  type: ScaleType4;
  desired: DesiredAnswer;
}

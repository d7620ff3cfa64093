/* Generated from schemas/ by packages/schemas/scripts/generate.mjs. Do not edit: run `pnpm generate`. */
import type * as common from './common.js';
/**
 * How progress on an indicator is measured: an ordinal rating with labelled points, a red/amber/green rating, a numeric score between a minimum and maximum (optionally with bands), a percentage, or yes/no.
 */
export type MeasurementScale = OrdinalRatingScale | RAGRating | NumericScore | Percentage | YesOrNo;

/**
 * A sector-wide, versioned framework of strengths-based need descriptors (domains and levels) and outcome domains with measurable indicators. Placement requests, Individual Placement Agreements and outcome trackers refer to its ids.
 */
export interface NeedsAndOutcomesFramework {
  /**
   * The published schema this document follows, for generic JSON Schema tools; NOF tools ignore it.
   */
  $schema?: common.JSONSchema;
  /**
   * The NOF schema version this document is written against. Always `nof/v1` for this schema.
   */
  apiVersion: 'nof/v1';
  /**
   * The kind of document: always `NeedsOutcomesFramework` for this schema.
   */
  kind: 'NeedsOutcomesFramework';
  /**
   * The document's id, name, owner and sharing.
   */
  metadata: common.Metadata;
  /**
   * The framework's version, need domains and outcome domains.
   */
  spec: NeedsAndOutcomesFramework1;
}
/**
 * The shared language for describing children's needs and the outcomes sought for them, versioned and agreed across the sector so that referrals, agreements and outcome trackers from different authorities can be read, matched and compared.
 */
export interface NeedsAndOutcomesFramework1 {
  /**
   * The sector's version of this framework, for example '1.0'. Agreements record the framework they were written against; a new version is a new document.
   */
  frameworkVersion: string;
  /**
   * The date from which this version is to be used.
   */
  effectiveFrom?: common.Date;
  /**
   * Bodies that have endorsed this version, for example 'Department for Education' or 'ADCS'. The review found a framework needs such endorsement to be widely used.
   */
  endorsedBy?: string[];
  /**
   * The domains in which children's needs are described, each with its levels.
   *
   * @minItems 1
   */
  needDomains: [NeedDomain, ...NeedDomain[]];
  /**
   * The outcome domains, each with the indicators that show progress.
   *
   * @minItems 1
   */
  outcomeDomains: [OutcomeDomain, ...OutcomeDomain[]];
}
/**
 * An area of a child's life in which needs are described, such as emotional wellbeing, education or health, with the levels of need the sector recognises in it.
 */
export interface NeedDomain {
  /**
   * Identifies the domain; placement requests and agreements refer to it, for example `emotional-wellbeing`.
   */
  id: common.Identifier;
  /**
   * The domain's name, for example 'Emotional wellbeing'.
   */
  name: string;
  /**
   * What the domain covers, in strengths-based terms: what a child brings and what helps them, not only what they lack.
   */
  description: common.Text;
  /**
   * The levels of need in this domain, from 1 (met by standard provision) up to the level just below very specialist provision (typically 3).
   *
   * @minItems 1
   */
  levels: [NeedLevel, ...NeedLevel[]];
}
/**
 * One level of need in a domain: its number, a short label and a descriptor that placement officers and providers can match against.
 */
export interface NeedLevel {
  /**
   * The level's number: 1 is the least intensive (met by standard provision); higher numbers need more support. Levels are numbered 1, 2, 3... without gaps.
   */
  level: number;
  /**
   * A short label for the level, for example 'Standard' or 'Enhanced'.
   */
  label: string;
  /**
   * What a child at this level is like and what support helps them, written from strengths first, for example 'Enjoys family life and needs predictable routines; may need extra reassurance at times of change'.
   */
  descriptor: common.Text;
}
/**
 * A broad outcome children should achieve, such as the five Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve, make a positive contribution, achieve economic well-being), with the indicators that show progress.
 */
export interface OutcomeDomain {
  /**
   * Identifies the domain; outcomes in agreements refer to it, for example `be-healthy`.
   */
  id: common.Identifier;
  /**
   * The domain's name, for example 'Be healthy'.
   */
  name: string;
  /**
   * What achieving this outcome looks like for a child.
   */
  description: common.Text;
  /**
   * The indicators that show progress in this domain.
   *
   * @minItems 1
   */
  indicators: [OutcomeIndicator, ...OutcomeIndicator[]];
}
/**
 * Something observable that shows progress in an outcome domain, with the scale it is measured on.
 */
export interface OutcomeIndicator {
  /**
   * Identifies the indicator within its domain; outcomes in agreements refer to it, for example `sdq-total`.
   */
  id: common.Identifier;
  /**
   * The indicator's name, for example 'SDQ total difficulties (carer report)'.
   */
  name: string;
  /**
   * What the indicator shows and how to rate it.
   */
  description: common.Text;
  /**
   * How the indicator is measured.
   */
  scale: MeasurementScale;
}
/**
 * A rating with labelled points, such as 1 (no progress) to 5 (outstanding progress).
 */
export interface OrdinalRatingScale {
  /**
   * Always `ordinal` for this kind of scale.
   */
  type: 'ordinal';
  /**
   * The labelled points, lowest first.
   *
   * @minItems 2
   */
  points: [ScalePoint, ScalePoint, ...ScalePoint[]];
}
/**
 * One labelled point on an ordinal rating scale.
 */
export interface ScalePoint {
  /**
   * The point's number on the scale; higher is better unless the scale says otherwise.
   */
  value: number;
  /**
   * What the point means in a few words, for example 'Good progress'.
   */
  label: string;
  /**
   * Fuller guidance on when to give this rating.
   */
  description?: common.Text;
}
/**
 * A red / amber / green rating. Values are `red`, `amber` or `green`.
 */
export interface RAGRating {
  /**
   * Always `rag` for this kind of scale.
   */
  type: 'rag';
  /**
   * When to rate red, for example 'not on track; needs action'.
   */
  red?: string;
  /**
   * When to rate amber.
   */
  amber?: string;
  /**
   * When to rate green.
   */
  green?: string;
}
/**
 * A score between a minimum and a maximum, such as the Strengths and Difficulties Questionnaire total difficulties score (0-40), optionally with named bands. Record scores only, never a copyrighted questionnaire's items.
 */
export interface NumericScore {
  /**
   * Always `numeric` for this kind of scale.
   */
  type: 'numeric';
  /**
   * The lowest possible score.
   */
  minimum: number;
  /**
   * The highest possible score.
   */
  maximum: number;
  /**
   * True when a higher value means a better outcome (attendance); false when lower is better (SDQ total difficulties).
   */
  higherIsBetter: boolean;
  /**
   * Named ranges of the score, lowest first, for example SDQ carer-report 0-13 normal, 14-16 borderline, 17-40 abnormal.
   */
  bands?: ScoreBand[];
}
/**
 * A named range of scores on a numeric scale, inclusive at both ends, such as the SDQ's 0-13 'normal'.
 */
export interface ScoreBand {
  /**
   * Lowest score in the band.
   */
  from: number;
  /**
   * Highest score in the band (inclusive).
   */
  to: number;
  /**
   * The band's name, for example 'Borderline'.
   */
  label: string;
}
/**
 * A percentage from 0 to 100, such as school attendance.
 */
export interface Percentage {
  /**
   * Always `percentage` for this kind of scale.
   */
  type: 'percentage';
  /**
   * True when a higher value means a better outcome (attendance); false when lower is better (SDQ total difficulties).
   */
  higherIsBetter?: boolean;
}
/**
 * A yes/no answer, such as 'Registered with a dentist'. Values are `yes` or `no`.
 */
export interface YesOrNo {
  /**
   * Always `yes-no` for this kind of scale.
   */
  type: 'yes-no';
  /**
   * The answer that means the outcome is achieved.
   */
  desired: 'yes' | 'no';
}

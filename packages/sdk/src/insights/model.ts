/*
 * What `nof insights` produces, as plain data: six sections (value for money, outcomes,
 * compliance, sufficiency, monitoring, directory), each a set of named tables. Every table says
 * what it was computed from, and figures about children are suppressed below a threshold
 * (suppression.ts), so the same data can be rendered as Markdown, HTML, CSV or JSON and shared.
 * The JSON shape is schemas/insights.schema.json; table and column keys are stable.
 */
import type { InsightsSettings } from '../settings/settings.js';

/** What a suppressed figure is shown as, as in official statistics. */
export const SUPPRESSED = 'c';

/** A figure: a number, text, `c` when suppressed, or null when there is nothing to show (no data). */
export type Cell = number | string | null;

export type ColumnType = 'text' | 'count' | 'money' | 'percent' | 'days' | 'date' | 'number';

export interface Column {
  key: string;
  label: string;
  type: ColumnType;
  /**
   * True for figures about children (counts of placements, requests, ratings, and figures worked
   * out from them): these are suppressed when fewer than the threshold contribute.
   */
  children?: boolean;
}

/** What a table was computed from. */
export interface Basis {
  /** The day everything was judged on. */
  asOf: string;
  /**
   * The documents the table reads, by kind, with how many of each were used: a count of documents
   * about children (agreements, trackers, requests) below the threshold is `c`, like the figures.
   */
  documents: Record<string, number | typeof SUPPRESSED>;
  /** Which of them, in words (for example 'agreements started on or before the as-of date'). */
  selection: string;
}

export interface Table {
  title: string;
  description: string;
  basis: Basis;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
  /** True when the last row is the total of the rows above it. */
  totalRow: boolean;
}

/** One question's answer: its tables by stable key (`K`). */
export interface Section<K extends string = string> {
  title: string;
  /** What the section answers, in a sentence or two. */
  summary: string;
  tables: Record<K, Table>;
}

export interface Insights {
  $schema: string;
  about: About;
  valueForMoney: Section<'byRoute' | 'byConsortium' | 'byArrangement' | 'byLot' | 'byNeedLevel' | 'feesAgainstPrices' | 'savings'>;
  outcomes: Section<'byProvider' | 'byArrangement' | 'overTime' | 'notRatedReasons'>;
  compliance: Section<'byAuthority' | 'offArrangementReasons'>;
  sufficiency: Section<'byUrgency' | 'byAge' | 'byArea' | 'byNeed' | 'capacity' | 'declinedApproaches' | 'unfilledRequests'>;
  monitoring: Section<'coverage' | 'notVisited' | 'visitedTwice' | 'byVisitingAuthority' | 'evidence' | 'actions'>;
  directory: Section<'memberships' | 'byAuthority' | 'reopenings' | 'contacts'>;
}

/** The sections, in reading order. */
export const SECTION_KEYS = ['valueForMoney', 'outcomes', 'compliance', 'sufficiency', 'monitoring', 'directory'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface About {
  asOf: string;
  /** Counts below this were suppressed (shown as `c`). */
  suppressBelow: number;
  /** The settings the figures were judged by. */
  ipaLateAfterDays: number;
  emergencyKnownAfterDays: number;
  /** The documents read, by kind and apiVersion (`PlacementAgreement nof/v2`); small counts about children are `c`. */
  documents: Record<string, number | typeof SUPPRESSED>;
  /** Documents not used: with YAML or schema errors, or of a kind or version NOF does not know. */
  leftOut: number;
}

/** How the insights are judged: nof.config.yaml `insights`, `asOf` and the command line. */
export interface InsightsOptions extends InsightsSettings {
  /** The day to judge by, YYYY-MM-DD. */
  asOf: string;
  /** Documents the caller left out before (with YAML errors, say), to count in `about.leftOut`. */
  leftOut?: number;
}

/** The kinds whose documents each stand for one child: their counts are figures about children. */
export const CHILD_KINDS: readonly string[] = ['PlacementAgreement', 'OutcomeTracker', 'PlacementRequest'];

export const DEFAULTS = { ipaLateAfterDays: 5, emergencyKnownAfterDays: 7, suppressBelow: 5 } as const;

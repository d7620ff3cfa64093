import type { RuleSettings } from '../rules/settings.js';

/**
 * Every setting that governs checking, whatever layer it came from: nof.config.yaml, an editor's
 * `nof.*` settings or the command line. {@link mergeSettings} is the one place they are combined.
 */
export interface NofSettings {
  /** Level (or `off`) by rule id. */
  rules: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD; undefined means today. */
  asOf?: string;
  /** Version pins by codelist id (nof.config.yaml only). */
  codelists: Record<string, string>;
  /** .gitignore-style patterns, relative to the config's folder (nof.config.yaml only). */
  ignore: string[];
  /** Folders of extra schema files (editor settings only). */
  schemaFolders: string[];
  /** How `nof insights` judges and publishes (nof.config.yaml only; each has a default: see the config schema). */
  insights?: InsightsSettings;
}

/** nof.config.yaml `insights`. */
export interface InsightsSettings {
  /** Days after the start beyond which an IPA counts as issued late. */
  ipaLateAfterDays?: number;
  /** Days before the first approach beyond which an urgent call-off's need counts as known earlier. */
  emergencyKnownAfterDays?: number;
  /** Counts of children below this are suppressed (at least 5). */
  suppressBelow?: number;
}

/** One layer's settings: what it sets, nothing else. */
export type SettingsLayer = Partial<NofSettings>;

/** What applies when nothing is set. */
export const DEFAULT_SETTINGS: Readonly<NofSettings> = { rules: {}, codelists: {}, ignore: [], schemaFolders: [] };

/**
 * The settings in force, from the layers in rising precedence (defaults, nof.config.yaml, editor
 * settings, command line): rule levels merge rule by rule, everything else is replaced whole by
 * the last layer that sets it.
 */
export function mergeSettings(...layers: Array<SettingsLayer | undefined>): NofSettings {
  const out: NofSettings = { ...DEFAULT_SETTINGS };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
    if (layer.asOf !== undefined) out.asOf = layer.asOf;
    if (layer.codelists) out.codelists = layer.codelists;
    if (layer.ignore) out.ignore = layer.ignore;
    if (layer.schemaFolders) out.schemaFolders = layer.schemaFolders;
    if (layer.insights) out.insights = layer.insights;
  }
  return out;
}

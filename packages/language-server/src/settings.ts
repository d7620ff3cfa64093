import type { RuleSetting, RuleSettings } from '@nof/sdk';

/** The `nof` settings section a client sends through workspace/configuration. */
export interface NofSettings {
  /** Level (`off`, `info`, `warn`, `error`) by diagnostic code, over nof.config.yaml's. */
  rules: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD; null for nof.config.yaml's, else today. */
  asOf: string | null;
  /** Folders of extra schema files (`v2/<kind>.schema.json`...), absolute or relative to the workspace folder. */
  schemaFolders: string[];
}

export const DEFAULT_SETTINGS: NofSettings = { rules: {}, asOf: null, schemaFolders: [] };

const LEVELS: readonly string[] = ['off', 'info', 'warn', 'error'] satisfies RuleSetting[];
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings a client sent, with every malformed or missing field replaced by its default
 * and a note of what was ignored (clients send whatever their user typed).
 */
export function readSettings(raw: unknown): { settings: NofSettings; ignored: string[] } {
  const ignored: string[] = [];
  const section = isRecord(raw) ? raw : {};
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(section.rules)) {
    for (const [code, level] of Object.entries(section.rules)) {
      if (typeof level === 'string' && LEVELS.includes(level)) rules[code] = level as RuleSetting;
      else ignored.push(`nof.rules.${code}`);
    }
  } else if (section.rules !== undefined && section.rules !== null) ignored.push('nof.rules');
  let asOf: string | null = null;
  if (typeof section.asOf === 'string' && DATE.test(section.asOf)) asOf = section.asOf;
  else if (section.asOf !== undefined && section.asOf !== null && section.asOf !== '') ignored.push('nof.asOf');
  const folders = Array.isArray(section.schemaFolders) ? section.schemaFolders : [];
  if (section.schemaFolders !== undefined && !Array.isArray(section.schemaFolders)) ignored.push('nof.schemaFolders');
  const schemaFolders = folders.filter((f): f is string => typeof f === 'string' && f.length > 0);
  return { settings: { rules, asOf, schemaFolders }, ignored };
}

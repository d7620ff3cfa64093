import type { Codelists } from '../codelists/codelists.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parsePointer } from '../parse/json-pointer.js';
import { parseText } from '../parse/parse-text.js';
import { isRecord } from '../model/is-record.js';
import { checkSettings, type SettingsSource } from './check.js';
import type { SettingsLayer } from './settings.js';

/**
 * Settings given as data rather than a file (an editor's `nof` section, the command line's
 * options) checked as nof.config.yaml is: written out as JSON (which is YAML), so every problem
 * is found, and described, by the same code. Returns the layer without its wrong parts and one
 * problem per wrong part, named by its setting (`rules.x/y`, `asOf`).
 */
export function checkSettingsValue(
  value: Record<string, unknown>,
  source: SettingsSource,
  codelists: Codelists,
): { layer: SettingsLayer; problems: Array<{ setting: string; message: string; diagnostic: Diagnostic }> } {
  const doc = parseText(JSON.stringify(value, null, 2), `${source} settings`).documents[0];
  if (!doc) return { layer: {}, problems: [] };
  const { layer, diagnostics } = checkSettings(doc, source, codelists);
  const problems = diagnostics.map((diagnostic) => ({
    setting: parsePointer(diagnostic.path).join('.'),
    message: diagnostic.message,
    diagnostic,
  }));
  return { layer, problems };
}

/**
 * An editor's `nof` settings as a client sends them (whatever its user typed): the layer to
 * merge, and a line per setting left out, for the server's log. An empty or null value means
 * "not set" (VS Code's default for `nof.asOf` is the empty string); keys the SDK does not know
 * (`trace`...) are the client's.
 */
export function readEditorSettings(raw: unknown, codelists: Codelists): { layer: SettingsLayer; problems: string[] } {
  const section = isRecord(raw) ? { ...raw } : {};
  for (const key of Object.keys(section)) {
    if (!['rules', 'asOf', 'schemaFolders'].includes(key) || section[key] === null || section[key] === '') delete section[key];
  }
  const { layer, problems } = checkSettingsValue(section, 'editor', codelists);
  return { layer, problems: problems.map((p) => `Ignored nof.${p.setting}: ${p.message}`) };
}

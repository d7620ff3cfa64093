import type { Codelists } from '../codelists/codelists.js';
import { compareDiagnostics, type FileResult } from '../diagnostics/diagnostic.js';
import { errorCode, unreadable, type Host } from '../host/host.js';
import { CONFIG_FILE } from '../host/selection.js';
import { joinUri, parentOf } from '../host/uri.js';
import { parseText } from '../parse/parse-text.js';
import { checkSettings } from '../settings/check.js';
import type { SettingsLayer } from '../settings/settings.js';

/** nof.config.yaml, read and checked: the settings it sets, and where it is. */
export interface NofConfig {
  /** The file it was read from; undefined when there is none (every default applies). */
  path?: string;
  /** What it sets, every wrong part left out. */
  settings: SettingsLayer;
}

/** A configuration and the problems found in its file. */
export interface LoadedConfig {
  config: NofConfig;
  /** The config file's diagnostics (absent when there is no file). */
  result?: FileResult;
}

/**
 * Reads nof.config.yaml text. Never throws: problems come back as located diagnostics, and the
 * parts that are wrong are left out of the configuration (their defaults apply).
 */
export function parseConfig(text: string, uri: string, codelists: Codelists): LoadedConfig {
  const parsed = parseText(text, uri);
  const diagnostics = [...parsed.diagnostics];
  const config: NofConfig = { path: uri, settings: {} };
  const doc = parsed.documents[0];
  if (doc?.reliable) {
    const checked = checkSettings(doc, 'config', codelists);
    config.settings = checked.layer;
    for (const problem of checked.diagnostics) diagnostics.push(problem);
  }
  return { config, result: { uri, diagnostics: diagnostics.sort(compareDiagnostics) } };
}

/**
 * The configuration governing a folder: the nearest nof.config.yaml at or above it, read
 * through the host (all defaults when there is none). A config that cannot be read is reported
 * in its result, as a document would be.
 */
export async function readConfig(host: Host, folder: string, codelists: Codelists): Promise<LoadedConfig> {
  for (let dir = folder; ; dir = parentOf(dir)) {
    const uri = joinUri(dir, CONFIG_FILE);
    try {
      return parseConfig(await host.readFile(uri), uri, codelists);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        return { config: { path: uri, settings: {} }, result: { uri, diagnostics: [unreadable('file', code)] } };
    }
    if (parentOf(dir) === dir) return { config: { settings: {} } };
  }
}

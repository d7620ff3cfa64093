import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dataDir, type JsonSchema } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import { satisfiesPin } from '../codelists/pin.js';
import { compareDiagnostics, type Diagnostic, type FileResult } from '../diagnostics/diagnostic.js';
import { SUPPRESSION_CODES } from '../diagnostics/suppression.js';
import { formatPointer } from '../parse/json-pointer.js';
import { parseText } from '../parse/parse-text.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { listRules } from '../rules/registry.js';
import type { RuleSettings } from '../rules/settings.js';
import { closest } from '../schema/closest.js';
import { replaceFix } from '../schema/fixes.js';
import { SchemaRegistry } from '../schema/registry.js';
import { describeErrors } from '../schema/validate-document.js';

/** The name of the configuration file at a workspace's root. */
export const CONFIG_FILE = 'nof.config.yaml';

/** nof.config.yaml, read and checked. */
export interface NofConfig {
  /** Path of the file it was read from; undefined when there is none (every default applies). */
  path?: string;
  /** Level (or `off`) by rule id. */
  rules: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD; undefined means today. */
  asOf?: string;
  /** Version pins by codelist id. */
  codelists: Record<string, string>;
  /** .gitignore-style patterns, relative to the config's folder. */
  ignore: string[];
  /** How `nof insights` judges and publishes (each setting has a default: see the config schema). */
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

/** A configuration and the problems found in its file. */
export interface LoadedConfig {
  config: NofConfig;
  /** The config file's diagnostics (absent when there is no file). */
  result?: FileResult;
}

let configRegistry: SchemaRegistry | undefined;

/** The config schema, compiled once (with the schema stage, so messages read like the documents'). */
function registry(): { registry: SchemaRegistry; schema: JsonSchema } {
  configRegistry ??= new SchemaRegistry([
    {
      apiVersion: 'config',
      kind: undefined,
      file: 'nof-config.schema.json',
      schema: JSON.parse(readFileSync(join(dataDir, 'nof-config.schema.json'), 'utf8')) as JsonSchema,
    },
  ]);
  return { registry: configRegistry, schema: configRegistry.files[0]!.schema };
}

/** Codes a config may set besides rule ids: the findings about suppression comments. */
const CONFIGURABLE_CODES = [...Object.values(SUPPRESSION_CODES)];

function semanticProblems(doc: ParsedDocument, config: NofConfig, codelists: Codelists): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = [...listRules().map((r) => r.id), ...CONFIGURABLE_CODES];
  for (const id of Object.keys(config.rules)) {
    if (known.includes(id)) continue;
    const path = formatPointer(['rules', id]);
    const suggestion = closest(id, known);
    const range = doc.rangeOf(path, 'key');
    out.push({
      severity: 'warning',
      code: 'config/unknown-rule',
      message: `No rule is called "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Run \`nof rules\` to list them.`,
      path,
      range,
      ...(suggestion ? { fixes: [replaceFix(`Change to ${suggestion}`, range, suggestion)] } : {}),
    });
  }
  for (const [id, pin] of Object.entries(config.codelists)) {
    const path = formatPointer(['codelists', id]);
    const list = codelists.list(id);
    if (!list) {
      const names = codelists.lists().map((l) => l.id);
      out.push({
        severity: 'error',
        code: 'config/unknown-codelist',
        message: `No codelist is called "${id}". NOF ships ${names.join(', ')}.`,
        path,
        range: doc.rangeOf(path, 'key'),
      });
    } else if (!satisfiesPin(list.version, pin)) {
      out.push({
        severity: 'error',
        code: 'config/codelist-version',
        message: `The ${id} codelist NOF ships is version ${list.version}, which does not satisfy the pin ${pin}: documents may use codes it does not have, or judge codes differently. Update the pin after checking the codelist's changes, or use the NOF release that ships a matching version.`,
        path,
        range: doc.rangeOf(path, 'value'),
      });
    }
  }
  return out;
}

/**
 * Reads nof.config.yaml text. Never throws: problems come back as located diagnostics, and the
 * parts that are wrong are left out of the configuration (their defaults apply).
 */
export function parseConfig(text: string, uri: string, codelists: Codelists): LoadedConfig {
  const parsed = parseText(text, uri);
  const diagnostics = [...parsed.diagnostics];
  const config: NofConfig = { path: uri, rules: {}, codelists: {}, ignore: [] };
  const doc = parsed.documents[0];
  if (doc?.reliable) {
    const { registry: reg, schema } = registry();
    const validate = reg.validatorFor(schema);
    if (!validate(doc.value)) {
      diagnostics.push(...describeErrors([...(validate.errors ?? [])], doc, reg, schema));
    } else if (doc.value && typeof doc.value === 'object') {
      const value = doc.value as Partial<NofConfig>;
      Object.assign(config, { rules: value.rules ?? {}, codelists: value.codelists ?? {}, ignore: value.ignore ?? [] });
      if (value.asOf !== undefined) config.asOf = value.asOf;
      if (value.insights !== undefined) config.insights = value.insights;
      diagnostics.push(...semanticProblems(doc, config, codelists));
    }
  }
  return { config, result: { uri, diagnostics: diagnostics.sort(compareDiagnostics) } };
}

/** The nof.config.yaml that governs a file or folder: the nearest one at or above it. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The configuration governing a file or folder (all defaults when there is no nof.config.yaml above it). */
export function loadConfig(start: string, codelists: Codelists): LoadedConfig {
  const path = findConfigFile(start);
  if (path === undefined) return { config: { rules: {}, codelists: {}, ignore: [] } };
  return parseConfig(readFileSync(path, 'utf8'), path, codelists);
}

import { CONFIG_SCHEMA, type JsonSchema } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import { satisfiesPin } from '../codelists/pin.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SUPPRESSION_CODES } from '../diagnostics/suppression.js';
import { formatPointer, parsePointer } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { listRules } from '../rules/registry.js';
import { closest } from '../schema/closest.js';
import { rootCauses } from '../schema/collapse.js';
import { describeErrors } from '../schema/validate-document.js';
import { replaceFix } from '../schema/fixes.js';
import { SchemaRegistry } from '../schema/registry.js';
import type { SettingsLayer } from './settings.js';

const CONFIG_ID = 'https://schemas.nof.org.uk/nof-config.schema.json';

/**
 * The `nof` section of an editor's settings: nof.config.yaml's `rules` and `asOf` (the same
 * schema, so the same checks), plus the editor's own `schemaFolders`. Other keys (`trace`...)
 * belong to the client. The extension's `contributes.configuration` is generated from this.
 */
export const EDITOR_SETTINGS_SCHEMA: JsonSchema = {
  $id: 'https://schemas.nof.org.uk/nof-editor-settings.schema.json',
  type: 'object',
  properties: {
    rules: { $ref: `${CONFIG_ID}#/properties/rules` },
    asOf: { $ref: `${CONFIG_ID}#/properties/asOf` },
    schemaFolders: {
      title: 'Schema folders',
      description:
        'Extra folders of NOF schemas (laid out like the built-in ones: `v1/<kind>.schema.json`), for local extensions agreed within a consortium. Absolute, or relative to the workspace folder.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
  },
};

let registry: SchemaRegistry | undefined;

/** The config and editor-settings schemas, compiled once (with the schema stage, so messages read like the documents'). */
function settingsRegistry(): SchemaRegistry {
  registry ??= new SchemaRegistry([
    { apiVersion: 'config', kind: undefined, file: 'nof-config.schema.json', schema: CONFIG_SCHEMA },
    { apiVersion: 'config', kind: undefined, file: 'nof-editor-settings.schema.json', schema: EDITOR_SETTINGS_SCHEMA },
  ]);
  return registry;
}

/** Where settings come from: nof.config.yaml's whole schema, or the editor's part of it. */
export type SettingsSource = 'config' | 'editor';

/** Codes a config may set besides rule ids: the findings about suppression comments. */
function knownCodes(): string[] {
  return [...listRules().map((r) => r.id), ...Object.values(SUPPRESSION_CODES)];
}

/**
 * Checks one layer of settings held in a parsed document (nof.config.yaml, or an editor's
 * settings given as JSON) against its schema, then checks what the schema cannot: that rule ids
 * exist and codelist pins are satisfied. Returns the layer with every wrong part left out (its
 * default applies) and a located diagnostic per problem. Never throws.
 */
export function checkSettings(
  doc: ParsedDocument,
  source: SettingsSource,
  codelists: Codelists,
): { layer: SettingsLayer; diagnostics: Diagnostic[] } {
  const reg = settingsRegistry();
  const schema = source === 'config' ? CONFIG_SCHEMA : EDITOR_SETTINGS_SCHEMA;
  const validate = reg.validatorFor(reg.files.find((f) => f.schema === schema)!.schema);
  const value = structuredClone(doc.value);
  const diagnostics: Diagnostic[] = [];
  if (!validate(value)) {
    const errors = rootCauses([...(validate.errors ?? [])]);
    for (const problem of describeErrors(errors, doc, reg, schema)) diagnostics.push(problem);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { layer: {}, diagnostics };
    for (const e of errors) leaveOut(value as Record<string, unknown>, e.instancePath, e.params as Record<string, unknown>);
  }
  const layer = value as SettingsLayer;
  diagnostics.push(...unknownRules(doc, layer), ...(source === 'config' ? pinProblems(doc, layer, codelists) : []));
  return { layer, diagnostics };
}

/** Drops the setting an error is about: one rule's level, one pin, or the whole of any other setting. */
function leaveOut(value: Record<string, unknown>, path: string, params: Record<string, unknown>): void {
  const [top, entry] = parsePointer(path);
  if (top === undefined) {
    const extra = params.additionalProperty;
    if (typeof extra === 'string') delete value[extra];
    return;
  }
  const holder = value[top];
  if ((top === 'rules' || top === 'codelists') && entry !== undefined && typeof holder === 'object' && holder !== null)
    delete (holder as Record<string, unknown>)[entry];
  else if ((top === 'rules' || top === 'codelists') && entry === undefined && typeof params.propertyName === 'string')
    delete (holder as Record<string, unknown>)[params.propertyName];
  else delete value[top];
}

function unknownRules(doc: ParsedDocument, layer: SettingsLayer): Diagnostic[] {
  const known = knownCodes();
  const out: Diagnostic[] = [];
  const rules: Record<string, unknown> = { ...layer.rules };
  for (const id of Object.keys(rules)) {
    if (known.includes(id)) continue;
    delete rules[id];
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
  if (layer.rules) layer.rules = rules as SettingsLayer['rules'];
  return out;
}

function pinProblems(doc: ParsedDocument, layer: SettingsLayer, codelists: Codelists): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, pin] of Object.entries(layer.codelists ?? {})) {
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

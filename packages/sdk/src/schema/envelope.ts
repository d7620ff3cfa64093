import type { JsonSchema } from '@nof/schemas';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isRecord } from '../model/is-record.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { profiledSchema } from '../profiles/profiled-schema.js';
import { noProfiles, type ProfileCatalog } from '../profiles/profiles.js';
import { closest } from './closest.js';
import { replaceFix, yamlScalar } from './fixes.js';
import { listValues } from './phrases.js';
import type { SchemaRegistry } from './registry.js';

/**
 * The kind schema for a document (with the problems of the profiles it names, which leave the
 * schema to check against), or the one diagnostic saying why there is none.
 */
/** What picking a document's schema reads of it (a parsed document, or a value read without a syntax tree). */
export type EnvelopeDocument = Pick<ParsedDocument, 'value' | 'apiVersion' | 'kind' | 'rangeOf' | 'startLine'>;

export type EnvelopeResult = { schema: JsonSchema; problems: Diagnostic[] } | { problem: Diagnostic };

/**
 * Reads `apiVersion` and `kind` to pick the schema. A missing or unknown value gives a single
 * diagnostic (with the known values and a did-you-mean) instead of a cascade from the wrong schema.
 */
export function schemaForDocument(
  doc: EnvelopeDocument,
  registry: SchemaRegistry,
  profiles: ProfileCatalog = noProfiles(),
): EnvelopeResult {
  const versions = registry.apiVersions();
  const apiVersion = checkField(doc, 'apiVersion', versions, 'nof/unknown-api-version', 'API version', 'API versions');
  if ('problem' in apiVersion) return apiVersion;
  const kinds = registry.kinds(apiVersion.value);
  const kind = checkField(doc, 'kind', kinds, 'nof/unknown-kind', `kind in ${apiVersion.value}`, `kinds in ${apiVersion.value}`);
  if ('problem' in kind) return kind;
  return profiledSchema(
    doc,
    registry,
    apiVersion.value,
    kind.value,
    registry.getSchemaFor(apiVersion.value, kind.value) as JsonSchema,
    profiles,
  );
}

function checkField(
  doc: EnvelopeDocument,
  field: 'apiVersion' | 'kind',
  known: string[],
  code: string,
  what: string,
  whatPlural: string,
): { value: string } | { problem: Diagnostic } {
  const value = doc[field];
  if (value !== undefined && known.includes(value)) return { value };
  const knownText = known.length ? `Known ${whatPlural}: ${listValues(known)}.` : `No ${whatPlural} are defined.`;
  const path = `/${field}`;
  const raw = isRecord(doc.value) ? doc.value[field] : undefined;
  if (raw === undefined) {
    const message = `Missing \`${field}\`: every NOF document starts with \`apiVersion\` and \`kind\`. ${knownText}`;
    return { problem: { severity: 'error', code, message, path, range: doc.startLine() } };
  }
  const range = doc.rangeOf(path, 'value');
  const suggestion = typeof value === 'string' ? closest(value, known) : undefined;
  const hint = suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
  const shown = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const message = `Unknown ${what} \`${shown}\`.${hint} ${knownText}`;
  const fixes = suggestion === undefined ? undefined : [replaceFix(`Change to \`${suggestion}\``, range, yamlScalar(suggestion))];
  return { problem: { severity: 'error', code, message, path, range, ...(fixes ? { fixes } : {}) } };
}

import { SchemaRegistry } from '../../schema/registry.js';
import type { RuleDocument } from '../../rules/rule.js';
import { finding, INTEROP_CODES, type InteropDiagnostic } from '../diagnostics.js';

/** One document as plain JSON, and the schema it names. */
export interface JsonDocument {
  uri: string;
  id: string | undefined;
  /** The `$id` of the document's schema, or undefined when NOF has no schema for its kind. */
  schema: string | undefined;
  value: unknown;
}

export interface JsonExport {
  documents: JsonDocument[];
  diagnostics: InteropDiagnostic[];
}

/**
 * Exports documents as plain JSON for tools in any language: each is its YAML value, with
 * `$schema` first naming the published schema of its apiVersion and kind (the schema's `$id`), so
 * that any JSON Schema 2020-12 validator given NOF's schema files can check it. A kind whose
 * schema does not yet allow `$schema` is written without it, with a note.
 */
export function exportJson(documents: readonly RuleDocument[], registry: SchemaRegistry = SchemaRegistry.shipped()): JsonExport {
  const diagnostics: InteropDiagnostic[] = [];
  const out = documents.map((document): JsonDocument => {
    const schema = document.apiVersion && document.kind ? registry.getSchemaFor(document.apiVersion, document.kind) : undefined;
    const id = typeof schema?.$id === 'string' ? schema.$id : undefined;
    if (!id) {
      diagnostics.push(
        finding(
          document,
          '/kind',
          'warning',
          INTEROP_CODES.notExported,
          `NOF has no schema for ${document.apiVersion ?? '(no apiVersion)'} ${document.kind ?? '(no kind)'}: written without $schema`,
        ),
      );
      return { uri: document.uri, id: document.id, schema: undefined, value: document.value };
    }
    const properties = schema?.properties as Record<string, unknown> | undefined;
    if (!properties || !Object.hasOwn(properties, '$schema')) {
      diagnostics.push(
        finding(
          document,
          '/kind',
          'info',
          INTEROP_CODES.partlyMapped,
          `the ${document.kind} schema does not allow $schema yet: written without it; validate it against ${id}`,
        ),
      );
      return { uri: document.uri, id: document.id, schema: id, value: document.value };
    }
    const { $schema: _ignored, ...rest } = document.value as Record<string, unknown>;
    return { uri: document.uri, id: document.id, schema: id, value: { $schema: id, ...rest } };
  });
  return { documents: out, diagnostics };
}

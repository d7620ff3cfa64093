import { readAnnotations, type JsonSchema, type Kind, type RefScope } from '@nof/schemas';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { formatPointer } from '../parse/json-pointer.js';
import type { SchemaAt } from '../schema/schema-at.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { isRecord } from '../model/is-record.js';

/** What the schemas say about one place in a document, for an editor: names, values, references. */
export interface SchemaFacts {
  at: SchemaAt;
  refKind?: Kind;
  refScope?: RefScope;
  codelist?: string;
  deprecated: boolean;
  /** Fixed values the place allows (`enum`, `const`), in schema order. */
  values: unknown[];
}

/** True when a schema marks its value deprecated (`deprecated: true`, or `x-deprecated-by`). */
export function isDeprecated(schemas: JsonSchema[]): boolean {
  return schemas.some((s) => readAnnotations(s).deprecated !== undefined);
}

/** The schema of a document's kind, when NOF defines it. */
export function kindSchema(document: ParsedDocument | undefined, registry: SchemaRegistry): JsonSchema | undefined {
  const { apiVersion, kind } = document ?? {};
  return apiVersion && kind ? registry.getSchemaFor(apiVersion, kind) : undefined;
}

/** The facts about the place at `path` in a document (undefined where the schema says nothing). */
export function factsAt(
  document: ParsedDocument | undefined,
  path: ReadonlyArray<string>,
  registry: SchemaRegistry,
): SchemaFacts | undefined {
  const root = kindSchema(document, registry);
  if (!root) return undefined;
  const at = registry.schemaAt(root, formatPointer(path), document?.value);
  if (!at) return undefined;
  const facts: SchemaFacts = { at, deprecated: isDeprecated(at.schemas), values: [] };
  for (const s of at.schemas) {
    const annotations = readAnnotations(s);
    facts.refKind ??= annotations.refKind;
    facts.refScope ??= annotations.refScope;
    facts.codelist ??= annotations.codelist;
    if ('const' in s) facts.values.push(s.const);
    if (Array.isArray(s.enum)) facts.values.push(...s.enum);
    if (s.type === 'boolean') facts.values.push(true, false);
  }
  facts.values = [...new Set(facts.values)];
  return facts;
}

/** The property schemas declared for the object at a place: name → every schema applying to it. */
export function propertiesAt(facts: SchemaFacts): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const s of facts.at.schemas) {
    if (!isRecord(s.properties)) continue;
    for (const [name, sub] of Object.entries(s.properties)) if (isRecord(sub) && !out.has(name)) out.set(name, sub);
  }
  return out;
}

/** Names the objects at a place must have. */
export function requiredAt(schemas: JsonSchema[]): string[] {
  return [
    ...new Set(schemas.flatMap((s) => (Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : []))),
  ];
}

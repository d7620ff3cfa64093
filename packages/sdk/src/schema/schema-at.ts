import type { JsonSchema } from '@nof/schemas';
import { parsePointer } from '../parse/json-pointer.js';
import { likelyBranch, withRefs } from './branches.js';
import { isSchemaObject, type SchemaGraph } from './schema-graph.js';

/** The schema that describes one value of a document. */
export interface SchemaAt {
  /**
   * Every schema that applies to the value, outermost first: the property's own schema (with
   * the title written where it is used), then its `$ref` targets, `allOf` members and the chosen
   * `oneOf`/`anyOf` branch.
   */
  schemas: JsonSchema[];
  /** The first `title` among `schemas`. */
  title: string | undefined;
  /** The first `description` among `schemas`. */
  description: string | undefined;
}

/**
 * Every schema applying to a value described by `schema`: `$ref`s followed, `allOf` members,
 * the `oneOf`/`anyOf` branch the value aims at (all branches, aimed one first, when it does not
 * say) and both `then` and `else`.
 */
export function applicable(schema: JsonSchema, value: unknown, graph: SchemaGraph, seen = new Set<JsonSchema>()): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const s of withRefs(schema, graph, seen)) {
    out.push(s);
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = s[keyword];
      if (!Array.isArray(branches)) continue;
      const aimed = likelyBranch(branches, value, graph);
      const ordered = aimed === undefined ? branches : [branches[aimed], ...branches.filter((_, i) => i !== aimed)];
      for (const b of ordered) if (isSchemaObject(b)) out.push(...applicable(b, value, graph, seen));
    }
    for (const keyword of ['then', 'else'] as const) {
      const sub = s[keyword];
      if (isSchemaObject(sub)) out.push(...applicable(sub, value, graph, seen));
    }
  }
  return out;
}

/** The schema for member `key` of a value described by `schemas`, from the first that has one. */
export function memberSchema(schemas: JsonSchema[], key: string, isIndex: boolean): JsonSchema | undefined {
  for (const s of schemas) {
    if (isIndex) {
      const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
      const item = Number(key) < prefix.length ? prefix[Number(key)] : s.items;
      if (isSchemaObject(item)) return item;
      continue;
    }
    if (isSchemaObject(s.properties) && isSchemaObject(s.properties[key])) return s.properties[key];
    if (isSchemaObject(s.patternProperties)) {
      for (const [pattern, sub] of Object.entries(s.patternProperties)) {
        if (isSchemaObject(sub) && new RegExp(pattern, 'u').test(key)) return sub;
      }
    }
  }
  for (const s of schemas) if (!isIndex && isSchemaObject(s.additionalProperties)) return s.additionalProperties;
  return undefined;
}

/**
 * The schema describing the value at `pointer` in a document described by `root`. Pass the
 * document's value so that `oneOf`/`anyOf` pick the branch the document aims at. Undefined when
 * the schema says nothing about that place (an unknown property).
 */
export function schemaAt(root: JsonSchema, pointer: string, graph: SchemaGraph, documentValue?: unknown): SchemaAt | undefined {
  let value = documentValue;
  let schemas = applicable(root, value, graph);
  for (const segment of parsePointer(pointer)) {
    const isIndex = Array.isArray(value) || (value === undefined && /^[0-9]+$/.test(segment));
    value = isSchemaObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
    const member = memberSchema(schemas, segment, isIndex);
    if (!member) return undefined;
    schemas = applicable(member, value, graph);
  }
  const first = (key: 'title' | 'description') => schemas.map((s) => s[key]).find((t): t is string => typeof t === 'string');
  return { schemas, title: first('title'), description: first('description') };
}

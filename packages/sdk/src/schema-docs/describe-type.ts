import type { JsonSchema } from '@nof/schemas';
import { isSchemaObject } from '../schema/schema-graph.js';

/** Where the Markdown for a schema object lives: a link target, or a section still to write. */
export interface Linker {
  /** A Markdown link to the section documenting the `$ref`'s target, or undefined when it leads nowhere. */
  linkRef(ref: string, from: JsonSchema): string | undefined;
  /** A link to a section (written later) for an object schema written inline, under `path`. */
  linkInline(schema: JsonSchema, path: string): string;
}

export const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** True when a schema describes an object with named properties (it gets a section of its own). */
export function isObjectSchema(schema: JsonSchema): boolean {
  return isSchemaObject(schema.properties) || (schema.type === 'object' && (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)));
}

/** A short Markdown description of what a schema allows, for a table's Type column: `list of [Lot](#lot)`. */
export function describeType(schema: JsonSchema, path: string, linker: Linker): string {
  if (typeof schema.$ref === 'string') return linker.linkRef(schema.$ref, schema) ?? code(schema.$ref);
  if ('const' in schema) return code(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(code).join(', ')}`;
  if (isObjectSchema(schema)) return linker.linkInline(schema, path);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches))
      return branches
        .filter(isSchemaObject)
        .map((b, i) => describeType(b, `${path}/${keyword}${i}`, linker))
        .join(' or ');
  }
  if (schema.type === 'array') {
    const items = isSchemaObject(schema.items) ? describeType(schema.items, `${path}[]`, linker) : 'anything';
    return `list of ${items}`;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  const base = types.length ? types.join(' or ') : 'any value';
  return typeof schema.format === 'string' ? `${base} (${schema.format})` : base;
}

/** The limits a schema sets, in words: pattern, lengths, ranges, counts, uniqueness. */
export function describeConstraints(schema: JsonSchema): string[] {
  const out: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    const units = (n: number) => (unit && n === 1 ? unit.slice(0, -1) : unit);
    if (typeof min === 'number' && typeof max === 'number') out.push(`${min} to ${max}${units(max)}`);
    else if (typeof min === 'number') out.push(`at least ${min}${units(min)}`);
    else if (typeof max === 'number') out.push(`at most ${max}${units(max)}`);
  };
  range(schema.minimum, schema.maximum, '');
  if (typeof schema.exclusiveMinimum === 'number') out.push(`more than ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number') out.push(`less than ${schema.exclusiveMaximum}`);
  range(schema.minLength, schema.maxLength, ' characters');
  range(schema.minItems, schema.maxItems, ' items');
  range(schema.minProperties, schema.maxProperties, ' properties');
  if (typeof schema.multipleOf === 'number') out.push(`a multiple of ${schema.multipleOf}`);
  if (typeof schema.pattern === 'string') out.push(`matches ${code(schema.pattern)}`);
  if (schema.uniqueItems === true) out.push('no repeated items');
  return out;
}

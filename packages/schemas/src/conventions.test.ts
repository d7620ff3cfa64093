import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './index.js';
import { loadSchemaFiles } from './node.js';

/** Every sub-schema that declares properties, with its pointer; `if` conditions are tests, not shapes. */
function objectSchemas(node: unknown, pointer = ''): Array<[string, JsonSchema]> {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => objectSchemas(n, `${pointer}/${i}`));
  const own: Array<[string, JsonSchema]> = 'properties' in node ? [[pointer, node as JsonSchema]] : [];
  return [
    ...own,
    ...Object.entries(node)
      .filter(([key]) => key !== 'if')
      .flatMap(([key, value]) => objectSchemas(value, `${pointer}/${key}`)),
  ];
}

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

describe.each(loadSchemaFiles().map((f) => [f.file, f.schema] as const))('%s follows the schema conventions', (file, schema) => {
  it('is draft 2020-12 with a stable $id under its version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://schemas.nof.org.uk/${file}`);
  });

  it('gives every property a title and a description (shown on hover), unless it is only a $ref', () => {
    const missing = objectSchemas(schema).flatMap(([pointer, object]) =>
      Object.entries(object.properties as Record<string, unknown>)
        .filter(([, p]) => isObject(p) && !(Object.keys(p).length === 1 && '$ref' in p) && !(p.title && p.description))
        .map(([name]) => `${pointer}/properties/${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('closes every object it defines (additionalProperties: false)', () => {
    // Exempt: refinements of a closed schema (`$ref` beside `properties`) and presence tests in
    // oneOf branches (every property `true`), which constrain a closed object rather than define one.
    const refinesOrTests = (object: JsonSchema) =>
      '$ref' in object || Object.values(object.properties as Record<string, unknown>).every((p) => p === true);
    const open = objectSchemas(schema)
      .filter(([, object]) => object.type === 'object' && object.additionalProperties !== false && !refinesOrTests(object))
      .map(([pointer]) => pointer);
    expect(open).toEqual([]);
  });
});

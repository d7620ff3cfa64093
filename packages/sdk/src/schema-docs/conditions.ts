import type { JsonSchema } from '@nof/schemas';
import { isSchemaObject } from '../schema/schema-graph.js';
import { code } from './describe-type.js';

const names = (list: unknown): string[] => (Array.isArray(list) ? list.map((n) => code(n)) : []);

/** `["a", "b"]` → "`a` and `b`"; the required names of a schema in words. */
function requirement(schema: unknown): string | undefined {
  if (!isSchemaObject(schema)) return undefined;
  const required = names(schema.required);
  if (required.length) return `${required.join(' and ')} ${required.length > 1 ? 'are' : 'is'} required`;
  for (const [keyword, how] of [
    ['oneOf', 'exactly one of'],
    ['anyOf', 'at least one of'],
  ] as const) {
    const branches = schema[keyword];
    // Branches that each only require a property: "exactly one of `a`, `b` must be given".
    if (Array.isArray(branches) && branches.every((b) => isSchemaObject(b) && names(b.required).length === 1)) {
      return `${how} ${branches.map((b) => names((b as JsonSchema).required)[0]).join(', ')} must be given`;
    }
  }
  return undefined;
}

/** The `if` of a conditional in words: "`basis` is `national-contract`". */
function condition(schema: unknown): string | undefined {
  if (!isSchemaObject(schema) || !isSchemaObject(schema.properties)) return undefined;
  const parts = Object.entries(schema.properties).map(([name, s]) => {
    if (isSchemaObject(s) && 'const' in s) return `${code(name)} is ${code(s.const)}`;
    if (isSchemaObject(s) && Array.isArray(s.enum)) return `${code(name)} is one of ${s.enum.map(code).join(', ')}`;
    return undefined;
  });
  return parts.every((p) => p !== undefined) && parts.length ? parts.join(' and ') : undefined;
}

/**
 * The rules an object schema sets across its properties (conditionals, "one of these"), in
 * words; a rule that cannot be put in words is named so the reader checks the schema.
 */
export function describeConditions(schema: JsonSchema): string[] {
  const out: string[] = [];
  const whole = requirement({ oneOf: schema.oneOf }) ?? requirement({ anyOf: schema.anyOf });
  if (whole) out.push(`${whole[0]?.toUpperCase()}${whole.slice(1)}.`);
  else if (schema.oneOf !== undefined || schema.anyOf !== undefined) out.push('It must match the alternatives listed in its Type.');
  if (schema.if !== undefined) {
    const when = condition(schema.if);
    const then = requirement(schema.then);
    const otherwise = schema.else === undefined ? '' : requirement(schema.else);
    if (when && then && otherwise !== undefined) out.push(`When ${when}, ${then}${otherwise ? `; otherwise ${otherwise}` : ''}.`);
    else out.push('Further conditions apply between its properties: see the schema (`if`/`then`).');
  }
  if (
    schema.allOf !== undefined ||
    schema.not !== undefined ||
    schema.dependentRequired !== undefined ||
    schema.dependentSchemas !== undefined
  ) {
    out.push('Further conditions apply: see the schema.');
  }
  return out;
}

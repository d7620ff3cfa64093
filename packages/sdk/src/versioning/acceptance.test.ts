import type { JsonSchema } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { Acceptance } from './acceptance.js';
import { diffSchemas } from './diff.js';
import { SchemaSet } from './schema-set.js';

const side = (schema: JsonSchema) => new SchemaSet(new Map([['x.schema.json', schema]]), ['x.schema.json'], 'v1');
const root = (schema: JsonSchema) => ({ node: schema, side: side(schema) });
const verdict = (before: JsonSchema, after: JsonSchema) => diffSchemas(side(before), side(after)).verdict;

describe('what a schema accepts', () => {
  it('proves a union the same however its branches are written', () => {
    const acceptance = new Acceptance();
    const enumerated = root({ enum: ['a', 'b'] });
    const consts = root({ anyOf: [{ const: 'b' }, { const: 'a' }] });
    expect(acceptance.includes(enumerated, consts, 'documents')).toEqual({ holds: true });
    expect(acceptance.includes(consts, enumerated, 'documents')).toEqual({ holds: true });
  });

  it('shows a lost value as the witness, checked by ajv on both sides', () => {
    const acceptance = new Acceptance();
    const outcome = acceptance.includes(root({ type: 'integer', minimum: 0 }), root({ type: 'integer', minimum: 3 }), 'documents');
    expect(outcome).toMatchObject({ holds: false });
    expect([0, 1, 2]).toContain((outcome as { witness: unknown }).witness);
  });

  it('judges a named value by every constraint beside it, not by the list alone', () => {
    // `abc` is in the enum but too long, so it was never valid: nothing is lost.
    expect(verdict({ enum: ['a', 'abc'], maxLength: 2 }, { enum: ['a'] })).toBe('safe');
    // Here it was valid, and the new maxLength rejects it.
    expect(verdict({ enum: ['a', 'abc'] }, { enum: ['a', 'abc'], maxLength: 2 })).toBe('breaking');
  });

  it('ends on recursive schemas', () => {
    const tree = (n: JsonSchema): JsonSchema => ({
      $ref: '#/$defs/t',
      $defs: { t: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/t' } }, n } } },
    });
    const acceptance = new Acceptance();
    expect(acceptance.includes(root(tree({ type: 'integer' })), root(tree({ type: 'number' })), 'documents')).toEqual({ holds: true });
    expect(acceptance.includes(root(tree({ type: 'number' })), root(tree({ type: 'integer' })), 'documents').holds).toBe(false);
  });

  it('leaves what it cannot decide unknown', () => {
    const acceptance = new Acceptance();
    expect(
      acceptance.includes(root({ type: 'string', pattern: '^[a-z]+$' }), root({ type: 'string', pattern: '^[a-z]{1,}$' }), 'documents'),
    ).toEqual({
      holds: 'unknown',
    });
    // A keyword it does not read (`not`) is the same only as itself.
    expect(acceptance.includes(root({ not: { const: 1 } }), root({ not: { const: 2 } }), 'documents').holds).not.toBe(true);
  });

  it('does not count a property only the new schema names as a break for consumers', () => {
    const closed = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: 'object', additionalProperties: false, properties });
    const acceptance = new Acceptance();
    const before = root(closed({ a: { type: 'string' } }));
    const after = root(closed({ a: { type: 'string' }, b: { type: 'integer' } }));
    expect(acceptance.includes(after, before, 'consumers')).toEqual({ holds: true });
    expect(acceptance.includes(after, before, 'documents').holds).toBe(false);
  });
});

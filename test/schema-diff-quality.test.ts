import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../packages/schemas/src/index.js';
import { diffSchemas, SchemaSet } from '../packages/sdk/src/node/index.js';

// Issue 19: `nof schema diff` on labelled schema pairs (test/fixtures/schema-diff-corpus/*.json,
// each with the verdict a careful reader of schemas/VERSIONING.md gives it). Goals: at least 95%
// agreement where it decides, `unknown` on at most 10%, and never a breaking change called safe.

interface Pair {
  name: string;
  verdict: 'breaking' | 'safe';
  why: string;
  old: JsonSchema;
  new: JsonSchema;
}

const dir = fileURLToPath(new URL('fixtures/schema-diff-corpus/', import.meta.url));
const pairs: Array<Pair & { file: string }> = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Pair[]).map((p) => ({ ...p, file })));

const side = (schema: JsonSchema) => new SchemaSet(new Map([['x.schema.json', schema]]), ['x.schema.json'], 'v1');
const verdictOf = (old: JsonSchema, now: JsonSchema) => diffSchemas(side(old), side(now)).verdict;
const results = pairs.map((p) => ({ ...p, got: verdictOf(p.old, p.new) }));
const describePair = (r: (typeof results)[number]) => `${r.file}: ${r.name} (${r.verdict}, said ${r.got})`;

describe('nof schema diff on the labelled pairs', () => {
  it('has at least 80 pairs, both verdicts, over every keyword the issue names', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(80);
    expect(pairs.filter((p) => p.verdict === 'safe').length).toBeGreaterThanOrEqual(30);
    expect(pairs.filter((p) => p.verdict === 'breaking').length).toBeGreaterThanOrEqual(30);
    const text = JSON.stringify(pairs.map((p) => [p.old, p.new]));
    const keywords = ['anyOf', 'oneOf', 'allOf', '$ref', 'enum', 'const', 'type', 'required', 'additionalProperties', 'items', 'pattern'];
    for (const keyword of [...keywords, 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'])
      expect(text, keyword).toContain(`"${keyword}"`);
  });

  it('never calls a breaking change safe', () => {
    expect(results.filter((r) => r.verdict === 'breaking' && r.got === 'safe').map(describePair)).toEqual([]);
  });

  it('agrees on at least 95% of the pairs it decides, and leaves at most 10% unknown', () => {
    const decided = results.filter((r) => r.got !== 'unknown');
    const agreeing = decided.filter((r) => r.got === r.verdict);
    const misses = results.filter((r) => r.got !== r.verdict).map(describePair);
    expect(
      agreeing.length / decided.length,
      `agreement ${agreeing.length}/${decided.length}; misses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.95);
    expect((results.length - decided.length) / results.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
  });
});

describe('nof schema diff on generated pairs', () => {
  // Random small schemas and changes to them; wherever the verdict is `safe`, values are tried
  // against both with another validator (@cfworker/json-schema): an old value the new schema
  // rejects, or a new scalar the old one rejects, would be a breaking change called safe.
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const scalar = (): JsonSchema =>
    pick<JsonSchema>([
      { type: 'string' },
      { type: 'integer' },
      { type: 'number' },
      { type: 'null' },
      { type: 'string', maxLength: pick([0, 1, 2]) },
      { type: 'integer', minimum: pick([0, 1, 2]) },
      { type: 'number', exclusiveMinimum: 0 },
      { enum: pick([['a'], ['a', 'b'], ['b', 1], [null, 'a']]) },
      { const: pick(['a', 1, true]) },
      { type: ['string', 'integer'] },
      { type: 'integer', multipleOf: 2 },
      {},
    ]);
  const schema = (depth = 0): JsonSchema => {
    const r = random();
    if (depth > 2 || r < 0.45) return scalar();
    if (r < 0.6) return { anyOf: [schema(depth + 1), schema(depth + 1)].slice(0, pick([1, 2])) };
    if (r < 0.7) return { oneOf: [schema(depth + 1), schema(depth + 1)] };
    if (r < 0.78) return { allOf: [schema(depth + 1), scalar()] };
    if (r < 0.9) {
      const o: JsonSchema = { type: 'object', properties: { a: schema(depth + 1), b: schema(depth + 1) } };
      if (random() < 0.5) o.required = pick([['a'], ['a', 'b']]);
      if (random() < 0.6) o.additionalProperties = false;
      return o;
    }
    return { type: 'array', items: schema(depth + 1), ...(random() < 0.3 ? { minItems: 1 } : {}) };
  };
  const changed = (s: JsonSchema): JsonSchema => {
    const r = random();
    if (r < 0.15) return { anyOf: [s] };
    if (r < 0.25) return { anyOf: [s, scalar()] };
    if (r < 0.3 && Array.isArray(s.anyOf)) return s.anyOf[0] as JsonSchema;
    if (r < 0.4 && Array.isArray(s.anyOf)) return { ...s, anyOf: [changed(s.anyOf[0] as JsonSchema), ...s.anyOf.slice(1)] };
    if (r < 0.5 && s.properties) return { ...s, properties: { ...s.properties, a: changed(s.properties.a as JsonSchema) } };
    if (r < 0.55 && s.properties) return { ...s, additionalProperties: true };
    if (r < 0.6 && s.properties) return { ...s, required: ['a'] };
    if (r < 0.7 && Array.isArray(s.anyOf)) return { oneOf: s.anyOf };
    if (r < 0.75 && Array.isArray(s.oneOf)) return { anyOf: s.oneOf };
    return r < 0.87 ? scalar() : schema();
  };
  const values: unknown[] = [
    null,
    true,
    0,
    1,
    2,
    3,
    -1,
    0.5,
    '',
    'a',
    'b',
    'ab',
    [],
    ['a'],
    [1],
    {},
    { a: 'a' },
    { a: 1 },
    { b: 'a' },
    { a: 'a', b: 1 },
    { c: 1 },
  ];

  it('never calls a breaking change safe', () => {
    const wrong: string[] = [];
    let safe = 0;
    for (let i = 0; i < 250; i++) {
      const before = schema();
      const after = changed(structuredClone(before));
      if (verdictOf(before, after) !== 'safe') continue;
      safe++;
      const [old, now] = [new Validator(before as Schema, '2020-12'), new Validator(after as Schema, '2020-12')];
      const lost = values.find((v) => old.validate(v).valid && !now.validate(v).valid);
      const gained = values.find((v) => (v === null || typeof v !== 'object') && now.validate(v).valid && !old.validate(v).valid);
      if (lost !== undefined || gained !== undefined)
        wrong.push(`${JSON.stringify(before)} → ${JSON.stringify(after)}: ${JSON.stringify(lost ?? gained)}`);
    }
    expect(safe).toBeGreaterThan(25);
    expect(wrong).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text.js';
import { EDITOR_SETTINGS_SCHEMA } from '../settings/editor-schema.js';
import { PRECOMPILED, PRECOMPILED_FROM } from './precompiled.js';
import { SchemaRegistry } from './registry.js';

const registry = SchemaRegistry.shipped();
const kindSchemas = registry.files.filter((f) => f.kind).map((f) => f.schema);
const digest = (schema: unknown) => createHash('sha256').update(JSON.stringify(schema)).digest('hex');

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const documents = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && f !== 'nof.config.yaml')
  .flatMap((f) => parseText(readFileSync(examples + f, 'utf8'), f).documents.map((d) => d.value as Record<string, unknown>));

/** A seeded pseudo-random sequence (mulberry32), so every run checks the same values. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every place in a value, as the path of keys to it. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

/** A copy of `value` with the value at `path` replaced, or removed when `replacement` is undefined. */
function changed(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement !== undefined) holder[last] = replacement;
  else if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else delete holder[last];
  return copy;
}

// Wrong types, wrong formats (a date, an id, a code), extra keys, and nothing at all.
const REPLACEMENTS = [
  undefined,
  null,
  42,
  -1,
  1.5,
  true,
  '',
  'x',
  'Not An Id',
  '2015-02-30',
  '2015-06-01',
  'E06000014',
  [],
  {},
  { extra: 1 },
];

describe('precompiled validators', () => {
  it('were compiled from the schemas shipped, every kind schema and the settings schemas', () => {
    for (const schema of [...kindSchemas, CONFIG_SCHEMA, EDITOR_SETTINGS_SCHEMA]) {
      expect(PRECOMPILED_FROM[schema.$id as string], schema.$id as string).toBe(digest(schema));
      expect(PRECOMPILED[schema.$id as string]).toBeTypeOf('function');
    }
  });

  it('accept and reject what the compiled validators do: the examples, and each changed at random places', () => {
    const next = random(19);
    let checked = 0;
    let invalid = 0;
    for (const value of documents) {
      const schema = registry.getSchemaFor(value.apiVersion as string, value.kind as string)!;
      const compiled = registry.validatorFor(schema);
      const precompiled = PRECOMPILED[schema.$id as string]!;
      const places = paths(value).slice(1);
      const variants = [value];
      for (let i = 0; i < 40; i++) {
        const path = places[Math.floor(next() * places.length)]!;
        variants.push(changed(value, path, REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]) as Record<string, unknown>);
      }
      for (const variant of variants) {
        const valid = compiled(variant);
        expect(precompiled(variant), `${value.kind} ${JSON.stringify(variant).slice(0, 80)}`).toBe(valid);
        expect(registry.isValid(schema, variant)).toBe(valid);
        checked++;
        if (!valid) invalid++;
      }
    }
    // The changes reach both sides of every kind's schema.
    expect(checked).toBeGreaterThan(2000);
    expect(invalid).toBeGreaterThan(checked / 3);
    expect(invalid).toBeLessThan(checked);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../packages/schemas/src/index.js';
import { loadWorkspace } from '../packages/sdk/src/node/index.js';
import { OPERATORS, plantedErrors, readYaml, YAML_OPERATORS } from './diagnostics-quality/corpus.mjs';
import { nofResults, percent, score } from './diagnostics-quality/score.mjs';

// Issue 19: one root cause, one diagnostic, on the right line. Errors of every kind a person
// makes are planted one per file in copies of the examples; NOF must be exact (one diagnostic,
// on the planted line, with the expected code) on at least 97% of them. The side-by-side with
// yaml-language-server is `pnpm bench:diagnostics`.

const root = fileURLToPath(new URL('..', import.meta.url));
const cases = plantedErrors(root);
const examples = await loadWorkspace(join(root, 'examples'));

describe('the planted-error corpus', () => {
  it('has at least 150 cases, of every kind and every operator', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(KINDS));
    for (const operator of Object.keys(OPERATORS))
      expect(cases.filter((c) => c.operator === operator).length, operator).toBeGreaterThanOrEqual(10);
  });

  it('is the same on every run', () => {
    expect(plantedErrors(root).map((c) => [c.id, c.text])).toEqual(cases.map((c) => [c.id, c.text]));
  });

  it('plants real mistakes: YAML ones break the parse, schema ones fail another validator (@cfworker/json-schema)', () => {
    const dir = join(root, 'schemas/v1');
    const schemas = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Schema);
    const validators = new Map<unknown, Validator>();
    for (const schema of schemas.filter((s) => s.properties?.kind?.const)) {
      const validator = new Validator(schema, '2020-12', false);
      for (const other of schemas) if (other !== schema) validator.addSchema(other);
      validators.set(schema.properties!.kind!.const, validator);
    }
    for (const c of cases) {
      const { errors, docs } = readYaml(c.text);
      expect(errors.length > 0, c.id).toBe(YAML_OPERATORS.includes(c.operator));
      if (errors.length) continue;
      const value = docs[0]!.toJS() as { kind: string };
      expect(validators.get(value.kind)!.validate(value).valid, c.id).toBe(false);
    }
  });
});

describe('NOF on the planted-error corpus', () => {
  const result = score(cases, nofResults(cases, examples, root));

  it('is exact on at least 97% of the cases', () => {
    const misses = result.misses.map((c) => `${c.id} (${c.note}): expected ${c.code}`);
    expect(result.rate, `${percent(result)} exact; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('is exact on at least 90% of each operator and each kind', () => {
    for (const [name, tally] of [...Object.entries(result.byOperator), ...Object.entries(result.byKind)])
      expect(tally.exact / tally.total, `${name}: ${percent(tally)}`).toBeGreaterThanOrEqual(0.9);
  });
});

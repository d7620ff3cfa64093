import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from './registry.js';

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.org/list.schema.json',
  $defs: { item: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } } },
  type: 'array',
  uniqueItems: true,
  items: { $ref: '#/$defs/item' },
};

function check(data: unknown[]) {
  const registry = new SchemaRegistry([{ apiVersion: 'x', kind: undefined, file: 'list.schema.json', schema: structuredClone(SCHEMA) }]);
  const validate = registry.validatorAt('https://example.org/list.schema.json');
  return validate(data) ? [] : (validate.errors ?? []).map((e) => ({ keyword: e.keyword, params: e.params, path: e.instancePath }));
}

describe('uniqueItems', () => {
  it('reports the first item, reading down, that repeats an earlier one, with objects equal whatever their key order', () => {
    expect(check([{ a: 1 }, { a: 2, b: 1 }, { b: 1, a: 2 }, { a: 1 }])).toEqual([
      { keyword: 'uniqueItems', params: { i: 2, j: 1 }, path: '' },
    ]);
    expect(check([{ a: 1 }, { a: 1, b: 1 }, { b: 1 }, {}])).toEqual([]);
  });

  it('checks thirty thousand items at once (ajv compared each item with every other)', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => ({ a: i }));
    expect(check(items)).toEqual([]);
    expect(check([...items, { a: 29_999 }])).toEqual([{ keyword: 'uniqueItems', params: { i: 30_000, j: 29_999 }, path: '' }]);
  });
});

describe('uniqueItems in the validators precompiled at build time', () => {
  const registry = SchemaRegistry.shipped();
  const schema = registry.getSchemaFor('nof/v1', 'Consortium')!;
  const consortium = (regions: unknown[]) => ({
    apiVersion: 'nof/v1',
    kind: 'Consortium',
    metadata: { id: 'x', name: 'X' },
    spec: { type: 'regional', regions, members: [{ authority: 'E08000035' }], arrangements: [] },
  });

  it('finds a repeat of objects whatever their key order, as the compiled validator does', () => {
    const value = consortium(['south-east', { a: 1, b: 2 }, { b: 2, a: 1 }]);
    expect(registry.isValid(schema, value)).toBe(false);
    expect(registry.validatorFor(schema)(value)).toBe(false);
    expect(registry.isValid(schema, consortium(['south-east', 'south-west']))).toBe(true);
  });

  it('checks thirty thousand distinct items at once (uniqueItems comes before items, and ajv compared each with every other)', () => {
    expect(registry.isValid(schema, consortium(Array.from({ length: 30_000 }, (_, i) => ({ a: i }))))).toBe(false);
  });
});

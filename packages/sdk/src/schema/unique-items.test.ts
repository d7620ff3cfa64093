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

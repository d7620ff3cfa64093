import type { JsonSchema } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import type { Bump } from './changes.js';
import { diffSchemas } from './diff.js';
import { SchemaSet } from './schema-set.js';

const side = (files: Record<string, JsonSchema>, folder = 'v1') =>
  new SchemaSet(new Map(Object.entries(files)), Object.keys(files), folder);

/** An object schema closed to other properties, as every NOF object is. */
const closed = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

function diff(before: JsonSchema, after: JsonSchema, planned?: Bump) {
  return diffSchemas(side({ 'x.schema.json': before }), side({ 'x.schema.json': after }), planned);
}

/** The changes without their messages, to compare whole. */
function changes(before: JsonSchema, after: JsonSchema) {
  return diff(before, after).changes.map(({ message: _m, file: _f, ...rest }) => rest);
}

describe('nof schema diff: properties and required', () => {
  it('a new required property breaks documents, not consumers', () => {
    const result = diff(closed({ a: { type: 'string' } }, ['a']), closed({ a: { type: 'string' }, b: { type: 'string' } }, ['a', 'b']));
    expect(result.changes).toEqual([
      expect.objectContaining({
        pointer: '/properties/b',
        change: 'required-added',
        breaksDocuments: true,
        breaksConsumers: false,
        message: expect.stringContaining('`b`'),
      }),
    ]);
    expect(result.requiredBump).toBe('major');
  });

  it('an existing property made required breaks documents; made optional breaks consumers', () => {
    const optional = closed({ a: { type: 'string' } });
    const required = closed({ a: { type: 'string' } }, ['a']);
    expect(changes(optional, required)).toEqual([
      { pointer: '/properties/a', change: 'required-added', breaksDocuments: true, breaksConsumers: false },
    ]);
    expect(changes(required, optional)).toEqual([
      { pointer: '/properties/a', change: 'required-removed', breaksDocuments: false, breaksConsumers: true },
    ]);
  });

  it('a new optional property under additionalProperties false is minor', () => {
    const result = diff(closed({ a: { type: 'string' } }), closed({ a: { type: 'string' }, b: { type: 'integer' } }));
    expect(result.changes.map((c) => [c.change, c.breaksDocuments, c.breaksConsumers])).toEqual([['property-added', false, false]]);
    expect(result.requiredBump).toBe('minor');
  });

  it('a new optional property on an open object breaks documents that already used the name otherwise, shown by one', () => {
    const open = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: 'object', properties });
    const result = diff(open({}), open({ b: { type: 'integer' } })).changes;
    expect(result).toEqual([
      expect.objectContaining({ pointer: '/properties/b', change: 'property-added', breaksDocuments: true, breaksConsumers: false }),
    ]);
    expect(result[0]?.message).toContain('It does: `{"b":null}` was valid here and is not any more.');
    // Where the new property may hold anything, as any property could before, nothing changed.
    expect(changes(open({}), open({ b: true }))).toEqual([
      { pointer: '', change: 'restructured', breaksDocuments: false, breaksConsumers: false },
    ]);
  });

  it('a removed property breaks documents only where other properties are forbidden', () => {
    expect(changes(closed({ a: {}, b: {} }), closed({ a: {} }))).toEqual([
      { pointer: '/properties/b', change: 'property-removed', breaksDocuments: true, breaksConsumers: true },
    ]);
    expect(changes({ properties: { a: {}, b: {} } }, { properties: { a: {} } })).toEqual([
      { pointer: '/properties/b', change: 'property-removed', breaksDocuments: false, breaksConsumers: true },
    ]);
    // A pattern decides what `b` may hold now: here anything, as before.
    expect(changes({ properties: { b: {} }, patternProperties: { '^b': {} } }, { patternProperties: { '^b': {} } })[0]).toMatchObject({
      breaksDocuments: false,
    });
    expect(
      changes({ properties: { b: {} }, patternProperties: { '^b': {} } }, { patternProperties: { '^b': { type: 'string' } } })[0],
    ).toMatchObject({ breaksDocuments: 'unknown' });
  });

  it('additionalProperties: forbidding breaks documents, allowing breaks consumers', () => {
    expect(changes({ type: 'object' }, { type: 'object', additionalProperties: false })).toEqual([
      { pointer: '/additionalProperties', change: 'additional-properties-forbidden', breaksDocuments: true, breaksConsumers: false },
    ]);
    expect(changes({ type: 'object', additionalProperties: false }, { type: 'object' })).toEqual([
      { pointer: '/additionalProperties', change: 'additional-properties-allowed', breaksDocuments: false, breaksConsumers: true },
    ]);
  });

  it('compares nested properties at their own pointer', () => {
    const before = closed({ spec: closed({ lots: { type: 'array', items: closed({ id: { type: 'string' } }) } }) });
    const after = closed({ spec: closed({ lots: { type: 'array', items: closed({ id: { type: 'string', maxLength: 50 } }) } }) });
    expect(changes(before, after)).toEqual([
      {
        pointer: '/properties/spec/properties/lots/items/properties/id/maxLength',
        change: 'range-tightened',
        breaksDocuments: true,
        breaksConsumers: false,
      },
    ]);
  });
});

describe('nof schema diff: values', () => {
  it('a narrowed enum breaks documents; a value added to a closed list breaks consumers', () => {
    const result = diff({ enum: ['a', 'b', 'c'] }, { enum: ['a', 'b', 'd'] });
    expect(result.changes.map((c) => [c.pointer, c.change, c.breaksDocuments, c.breaksConsumers])).toEqual([
      ['/enum', 'enum-value-removed', true, false],
      ['/enum', 'enum-value-added', false, true],
    ]);
    expect(result.changes[0]?.message).toContain('"c"');
    expect(result.changes[1]?.message).toContain('"d"');
  });

  it('an enum reordered is no change at all', () => {
    const result = diff({ enum: ['a', 'b'] }, { enum: ['b', 'a'] });
    expect(result.changes).toEqual([]);
    expect(result.requiredBump).toBe('none');
  });

  it('types: narrowed, widened and changed', () => {
    expect(changes({ type: 'number' }, { type: 'integer' })).toEqual([
      { pointer: '/type', change: 'type-narrowed', breaksDocuments: true, breaksConsumers: false },
    ]);
    expect(changes({ type: 'integer' }, { type: 'number' })).toEqual([
      { pointer: '/type', change: 'type-widened', breaksDocuments: false, breaksConsumers: true },
    ]);
    expect(changes({ type: 'string' }, { type: ['string', 'null'] })).toEqual([
      { pointer: '/type', change: 'type-widened', breaksDocuments: false, breaksConsumers: true },
    ]);
    expect(changes({ type: 'string' }, { type: 'number' })).toEqual([
      { pointer: '/type', change: 'type-changed', breaksDocuments: true, breaksConsumers: true },
    ]);
    // An enum of strings already allowed only strings.
    expect(changes({ enum: ['a'] }, { type: 'string', enum: ['a'] })).toEqual([]);
  });

  it('a pattern added tightens; removed loosens', () => {
    expect(changes({ type: 'string' }, { type: 'string', pattern: '^[a-z]+$' })).toEqual([
      { pointer: '/pattern', change: 'pattern-added', breaksDocuments: true, breaksConsumers: false },
    ]);
    expect(changes({ type: 'string', pattern: '^[a-z]+$' }, { type: 'string' })).toEqual([
      { pointer: '/pattern', change: 'pattern-removed', breaksDocuments: false, breaksConsumers: true },
    ]);
  });

  it('a pattern changed to another regex is unknown, with the reason', () => {
    const [change] = diff({ type: 'string', pattern: '^[A-Z][0-9]$' }, { type: 'string', pattern: '^[A-Z][0-9]{1,2}$' }).changes;
    expect(change).toMatchObject({ change: 'pattern-changed', breaksDocuments: 'unknown', breaksConsumers: 'unknown' });
    expect(change?.message).toMatch(/cannot be decided/);
  });

  it('a pattern change is decided when the schema’s own example stops matching', () => {
    const [change] = diff(
      { type: 'string', pattern: '^SC[0-9]{6}$', examples: ['SC123456'] },
      { type: 'string', pattern: '^[0-9]{7}$', examples: ['2512345'] },
    ).changes.filter((c) => c.change === 'pattern-changed');
    expect(change).toMatchObject({ breaksDocuments: true, breaksConsumers: true });
    expect(change?.message).toContain('`"SC123456"` no longer matches');
  });

  it('ranges: tightened breaks documents, loosened breaks consumers', () => {
    expect(changes({ type: 'integer', minimum: 0, maximum: 25 }, { type: 'integer', minimum: 1, maximum: 30 })).toEqual([
      { pointer: '/minimum', change: 'range-tightened', breaksDocuments: true, breaksConsumers: false },
      { pointer: '/maximum', change: 'range-loosened', breaksDocuments: false, breaksConsumers: true },
    ]);
    expect(changes({ type: 'array' }, { type: 'array', minItems: 1 })).toEqual([
      { pointer: '/minItems', change: 'range-tightened', breaksDocuments: true, breaksConsumers: false },
    ]);
  });

  it('description-only changes are a patch', () => {
    const result = diff(
      closed({ a: { title: 'A', description: 'Old words.', type: 'string' } }),
      closed({ a: { title: 'A', description: 'Better words.', type: 'string' } }),
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        pointer: '/properties/a/description',
        change: 'annotation-changed',
        breaksDocuments: false,
        breaksConsumers: false,
      }),
    ]);
    expect(result.requiredBump).toBe('patch');
  });

  it('deprecating a property is minor; a keyword it does not analyse is unknown', () => {
    expect(diff(closed({ a: {} }), closed({ a: { deprecated: true, 'x-deprecated-by': 'b' } })).changes).toEqual([
      expect.objectContaining({ change: 'deprecated-added', breaksDocuments: false, message: expect.stringContaining('`b`') }),
    ]);
    expect(changes({ contentMediaType: 'text/plain' }, { contentMediaType: 'text/html' })).toEqual([
      { pointer: '/contentMediaType', change: 'keyword-changed', breaksDocuments: 'unknown', breaksConsumers: 'unknown' },
    ]);
  });

  it('NOF annotations: a codelist or reference target changed breaks consumers', () => {
    expect(changes({ type: 'string', 'x-ref-kind': 'Consortium' }, { type: 'string', 'x-ref-kind': 'ProviderProfile' })).toEqual([
      { pointer: '/x-ref-kind', change: 'reference-changed', breaksDocuments: 'unknown', breaksConsumers: true },
    ]);
    expect(changes({ type: 'string' }, { type: 'string', 'x-personal-data': true })).toEqual([
      { pointer: '/x-personal-data', change: 'personal-data-marked', breaksDocuments: false, breaksConsumers: true },
    ]);
  });
});

describe('nof schema diff: $ref, $defs and branches', () => {
  const withDefs = (lot: JsonSchema, defs: Record<string, JsonSchema>): JsonSchema => ({ ...closed({ lot }), $defs: defs });

  it('a change inside a shared definition is reported once, where it is defined', () => {
    const before = withDefs({ $ref: '#/$defs/service' }, { service: { enum: ['fostering', 'residential'] } });
    const after = withDefs({ $ref: '#/$defs/service' }, { service: { enum: ['fostering'] } });
    expect(changes(before, after)).toEqual([
      { pointer: '/$defs/service/enum', change: 'enum-value-removed', breaksDocuments: true, breaksConsumers: false },
    ]);
  });

  it('a $ref pointed elsewhere is compared by what it resolves to', () => {
    const defs = { wide: { enum: ['a', 'b'] }, narrow: { enum: ['a'] } };
    const result = changes(withDefs({ $ref: '#/$defs/wide' }, defs), withDefs({ $ref: '#/$defs/narrow' }, defs));
    expect(result).toEqual([
      { pointer: '/properties/lot/enum', change: 'enum-value-removed', breaksDocuments: true, breaksConsumers: false },
    ]);
    // The same target with another name is no change.
    expect(changes(withDefs({ $ref: '#/$defs/wide' }, defs), withDefs({ $ref: '#/$defs/copy' }, { ...defs, copy: defs.wide }))).toEqual([
      { pointer: '/$defs/copy', change: 'def-added', breaksDocuments: false, breaksConsumers: false },
    ]);
  });

  it('a schema written inline instead of by $ref compares its content', () => {
    const before = withDefs({ $ref: '#/$defs/id' }, { id: { type: 'string', maxLength: 100 } });
    const after = withDefs({ type: 'string', maxLength: 80 }, { id: { type: 'string', maxLength: 100 } });
    expect(changes(before, after)).toEqual([
      { pointer: '/properties/lot/maxLength', change: 'range-tightened', breaksDocuments: true, breaksConsumers: false },
    ]);
  });

  it('recursive definitions reached through changed refs end', () => {
    const tree = (name: string, extra: JsonSchema = {}): JsonSchema => ({
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: `#/$defs/${name}` } }, ...extra },
    });
    const before = { $ref: '#/$defs/a', $defs: { a: tree('a') } };
    const after = { $ref: '#/$defs/b', $defs: { b: tree('b', { note: { type: 'string' } }) } };
    const result = changes(before, after);
    expect(result).toContainEqual({
      pointer: '/properties/note',
      change: 'property-added',
      breaksDocuments: true,
      breaksConsumers: false,
    });
    expect(result.filter((c) => c.change === 'property-added')).toHaveLength(1);
  });

  it('a $ref that resolves nowhere is unknown', () => {
    expect(changes(closed({ a: { type: 'string' } }), closed({ a: { $ref: '#/$defs/missing' } }))).toContainEqual({
      pointer: '/properties/a/$ref',
      change: 'ref-unresolved',
      breaksDocuments: 'unknown',
      breaksConsumers: 'unknown',
    });
  });

  it('oneOf: a branch added may break documents and breaks consumers; a branch removed breaks documents', () => {
    const fixed: JsonSchema = { title: 'Fixed fee', ...closed({ type: { const: 'fixed' } }, ['type']) };
    const banded: JsonSchema = { title: 'Banded fee', ...closed({ type: { const: 'banded' } }, ['type']) };
    // Told apart by `type`, no value can match both branches: the old documents still match one.
    expect(changes({ oneOf: [fixed] }, { oneOf: [fixed, banded] })).toEqual([
      { pointer: '/oneOf/1', change: 'branch-added', breaksDocuments: false, breaksConsumers: true },
    ]);
    // A branch that overlaps an old one: a value matching both now fails.
    expect(changes({ oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] })).toEqual([
      { pointer: '/oneOf/1', change: 'branch-added', breaksDocuments: true, breaksConsumers: false },
    ]);
    expect(changes({ anyOf: [fixed] }, { anyOf: [fixed, banded] })).toEqual([
      { pointer: '/anyOf/1', change: 'branch-added', breaksDocuments: false, breaksConsumers: true },
    ]);
    expect(changes({ oneOf: [fixed, banded] }, { oneOf: [banded] })).toEqual([
      { pointer: '/oneOf/0', change: 'branch-removed', breaksDocuments: true, breaksConsumers: false },
    ]);
  });

  it('oneOf introduced where there was none is a new constraint', () => {
    const either: JsonSchema = { oneOf: [{ required: ['value'] }, { required: ['reason'] }] };
    expect(changes(closed({ value: {}, reason: {} }), { ...closed({ value: {}, reason: {} }), ...either })).toEqual([
      { pointer: '/oneOf', change: 'alternatives-added', breaksDocuments: true, breaksConsumers: false },
    ]);
  });

  it('oneOf: a branch matched by its title is compared in place, even when reordered', () => {
    const fee = (maximum: number): JsonSchema => ({ title: 'Fixed fee', type: 'number', maximum });
    expect(changes({ oneOf: [{ type: 'string' }, fee(10)] }, { oneOf: [fee(5), { type: 'string' }] })).toEqual([
      { pointer: '/oneOf/0/maximum', change: 'range-tightened', breaksDocuments: true, breaksConsumers: false },
    ]);
  });
});

describe('nof schema diff: files and versions', () => {
  const common = (maxLength: number): JsonSchema => ({
    $id: 'https://schemas.nof.org.uk/v1/common.schema.json',
    $defs: { id: { type: 'string', maxLength } },
  });
  const kind = (version: string): JsonSchema => ({
    $id: `https://schemas.nof.org.uk/${version}/thing.schema.json`,
    ...closed({ apiVersion: { const: `nof/${version}` }, id: { $ref: 'common.schema.json#/$defs/id' } }, ['apiVersion', 'id']),
  });

  it('a change in a shared file is reported in that file, not in every kind that refers to it', () => {
    const result = diffSchemas(
      side({ 'common.schema.json': common(100), 'thing.schema.json': kind('v1') }),
      side({ 'common.schema.json': common(50), 'thing.schema.json': kind('v1') }),
    );
    expect(result.changes.map((c) => [c.file, c.pointer, c.change])).toEqual([
      ['common.schema.json', '/$defs/id/maxLength', 'range-tightened'],
    ]);
    expect(result).toMatchObject({ requiredBump: 'major', declaredBump: 'none', versions: { old: 1, new: 1 }, bumpTooSmall: true });
  });

  it('a single file compared with its neighbour folder resolves refs into it', () => {
    const before = new SchemaSet(
      new Map([
        ['common.schema.json', common(100)],
        ['thing.schema.json', kind('v1')],
      ]),
      ['thing.schema.json'],
      'v1',
    );
    const after = new SchemaSet(
      new Map([
        ['common.schema.json', common(50)],
        ['thing.schema.json', kind('v1')],
      ]),
      ['thing.schema.json'],
      'v1',
    );
    expect(diffSchemas(before, after).changes.map((c) => [c.file, c.pointer, c.change])).toEqual([
      ['thing.schema.json', '/properties/id/maxLength', 'range-tightened'],
    ]);
  });

  it('a new major version allows breaking changes; files added and removed are reported', () => {
    const result = diffSchemas(
      side({ 'thing.schema.json': kind('v1'), 'old.schema.json': {} }, 'v1'),
      side({ 'thing.schema.json': kind('v2'), 'new.schema.json': {} }, 'v2'),
    );
    expect(result.changes.map((c) => [c.file, c.pointer, c.change])).toEqual([
      ['new.schema.json', '', 'schema-added'],
      ['old.schema.json', '', 'schema-removed'],
      ['thing.schema.json', '/properties/apiVersion/const', 'const-changed'],
      // The $ref to common.schema.json resolves to nothing in these folders.
      ['thing.schema.json', '/properties/id/$ref', 'ref-unresolved'],
    ]);
    expect(result).toMatchObject({ requiredBump: 'major', declaredBump: 'major', versions: { old: 1, new: 2 }, bumpTooSmall: false });
  });

  it('a planned bump is checked against what the changes need', () => {
    const before = closed({ a: { type: 'string' } });
    const after = closed({ a: { type: 'string' }, b: { type: 'string' } });
    expect(diff(before, after, 'minor')).toMatchObject({ requiredBump: 'minor', declaredBump: 'minor', bumpTooSmall: false });
    expect(diff(before, after, 'patch')).toMatchObject({ requiredBump: 'minor', bumpTooSmall: true });
    expect(diff(before, after)).toMatchObject({ declaredBump: 'none', bumpTooSmall: false });
  });
});

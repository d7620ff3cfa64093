import { API_VERSIONS, type JsonSchema, type SchemaFile } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../schema/registry.js';
import { applyEdits } from '../../parse/apply-edits.js';
import { runRule } from '../testing.js';
import rule from './deprecated.js';

// The shipped schemas deprecate nothing, so a fixture kind schema of our own in each version:
// `weeklyFee` gives way to `fee`, `notes` is deprecated with no replacement, and tags inside a
// list are deprecated one by one.
const tracker = (apiVersion: string): JsonSchema => ({
  $id: `https://schemas.nof.org.uk/${apiVersion.slice(4)}/outcome-tracker.schema.json`,
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: apiVersion },
    kind: { const: 'OutcomeTracker' },
    metadata: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    spec: {
      type: 'object',
      additionalProperties: false,
      properties: {
        weeklyFee: { title: 'Weekly fee', type: 'number', deprecated: true, 'x-deprecated-by': 'fee' },
        fee: { title: 'Fee', type: 'number' },
        notes: { type: 'string', deprecated: true },
        tags: { type: 'array', items: { $ref: '#/$defs/tag' } },
      },
    },
  },
  $defs: { tag: { type: 'string', deprecated: true } },
});
const registry = new SchemaRegistry(
  API_VERSIONS.map(
    (apiVersion) =>
      ({
        apiVersion,
        kind: 'OutcomeTracker',
        file: `${apiVersion.slice(4)}/outcome-tracker.schema.json`,
        schema: tracker(apiVersion),
      }) satisfies SchemaFile,
  ),
);

describe.each(API_VERSIONS)('schema/deprecated (%s)', (apiVersion) => {
  const check = (spec: string) => {
    const text = `apiVersion: ${apiVersion}\nkind: OutcomeTracker\nmetadata:\n  id: t\n  name: T\nspec:\n${spec}`;
    return { text, diagnostics: runRule(rule, text, { registry }) };
  };

  it('warns on a deprecated property, names its replacement, tags it and offers the rename', () => {
    const { text, diagnostics } = check('  weeklyFee: 850\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'schema/deprecated',
        severity: 'warning',
        path: '/spec/weeklyFee',
        tags: ['deprecated'],
        message: '`weeklyFee` is deprecated: use `fee` instead. It will be removed in the next major version of the schema.',
        range: { start: { line: 6, character: 2 }, end: { line: 6, character: 11 } },
      }),
    ]);
    const fix = diagnostics[0]?.fixes?.[0];
    expect(fix?.title).toBe('Rename to `fee`');
    expect(applyEdits(text, fix?.edits ?? [])).toContain('  fee: 850\n');
    // The value is never quoted.
    expect(diagnostics[0]?.message).not.toContain('850');
  });

  it('offers no rename when the replacement is already there, and none without a replacement', () => {
    const [both] = check('  weeklyFee: 850\n  fee: 850\n').diagnostics;
    expect(both?.fixes).toBeUndefined();
    const [notes] = check('  notes: free text\n').diagnostics;
    expect(notes).toMatchObject({
      path: '/spec/notes',
      message: '`notes` is deprecated. It will be removed in the next major version of the schema.',
    });
  });

  it('follows $ref to a deprecated definition, item by item', () => {
    expect(check('  tags: [a, b]\n').diagnostics.map((d) => [d.path, d.message.split('.')[0]])).toEqual([
      ['/spec/tags/0', 'This item is deprecated'],
      ['/spec/tags/1', 'This item is deprecated'],
    ]);
  });

  it('says nothing when the document uses only current properties', () => {
    expect(check('  fee: 850\n').diagnostics).toEqual([]);
  });
});

describe('the shipped schemas', () => {
  it('deprecate only what CHANGELOG.md lists in v1', () => {
    const deprecated = (node: unknown): boolean =>
      typeof node === 'object' &&
      node !== null &&
      (('deprecated' in node && (node as JsonSchema).deprecated === true) ||
        'x-deprecated-by' in node ||
        Object.values(node).some(deprecated));
    expect(
      SchemaRegistry.shipped()
        .files.filter((f) => f.apiVersion === 'nof/v1' && deprecated(f.schema))
        .map((f) => f.file),
    ).toEqual(['v1/provider-profile.schema.json']); // a suspension's grounds, replaced by triggers (v1.1)
  });
});

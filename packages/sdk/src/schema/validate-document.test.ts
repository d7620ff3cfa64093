import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../parse/apply-edits.js';
import { registryForFolder } from '../node/schemas.js';
import { validateText } from '../validate.js';

// Small schemas of our own, so these tests do not move with the real ones.
const schemaDir = fileURLToPath(new URL('../../../../test/fixtures/validate/schemas/', import.meta.url));
const registry = registryForFolder(schemaDir);
const check = (text: string) => validateText(text, 'test.yaml', { registry }).diagnostics;

const HEAD = `apiVersion: nof/v1
kind: Consortium
metadata:
  id: test-consortium
  name: Test Consortium
`;
/** A valid Consortium with `spec` lines added after its required ones. */
const consortium = (extra = '') => `${HEAD}spec:\n  lead: E08000035\n  members: [E08000035]\n${extra}`;

describe('schema validation', () => {
  it('accepts a valid document', () => {
    expect(check(consortium('  start: 2015-04-01\n'))).toEqual([]);
  });

  it('names an unknown property on its key, suggests the close one and offers the rename', () => {
    const text = consortium('  lot: []\n');
    const [d] = check(text);
    expect(d).toMatchObject({
      code: 'schema/additionalProperties',
      path: '/spec/lot',
      message: 'Unknown property `lot` in `spec` (Consortium details). Did you mean `lots`?',
      range: { start: { line: 8, character: 2 }, end: { line: 8, character: 5 } },
    });
    expect(check(applyEdits(text, d!.fixes![0]!.edits))).toEqual([]);
  });

  it('treats a misspelt required property as one mistake, a letter left out or two swapped', () => {
    for (const typo of ['led', 'laed']) {
      const text = `${HEAD}spec:\n  ${typo}: E08000035\n  members: [E08000035]\n`;
      const found = check(text);
      expect(found).toMatchObject([
        { code: 'schema/additionalProperties', path: `/spec/${typo}`, message: expect.stringContaining('Did you mean `lead`?') },
      ]);
      expect(check(applyEdits(text, found[0]!.fixes![0]!.edits))).toEqual([]);
    }
  });

  it('lists every allowed property when none is close, those already given marked', () => {
    const [d] = check(consortium('  zzzzzz: 1\n'));
    expect(d?.message).toContain(
      'Allowed here: `start`, `fee`, `service`, `tiers`, `lots`, `arrangements`, and, already given, `lead`, `members`.',
    );
    expect(d?.fixes).toBeUndefined();
  });

  it('lists enum values on the value, with a did-you-mean fix', () => {
    const text = consortium('  service: fostring\n');
    const [d] = check(text);
    expect(d).toMatchObject({
      code: 'schema/enum',
      message: '`service` must be one of `fostering`, `residential-child-care`, `sixteen-plus`. Did you mean `fostering`?',
      range: { start: { line: 8, character: 11 }, end: { line: 8, character: 19 } },
    });
    expect(check(applyEdits(text, d!.fixes![0]!.edits))).toEqual([]);
  });

  it('reports a missing required property on the parent key and inserts it at the right indentation', () => {
    const text = `${HEAD}spec:\n  members: [E08000035]\n  fee:\n    amount: 5800\n\n# trailing comment\n`;
    const [d] = check(text);
    expect(d).toMatchObject({
      code: 'schema/required',
      path: '/spec/lead',
      message: 'Missing required property `lead` (Lead authority) in `spec` (Consortium details).',
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } },
    });
    const fixed = applyEdits(text, d!.fixes![0]!.edits);
    expect(fixed).toContain('    amount: 5800\n  lead: ""\n');
    // The placeholder is there to be filled in: the next check says what it must be.
    expect(check(fixed).map((x) => [x.code, x.path])).toEqual([
      ['schema/required', '/spec/fee/per'],
      ['schema/pattern', '/spec/lead'],
    ]);
  });

  it('reports a property missing at the root on the first line', () => {
    const [d] = check(HEAD);
    expect(d).toMatchObject({
      code: 'schema/required',
      path: '/spec',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } },
    });
    expect(applyEdits(HEAD, d!.fixes![0]!.edits)).toBe(`${HEAD.trimEnd()}\nspec: {}\n`);
  });

  it('inserts into a flow mapping inside its braces', () => {
    const text = consortium('  fee: { amount: 5 }\n');
    const [d] = check(text);
    expect(d?.path).toBe('/spec/fee/per');
    expect(applyEdits(text, d!.fixes![0]!.edits)).toContain('fee: { amount: 5, per: "" }');
  });

  it('explains a wrong type on the value, using the property title', () => {
    expect(check(consortium('  tiers: three\n'))[0]).toMatchObject({
      code: 'schema/type',
      message: '`tiers` (Number of tiers) must be a whole number, not text.',
      range: { start: { line: 8, character: 9 }, end: { line: 8, character: 14 } },
    });
  });

  it('says when a value is left empty', () => {
    expect(check(consortium('  tiers:\n'))[0]).toMatchObject({
      message: '`tiers` (Number of tiers) is empty: it must be a whole number.',
      range: { start: { line: 8, character: 2 } },
    });
  });

  it('explains a bad date once, in the words of its description', () => {
    expect(check(consortium('  start: 1/4/2015\n'))).toMatchObject([
      {
        code: 'schema/pattern',
        path: '/spec/start',
        message: '`start` (Start date) must be a calendar date written as YYYY-MM-DD, for example 2015-04-01.',
      },
    ]);
    expect(check(consortium('  start: 2015-02-30\n'))).toMatchObject([
      { code: 'schema/format', message: '`start` (Start date) must be a real calendar date (2015-02-30 does not exist).' },
    ]);
  });

  it('names array items by position', () => {
    expect(check(consortium('  lots:\n    - id: lot-1\n      name: ""\n'))[0]?.message).toBe('`name` (Lot name) must not be empty.');
    expect(check(`${HEAD}spec:\n  lead: E08000035\n  members: [E08000035, leeds]\n`)[0]).toMatchObject({
      path: '/spec/members/1',
      message: 'Item 2 of `members` (Local authority) must be a local authority by its GSS code, for example E08000035 for Leeds.',
    });
  });

  it('collapses a oneOf to the branch its type names', () => {
    const found = check(consortium('  arrangements:\n    - type: block-contract\n      lots: [a]\n'));
    expect(found.map((d) => [d.code, d.path])).toEqual([
      ['schema/required', '/spec/arrangements/0/provider'],
      ['schema/additionalProperties', '/spec/arrangements/0/lots'],
    ]);
  });

  it('collapses a oneOf without a type to the branch with the fewest errors', () => {
    const found = check(consortium('  arrangements:\n    - provider: Fictional Homes Ltd\n'));
    expect(found).toMatchObject([
      {
        code: 'schema/required',
        path: '/spec/arrangements/0/type',
        // Shown on the item's first line, not across the whole item.
        range: { start: { line: 9, character: 6 }, end: { line: 9, character: 35 } },
        fixes: [{ edits: [{ newText: '\n      type: block-contract' }] }],
      },
    ]);
  });

  it('reports a type no branch accepts as one enum error with a did-you-mean', () => {
    const found = check(consortium('  arrangements:\n    - type: frameworks\n      lots: []\n'));
    expect(found).toMatchObject([
      {
        code: 'schema/enum',
        path: '/spec/arrangements/0/type',
        message: '`type` (Arrangement type) must be one of `framework`, `block-contract`. Did you mean `framework`?',
      },
    ]);
  });

  it('finds errors inside the chosen branch through $refs', () => {
    const found = check(consortium('  arrangements:\n    - type: framework\n      lots: []\n      start: soon\n'));
    expect(found.map((d) => [d.code, d.path])).toEqual([['schema/pattern', '/spec/arrangements/0/start']]);
  });

  it('reports a repeated list item on the repeat', () => {
    expect(check(`${HEAD}spec:\n  lead: E08000035\n  members: [E08000035, E08000035]\n`)).toMatchObject([
      { code: 'schema/uniqueItems', path: '/spec/members/1', range: { start: { line: 7, character: 23 } } },
    ]);
  });

  it('says where a property written at the wrong indentation belongs, once', () => {
    // `name` written one level out: unknown at the top, and missing from `metadata`.
    const out = `apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: test-consortium\nname: Test Consortium\nspec:\n  lead: E08000035\n  members: [E08000035]\n`;
    expect(check(out)).toMatchObject([
      {
        code: 'schema/additionalProperties',
        path: '/name',
        range: { start: { line: 4, character: 0 } },
        message: 'Unknown property `name`. It belongs in `metadata`, where it is missing: move it one level in.',
        related: [{ range: { start: { line: 2, character: 0 } }, message: '`name` belongs here.' }],
      },
    ]);
    // `start` written one level in, inside the lot above it.
    const inward = consortium('  lots:\n    - id: lot-1\n      name: Standard\n  arrangements: []\n');
    expect(check(inward.replace('  arrangements: []', '      start: 2015-04-01'))).toMatchObject([
      {
        path: '/spec/lots/0/start',
        message: 'Unknown property `start` in item 1 of `lots` (Lot). It belongs in `spec` (Consortium details): move it one level out.',
      },
    ]);
  });

  it('says a list written where one value goes takes one value, names the values, and unwraps a list of one', () => {
    const text = consortium('  service: [fostering]\n  tiers: [2, 3]\n');
    const found = check(text);
    expect(found.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'schema/type',
        '/spec/service',
        '`service` takes one value, not a list: one of `fostering`, `residential-child-care`, `sixteen-plus`.',
      ],
      ['schema/type', '/spec/tiers', '`tiers` (Number of tiers) takes one value, not a list.'],
    ]);
    expect(found[0]!.fixes?.[0]).toMatchObject({ title: 'Change to `fostering`', edits: [{ newText: 'fostering' }] });
    expect(found[1]!.fixes).toBeUndefined();
  });

  it('reports a problem in an anchored value once, where the anchor is defined, however often it is used', () => {
    const lots = '  lots:\n    - &standard\n      id: Standard Lot\n    - *standard\n    - *standard\n';
    const found = check(consortium(lots));
    expect(found.map((d) => [d.code, d.path, d.range.start.line])).toEqual([
      ['schema/required', '/spec/lots/0/name', 10],
      ['schema/pattern', '/spec/lots/0/id', 10],
    ]);
  });

  it('shows a problem with a block mapping on its key, not across all its lines', () => {
    const [d] = check(`${HEAD}spec:\n  lead: E08000035\n  members:\n    a: 1\n    b: 2\n`);
    expect(d).toMatchObject({ code: 'schema/type', range: { start: { line: 7, character: 2 }, end: { line: 7, character: 9 } } });
  });
});

describe('envelope', () => {
  it('reports an unknown kind once, with the known kinds and a fix', () => {
    const text = HEAD.replace('Consortium\n', 'Consortum\n') + 'spec: 42\n';
    const found = check(text);
    expect(found).toMatchObject([
      {
        code: 'nof/unknown-kind',
        path: '/kind',
        message: 'Unknown kind in nof/v1 `Consortum`. Did you mean `Consortium`? Known kinds in nof/v1: `Consortium`, `ProviderProfile`.',
        range: { start: { line: 1, character: 6 }, end: { line: 1, character: 15 } },
      },
    ]);
    expect(applyEdits(text, found[0]!.fixes![0]!.edits)).toContain('kind: Consortium\n');
  });

  it('reports an unknown apiVersion once', () => {
    expect(check(HEAD.replace('nof/v1', 'nof/v2'))).toMatchObject([
      { code: 'nof/unknown-api-version', message: expect.stringContaining('Known API versions: `nof/v1`') },
    ]);
  });

  it('reports a missing envelope on the first line of the document', () => {
    expect(check('# A note\nname: something\nother: 1\n')).toMatchObject([
      {
        code: 'nof/unknown-api-version',
        message: expect.stringMatching(/^Missing `apiVersion`/),
        range: { start: { line: 1, character: 0 } },
      },
    ]);
  });

  it('skips schema checks on a document whose YAML is broken', () => {
    expect(check(`${HEAD}spec:\n\tlead: x\n`).map((d) => d.code)).toEqual(['yaml/tab-indent']);
  });

  it('checks every document of a file', () => {
    const found = check(`${consortium()}---\n${HEAD.replace('Consortium\n', 'ProviderProfile\n')}spec:\n  urn: "123"\n`);
    expect(found.map((d) => [d.range.start.line, d.code])).toEqual([[15, 'schema/pattern']]);
  });
});

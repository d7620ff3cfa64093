import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KINDS } from '@nof/schemas';
import { describe, expect, it } from 'vitest';
import { validateText } from '../validate.js';
import { SchemaRegistry } from './registry.js';

// The schemas shipped in @nof/schemas: they must compile under strict mode, and the
// conventions every kind shares (schemas/README.md) must give the usual messages.
const registry = SchemaRegistry.shipped();
const kinds = registry.kinds('nof/v1');

describe('shipped schemas', () => {
  it('define only known kinds, each compiling under strict mode', () => {
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      expect(KINDS).toContain(kind);
      expect(() => registry.validatorFor(registry.getSchemaFor('nof/v1', kind)!)).not.toThrow();
    }
  });

  it.each(kinds)('%s: a misspelt envelope key gets a did-you-mean', (kind) => {
    const text = `apiVersion: nof/v1\nkind: ${kind}\nmetadta:\n  id: test-doc\n  name: Test\nspec: {}\n`;
    const found = validateText(text, 'a.yaml').diagnostics;
    expect(found).toContainEqual(
      expect.objectContaining({
        code: 'schema/additionalProperties',
        path: '/metadta',
        message: expect.stringContaining('Did you mean `metadata`?'),
      }),
    );
    // The rename supplies the required `metadata`: one mistake, one diagnostic.
    expect(found.filter((d) => d.path === '/metadata')).toEqual([]);
  });
});

describe('shipped schemas: messages', () => {
  const example = readFileSync(fileURLToPath(new URL('../../../../examples/consortia/white-rose-fostering.yaml', import.meta.url)), 'utf8');
  const check = (from: string, to: string) => {
    expect(example).toContain(from);
    return validateText(example.replace(from, to), 'white-rose.yaml').diagnostics;
  };

  it('asks for either of two properties once, when a variation names neither the clause nor the schedule it varies', () => {
    const found = check('          clause: referral-and-matching\n', '');
    expect(found).toMatchObject([
      {
        code: 'schema/required',
        path: '/spec/arrangements/0/variations/0',
        message: 'Missing required property in item 1 of `variations` (Variation): give `clause` or `schedule`.',
        fixes: [{ title: 'Add `clause`' }, { title: 'Add `schedule`' }],
      },
    ]);
    // Misspelt, it is one mistake: the rename gives the variation its clause.
    expect(check('          clause: referral-and-matching\n', '          clase: referral-and-matching\n')).toMatchObject([
      { code: 'schema/additionalProperties', message: expect.stringContaining('Did you mean `clause`?') },
    ]);
  });

  it('lists some of a long list of allowed properties, and says they are only the others', () => {
    const [found] = check('      status: active\n', '      status: active\n      colour: blue\n');
    expect(found?.message).toMatch(
      /^Unknown property `colour` in item 1 of `arrangements` \(Procurement arrangement\)\. Other allowed properties here: `leadAuthority`, `members`, [^.]* and \d+ more\.$/,
    );
    expect(found?.message).not.toContain('`status`');
  });
});

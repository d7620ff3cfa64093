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

import { describe, expect, it } from 'vitest';
import { ruleDocsUrl } from './docs-url.js';

describe('ruleDocsUrl', () => {
  it('links a rule to its section of RULES.md at an https address (it opens from any install)', () => {
    expect(ruleDocsUrl('reference/unresolved')).toBe(
      'https://github.com/nof-sector/nof/blob/main/packages/sdk/RULES.md#referenceunresolved',
    );
  });

  it('gives no link for codes that are not rules', () => {
    expect(ruleDocsUrl('schema/required')).toBeUndefined();
    expect(ruleDocsUrl('yaml/syntax')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ruleAnchor } from '../rules/docs.js';
import { ruleDocsUrl } from './rule-docs.js';

describe('ruleDocsUrl', () => {
  it('links a rule to its section of RULES.md, offline', () => {
    expect(ruleAnchor('reference/unresolved')).toBe('referenceunresolved');
    expect(ruleDocsUrl('reference/unresolved')).toMatch(/^file:\/\/\/.*\/packages\/sdk\/RULES\.md#referenceunresolved$/);
  });

  it('gives no link for codes that are not rules', () => {
    expect(ruleDocsUrl('schema/required')).toBeUndefined();
    expect(ruleDocsUrl('yaml/syntax')).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from './docs.js';
import { listRules } from './registry.js';

describe('RULES.md', () => {
  it('is up to date with the rules (run `pnpm generate` and commit when this fails)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../RULES.md', import.meta.url)), 'utf8');
    expect(committed).toBe(renderRulesMarkdown(listRules()));
  });

  it('documents each rule under its own heading, linked from the table', () => {
    const text = renderRulesMarkdown(listRules());
    for (const rule of listRules()) {
      expect(text).toContain(`## \`${rule.id}\``);
      expect(text).toContain(rule.docs.trim());
    }
    expect(text).toContain('| [`reference/unresolved`](#referenceunresolved) | error | every kind |');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS, KIND_VERSIONS, KINDS } from '@nof/schemas';
// @ts-expect-error plain ESM build script without declarations
import { renderRulesIndex, ruleIds } from '../../scripts/rules-index.mjs';
import { getRule, listRules } from './registry.js';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('the rule registry', () => {
  it('lists every rule file in all.ts (run `pnpm generate` and commit when this fails)', () => {
    expect(readFileSync(`${here}/all.ts`, 'utf8')).toBe(renderRulesIndex());
  });

  it('gives every rule the id of its path, documentation and known kinds', () => {
    const ids = listRules().map((r) => r.id);
    expect(ids).toEqual(ruleIds());
    for (const rule of listRules()) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs, rule.id).toMatch(/\*\*Fails\*\*/);
      expect(rule.docs, rule.id).toMatch(/\*\*Passes\*\*/);
      expect(rule.kinds.length, rule.id).toBeGreaterThan(0);
      for (const kind of rule.kinds) expect(KINDS, rule.id).toContain(kind);
      expect(getRule(rule.id)).toBe(rule);
    }
  });

  it('gives every rule the apiVersions it checks, each one a version of one of its kinds', () => {
    for (const rule of listRules()) {
      expect(rule.apiVersions.length, rule.id).toBeGreaterThan(0);
      const versions = new Set<string>(rule.kinds.flatMap((kind) => KIND_VERSIONS[kind]));
      for (const version of rule.apiVersions) {
        expect(API_VERSIONS, rule.id).toContain(version);
        expect(versions.has(version), `${rule.id} claims ${version}, which none of its kinds has`).toBe(true);
      }
    }
  });

  it('gives every rule a test file of its own, which must run it on every apiVersion it claims (test/rule-versions.ts)', () => {
    expect(
      listRules()
        .filter((rule) => !existsSync(`${here}/${rule.id}.test.ts`))
        .map((rule) => rule.id),
    ).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { API_VERSIONS, KIND_VERSIONS, KINDS } from '@nof/schemas';
import { getRule, listRules } from './registry.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** `consortium/lead-is-member` → `consortiumLeadIsMember`. */
const exportName = (id: string) => id.replace(/[/-]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Every rule file: `rules/<group>/<name>.ts`, tests and helpers (`_`-prefixed) aside. */
function ruleFiles(): string[] {
  return readdirSync(here)
    .filter((group) => statSync(`${here}/${group}`).isDirectory())
    .flatMap((group) =>
      readdirSync(`${here}/${group}`)
        .filter((f) => /^[a-z0-9-]+\.ts$/.test(f) && !f.endsWith('.test.ts'))
        .map((f) => `${group}/${f.slice(0, -3)}`),
    )
    .sort();
}

describe('the rule registry', () => {
  it('lists every rule file in all.ts, one sorted line each, named after the id', () => {
    const lines = readFileSync(`${here}/all.ts`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('export'));
    const expected = ruleFiles().map((path) => `export { default as ${exportName(path)} } from './${path}.js';`);
    expect(lines).toEqual(expected);
  });

  it('gives every rule the id of its path, documentation and known kinds', () => {
    const ids = listRules().map((r) => r.id);
    expect(ids).toEqual(ruleFiles());
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

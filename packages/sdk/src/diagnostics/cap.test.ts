import { describe, expect, it } from 'vitest';
import { parseText } from '../parse/parse-text.js';
import type { Rule } from '../rules/rule.js';
import { documentYaml } from '../rules/testing.js';
import { validateText } from '../validate.js';
import { Workspace } from '../workspace/workspace.js';

const HEAD = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: x\n  name: y\n';

describe('at most a thousand findings of a stage per document, and a count of the rest', () => {
  it('lists the first thousand schema problems of 150,000 and counts the rest, instead of throwing', () => {
    const text = `${HEAD}spec:\n  type: regional\n  members: [${'1, '.repeat(149_999)}1]\n`;
    const { diagnostics } = validateText(text, 'a.yaml');
    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.filter((d) => d.code === 'schema/type')).toHaveLength(999);
    expect(diagnostics.find((d) => d.code === 'nof/more-problems')).toMatchObject({
      severity: 'error',
      message: '149,001 more schema problems in this document are not listed (only the first 1,000 are): fix these and check again.',
      range: { start: { line: 0, character: 0 } },
    });
  });

  it('counts the YAML problems past the first thousand, and reports a run of stray brackets once', () => {
    // 5,000 stray `]` are one mistake: one diagnostic, on the first.
    const stray = parseText(']'.repeat(5000), 'a.yaml').diagnostics;
    expect(stray).toHaveLength(1);
    expect(stray[0]).toMatchObject({ code: 'yaml/syntax', range: { start: { line: 0, character: 0 } } });
    const aliases = parseText(`a: [${'*x, '.repeat(3000)}]\n`, 'a.yaml').diagnostics;
    expect(aliases.filter((d) => d.code === 'yaml/unresolved-alias')).toHaveLength(1000);
    expect(aliases.at(-1)?.message).toMatch(/^2,000 more YAML problems/);
  });

  it('counts a rule’s findings past the first thousand, with the most severe one’s severity', () => {
    const noisy: Rule = {
      id: 'test/noisy',
      description: 'Reports many times.',
      severity: 'warning',
      kinds: ['Consortium'],
      apiVersions: ['nof/v1'],
      docs: 'Test rule.',
      check({ report }) {
        for (let i = 0; i < 1500; i++)
          report({ path: '/spec/type', message: `Finding ${i}.`, ...(i === 1400 ? { severity: 'error' } : {}) });
      },
    };
    const workspace = new Workspace({ rules: [noisy], asOf: '2016-01-01' });
    workspace.set('a.yaml', documentYaml('Consortium', 'a', 'type: regional\nmembers: [{ authority: E08000035 }]\narrangements: []'));
    const { diagnostics } = workspace.diagnostics('a.yaml');
    expect(diagnostics.filter((d) => d.code === 'test/noisy')).toHaveLength(1000);
    expect(diagnostics.find((d) => d.code === 'nof/more-problems')).toMatchObject({
      severity: 'error',
      message: '500 more rule problems in this document are not listed (only the first 1,000 are): fix these and check again.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Rule } from './rule.js';
import { documentYaml, runRule } from './testing.js';

const consortium = (id: string) =>
  documentYaml(
    'Consortium',
    id,
    'type: regional\nmembers: [{ authority: E08000035 }]\narrangements: [{ id: ifa, type: framework-agreement }]',
  );

const flagsType: Rule = {
  id: 'test/flags-type',
  description: 'Flags the consortium type.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: 'Test rule.',
  check({ report }) {
    report({ path: '/spec/type', message: 'Type seen.' });
    report({ path: '/spec/type', message: 'Key seen.', target: 'key', severity: 'error' });
  },
};

describe('running rules', () => {
  it('turns reports into diagnostics with the rule id, severity and the source range of the value or key', () => {
    // Sorted by position: the key comes before its value.
    const [key, value] = runRule(flagsType, consortium('a'));
    expect(value).toMatchObject({
      code: 'test/flags-type',
      severity: 'warning',
      message: 'Type seen.',
      path: '/spec/type',
      uri: 'test.yaml',
    });
    expect(value!.range).toEqual({ start: { line: 6, character: 8 }, end: { line: 6, character: 16 } });
    expect(key).toMatchObject({ severity: 'error', range: { start: { line: 6, character: 2 }, end: { line: 6, character: 6 } } });
  });

  it('runs a rule only on the kinds and apiVersions it names', () => {
    expect(runRule({ ...flagsType, kinds: ['ProviderProfile'] }, consortium('a'))).toEqual([]);
    expect(runRule({ ...flagsType, apiVersions: ['nof/v2'] }, consortium('a'))).toEqual([]);
  });

  it('lets the configured setting override the severity, or turn the rule off', () => {
    expect(runRule(flagsType, consortium('a'), { settings: { 'test/flags-type': 'info' } }).map((d) => d.severity)).toEqual([
      'info',
      'info',
    ]);
    expect(runRule(flagsType, consortium('a'), { settings: { 'test/flags-type': 'off' } })).toEqual([]);
  });

  it('reports a rule that throws as internal/rule-error naming it, and keeps what it reported before', () => {
    const throws: Rule = {
      ...flagsType,
      check({ report }) {
        report({ path: '/spec/type', message: 'Before.' });
        throw new TypeError("Cannot read properties of undefined (reading 'lots')");
      },
    };
    const found = runRule(throws, consortium('a'));
    // Sorted by position: the error sits on the kind line, above the finding.
    expect(found.map((d) => d.code)).toEqual(['internal/rule-error', 'test/flags-type']);
    expect(found[0]!.message).toContain('test/flags-type');
    expect(found[0]!.message).toContain("reading 'lots'");
    expect(found[0]!.message).not.toContain('    at ');
  });

  it('refuses test input with YAML or schema errors, which rules would never see', () => {
    expect(() => runRule(flagsType, 'kind: [unclosed\n')).toThrow(/not a valid NOF document/);
    expect(() => runRule(flagsType, documentYaml('Consortium', 'a', 'type: regional'))).toThrow(/members/);
  });

  it('records related information in other files', () => {
    const related: Rule = {
      ...flagsType,
      check({ document, workspace, report }) {
        const other = workspace.all('Consortium').find((d) => d !== document);
        if (other)
          report({ path: '/metadata/id', message: 'See other.', related: [{ document: other, path: '/metadata/id', message: 'Here.' }] });
      },
    };
    const found = runRule(related, { files: { 'a.yaml': consortium('a'), 'b.yaml': consortium('b') } });
    expect(found.map((d) => [d.uri, d.related?.[0]?.uri])).toEqual([
      ['a.yaml', 'b.yaml'],
      ['b.yaml', 'a.yaml'],
    ]);
    expect(found[0]!.related![0]!.range.start.line).toBe(3);
  });
});

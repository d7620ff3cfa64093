import type { Codelists } from '../codelists/codelists.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Workspace } from '../workspace/workspace.js';
import { RULE_ERROR_CODE } from './engine.js';
import type { Rule } from './rule.js';
import type { RuleSettings } from './settings.js';

/** One document's YAML, or several files by uri (for rules that look across documents). */
export type RuleTestInput = string | { files: Record<string, string> };

export interface RuleTestOptions {
  /** The date rules judge by (default {@link TEST_AS_OF}, fixed so that tests do not age). */
  asOf?: string;
  settings?: RuleSettings;
  /** Codelists to use instead of the shipped ones (to test an open list, say). */
  codelists?: Codelists;
}

/** A finding of the rule under test, with the file it is in. */
export interface RuleTestDiagnostic extends Diagnostic {
  uri: string;
}

export const TEST_AS_OF = '2025-04-01';

/** The uri a single-document input is given. */
export const TEST_URI = 'test.yaml';

/**
 * Runs one rule over YAML text the way the workspace does and returns what it reported (plus an
 * `internal/rule-error` if it threw), for tests:
 *
 * ```ts
 * expect(runRule(rule, yaml`...`)).toEqual([expect.objectContaining({ path: '/spec/lead' })]);
 * expect(runRule(rule, { files: { 'a.yaml': a, 'b.yaml': b } })).toEqual([]);
 * ```
 *
 * Throws when the input has YAML or schema errors: rules check only valid documents, so a broken
 * fixture would otherwise pass a test by leaving the rule nothing to check.
 */
export function runRule(rule: Rule, input: RuleTestInput, options: RuleTestOptions = {}): RuleTestDiagnostic[] {
  const files = typeof input === 'string' ? { [TEST_URI]: input } : input.files;
  const workspace = new Workspace({
    rules: [rule],
    asOf: options.asOf ?? TEST_AS_OF,
    settings: options.settings,
    ...(options.codelists ? { codelists: options.codelists } : {}),
  });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  const out: RuleTestDiagnostic[] = [];
  for (const { uri, diagnostics } of workspace.validateAll()) {
    const broken = diagnostics.filter((d) => d.severity === 'error' && d.code !== rule.id && d.code !== RULE_ERROR_CODE);
    if (broken.length) {
      const list = broken.map((d) => `line ${d.range.start.line + 1}: ${d.message} (${d.code})`).join('\n  ');
      throw new Error(`The test input ${uri} is not a valid NOF document, so rules would not check it:\n  ${list}`);
    }
    out.push(...diagnostics.filter((d) => d.code === rule.id || d.code === RULE_ERROR_CODE).map((d) => ({ ...d, uri })));
  }
  return out;
}

/**
 * A document's YAML from its kind, id and the text of its `spec` (written without indentation;
 * it is indented here). `spec:` is on line 5 (0-based), so the spec's first line is line 6.
 */
export function documentYaml(kind: string, id: string, spec: string, metadata = ''): string {
  const indent = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
  return `apiVersion: nof/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  name: ${id}${metadata ? `\n${indent(metadata)}` : ''}\nspec:\n${indent(spec)}\n`;
}

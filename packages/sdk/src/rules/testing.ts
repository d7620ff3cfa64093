import type { Codelists } from '../codelists/codelists.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { Workspace } from '../workspace/workspace.js';
import { RULE_ERROR_CODE } from './engine.js';
import type { Rule, RuleContext } from './rule.js';
import type { RuleSettings } from './settings.js';

/** One document's YAML, or several files by uri (for rules that look across documents). */
export type RuleTestInput = string | { files: Record<string, string> };

export interface RuleTestOptions {
  /** The date rules judge by (default {@link TEST_AS_OF}, fixed so that tests do not age). */
  asOf?: string;
  settings?: RuleSettings;
  /** Codelists to use instead of the shipped ones (to test an open list, say). */
  codelists?: Codelists;
  /** Schemas to use instead of the shipped ones (to test a rule driven by schema annotations). */
  registry?: SchemaRegistry;
  /** Accept input with schema errors, for rules that check the well-formed parts of such documents (`wellFormedParts`). */
  allowSchemaErrors?: boolean;
}

/** A finding of the rule under test, with the file it is in. */
export interface RuleTestDiagnostic extends Diagnostic {
  uri: string;
}

export const TEST_AS_OF = '2025-04-01';

/**
 * The apiVersions each rule was run on by {@link runRule} since the last {@link startRecordingVersions},
 * by rule id. test/rule-versions.ts reads it after every test file: a rule must have been run on
 * every apiVersion it claims (and a rule's own test file must run it).
 */
const exercised = new Map<string, { rule: Rule; versions: Set<string> }>();

export function startRecordingVersions(): void {
  exercised.clear();
}

/** The rules run since recording started, each with the apiVersions it claims but was not run on. */
export function versionsNotExercised(): Array<{ rule: Rule; missing: string[] }> {
  return [...exercised.values()].map(({ rule, versions }) => ({ rule, missing: rule.apiVersions.filter((v) => !versions.has(v)) }));
}

/** `rule`, writing down the apiVersion of each document the engine runs it on. */
function recorded(rule: Rule): Rule {
  const entry = exercised.get(rule.id) ?? { rule, versions: new Set<string>() };
  exercised.set(rule.id, entry);
  const check = rule.check.bind(rule) as (context: RuleContext) => void;
  return {
    ...rule,
    check(context: RuleContext) {
      entry.versions.add(context.document.apiVersion ?? '');
      check(context);
    },
  } as Rule;
}

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
 * Throws when the input has YAML or schema errors (schema errors are allowed with `allowSchemaErrors`):
 * rules check only valid documents, so a broken fixture would otherwise pass a test by leaving the
 * rule nothing to check.
 */
export function runRule(rule: Rule, input: RuleTestInput, options: RuleTestOptions = {}): RuleTestDiagnostic[] {
  const files = typeof input === 'string' ? { [TEST_URI]: input } : input.files;
  const workspace = new Workspace({
    rules: [recorded(rule)],
    asOf: options.asOf ?? TEST_AS_OF,
    settings: options.settings,
    ...(options.codelists ? { codelists: options.codelists } : {}),
    ...(options.registry ? { registry: options.registry } : {}),
  });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  const out: RuleTestDiagnostic[] = [];
  for (const { uri, diagnostics } of workspace.validateAll()) {
    const broken = diagnostics.filter(
      (d) =>
        d.severity === 'error' && d.code !== rule.id && d.code !== RULE_ERROR_CODE && !(options.allowSchemaErrors && isSchemaProblem(d)),
    );
    if (broken.length) {
      const list = broken.map((d) => `line ${d.range.start.line + 1}: ${d.message} (${d.code})`).join('\n  ');
      throw new Error(`The test input ${uri} is not a valid NOF document, so rules would not check it:\n  ${list}`);
    }
    out.push(...diagnostics.filter((d) => d.code === rule.id || d.code === RULE_ERROR_CODE).map((d) => ({ ...d, uri })));
  }
  return out;
}

/** A problem the schema stage reports (as opposed to a YAML error). */
function isSchemaProblem(diagnostic: Diagnostic): boolean {
  return /^(schema|profile|nof)\//.test(diagnostic.code);
}

/**
 * A document's YAML from its kind, id and the text of its `spec` (written without indentation;
 * it is indented here), in nof/v1 unless another apiVersion is given. `spec:` is on line 5 (0-based), so the spec's first line is line 6.
 */
export function documentYaml(kind: string, id: string, spec: string, metadata = '', apiVersion = 'nof/v1'): string {
  const indent = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n');
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  id: ${id}\n  name: ${id}${metadata ? `\n${indent(metadata)}` : ''}\nspec:\n${indent(spec)}\n`;
}

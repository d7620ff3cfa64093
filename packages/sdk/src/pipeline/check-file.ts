import type { Codelists } from '../codelists/codelists.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { applySuppressions, type Suppression } from '../diagnostics/suppression.js';
import type { AnnotationIndex } from '../model/annotations.js';
import type { ParsedFile } from '../parse/parse-text.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { catalogFor, type ProfileCatalog } from '../profiles/profiles.js';
import { runRules, schemaErrorPaths } from '../rules/engine.js';
import type { Rule, RuleDocument, WorkspaceLookup } from '../rules/rule.js';
import type { RuleSettings } from '../rules/settings.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { validateDocument } from '../schema/validate-document.js';

/**
 * The one per-file pipeline: parse → schema → checkable → rules → suppressions. A Workspace,
 * the batch workers and validateText all run these stages, and only these: the first two
 * depend on the text alone (and run where the text is read), rules on the whole workspace.
 */

/** What the text-only stages of a file found. */
export interface SchemaStage {
  /** YAML and schema problems: they depend on the text alone. */
  ownDiagnostics: Diagnostic[];
  /**
   * The documents rules check: read without YAML errors and valid against their schema, so a
   * rule can trust the shape of what it reads (the schema's errors already say what is wrong).
   */
  checkable: ParsedDocument[];
  /** The other documents read without YAML errors, with the pointers of their schema errors: reference rules check their well-formed parts. */
  schemaErrors: Map<ParsedDocument, string[]>;
}

/** Checks every reliable document of a parsed file against its schema (and the profiles it names, from the catalog nearest to it). */
export function schemaStage(parsed: ParsedFile, registry: SchemaRegistry, profiles: readonly ProfileCatalog[] = []): SchemaStage {
  const catalog = catalogFor(parsed.uri, profiles);
  const ownDiagnostics = parsed.diagnostics.slice();
  const checkable: ParsedDocument[] = [];
  const schemaErrors = new Map<ParsedDocument, string[]>();
  for (const document of parsed.documents) {
    if (!document.reliable) continue;
    const problems = validateDocument(document, registry, catalog);
    for (const problem of problems) ownDiagnostics.push(problem);
    const errors = schemaErrorPaths(problems);
    if (errors.length) schemaErrors.set(document, errors);
    else checkable.push(document);
  }
  return { ownDiagnostics, checkable, schemaErrors };
}

/** What rules judge by. */
export interface RuleStageOptions {
  rules: readonly Rule[];
  /** YYYY-MM-DD. */
  asOf: string;
  codelists: Codelists;
  annotations: AnnotationIndex;
  settings?: RuleSettings;
}

/**
 * The rules' findings on a file's documents, with `lookup` giving the rest of the workspace: every
 * rule on its checkable documents, and on the others read without YAML errors the rules that
 * check only their well-formed parts (told where the schema errors are).
 */
export function ruleStage(
  checkable: readonly RuleDocument[],
  schemaErrors: ReadonlyMap<RuleDocument, readonly string[]>,
  lookup: WorkspaceLookup,
  options: RuleStageOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const document of checkable) for (const finding of runRules(options.rules, document, lookup, options)) out.push(finding);
  for (const [document, errors] of schemaErrors)
    for (const finding of runRules(options.rules, document, lookup, { ...options, schemaErrors: errors })) out.push(finding);
  return out;
}

/** A file's diagnostics as reported: its own and its rules' findings, less what its comments suppress, sorted. */
export function reportStage(
  own: readonly Diagnostic[],
  semantic: readonly Diagnostic[],
  suppressions: Suppression[],
  settings?: RuleSettings,
  rulesRan = true,
): Diagnostic[] {
  return applySuppressions(own.concat(semantic), suppressions, settings, rulesRan).sort(compareDiagnostics);
}

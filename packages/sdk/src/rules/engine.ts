import type { Codelists } from '../codelists/codelists.js';
import { MAX_PER_DOCUMENT, moreProblems } from '../diagnostics/cap.js';
import { SEVERITY_ORDER, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { AnnotationIndex } from '../model/annotations.js';
import type { TypedDocument } from '../model/documents.js';
import type { Rule, RuleContext, RuleDocument, RuleReport, WorkspaceLookup } from './rule.js';
import { effectiveSeverity, type RuleSettings } from './settings.js';

/** The code of the diagnostic a rule that throws leaves instead of crashing the run. */
export const RULE_ERROR_CODE = 'internal/rule-error';

export interface RunRulesOptions {
  /** YYYY-MM-DD: the date rules judge by. */
  asOf: string;
  codelists: Codelists;
  annotations: AnnotationIndex;
  /** Severity overrides and `off` switches from nof.config.yaml. */
  settings?: RuleSettings;
  /**
   * The pointers of the document's schema errors, if it has any: then only rules with
   * `wellFormedParts` run on it. (A document with YAML errors is not given to rules at all.)
   */
  schemaErrors?: readonly string[];
}

/** True when `rule` checks documents of this kind and apiVersion. */
export function appliesTo(rule: Rule, document: RuleDocument): boolean {
  return (
    (rule.kinds as readonly string[]).includes(document.kind ?? '') &&
    (rule.apiVersions as readonly string[]).includes(document.apiVersion ?? '')
  );
}

/** Where a document's schema problems are errors: what `schemaErrors` takes (empty for a checkable document). */
export function schemaErrorPaths(problems: readonly Diagnostic[]): string[] {
  return problems.filter((p) => p.severity === 'error').map((p) => p.path);
}

/** False for a pointer at or under one of `errors`. */
function wellFormed(errors: readonly string[]): (pointer: string) => boolean {
  return (pointer) => !errors.some((error) => error === pointer || error.startsWith(`${pointer}/`));
}

function toDiagnostic(rule: Rule, document: RuleDocument, finding: RuleReport, options: RunRulesOptions): Diagnostic | undefined {
  const severity = effectiveSeverity(options.settings, rule.id, finding.severity ?? rule.severity);
  if (severity === undefined) return undefined;
  const diagnostic: Diagnostic = {
    severity,
    code: rule.id,
    message: finding.message,
    path: finding.path,
    range: document.rangeOf(finding.path, finding.target ?? 'value'),
  };
  if (finding.fixes?.length) diagnostic.fixes = finding.fixes;
  if (finding.tags?.length) diagnostic.tags = finding.tags;
  if (finding.related?.length) {
    diagnostic.related = finding.related.map((r) => ({
      uri: r.document.uri,
      range: r.document.rangeOf(r.path, r.target ?? 'value'),
      message: r.message,
    }));
  }
  return diagnostic;
}

/**
 * Runs every rule that applies to the document's kind and apiVersion (and is not turned off) and
 * returns their findings as diagnostics. The caller passes a checkable document, or one with
 * `schemaErrors`, which only rules reading well-formed parts see. A rule that throws costs only
 * its own findings after the throw: it leaves an `internal/rule-error` diagnostic naming it, and
 * the others still run.
 */
export function runRules(
  rules: readonly Rule[],
  document: RuleDocument,
  workspace: WorkspaceLookup,
  options: RunRulesOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const errors = options.schemaErrors ?? [];
  const isWellFormed = wellFormed(errors);
  // Past the cap findings are counted, not placed (placing one walks the document).
  const hidden = { count: 0, severity: 'info' as Severity };
  for (const rule of rules) {
    // A rule turned off is not run at all: it costs nothing and cannot fail.
    if (!appliesTo(rule, document) || options.settings?.[rule.id] === 'off') continue;
    if (errors.length && !rule.wellFormedParts) continue;
    const report = (finding: RuleReport): void => {
      if (out.length >= MAX_PER_DOCUMENT) {
        const severity = effectiveSeverity(options.settings, rule.id, finding.severity ?? rule.severity);
        if (severity === undefined) return;
        hidden.count++;
        if (SEVERITY_ORDER[severity] < SEVERITY_ORDER[hidden.severity]) hidden.severity = severity;
        return;
      }
      const diagnostic = toDiagnostic(rule, document, finding, options);
      if (diagnostic) out.push(diagnostic);
    };
    try {
      const context = {
        document,
        workspace,
        asOf: options.asOf,
        codelists: options.codelists,
        annotations: options.annotations,
        isWellFormed,
        report,
      };
      // A rule reading the shape gets the document typed: above, its kind and apiVersion are the
      // rule's, and the caller passes no schema errors for it (the document is valid).
      rule.check(context as RuleContext<TypedDocument>);
    } catch (error) {
      // The error's message only: a stack trace helps no commissioner, and the message
      // names the failure without quoting the document's values.
      const reason = error instanceof Error ? error.message : String(error);
      out.push({
        severity: 'error',
        code: RULE_ERROR_CODE,
        message: `Rule ${rule.id} failed on this document and was skipped: ${reason}. Please report this as a bug in NOF.`,
        // On the kind line: a whole-document range would paint every line red.
        path: '/kind',
        range: document.rangeOf('/kind', 'value'),
      });
    }
  }
  if (hidden.count > 0) out.push(moreProblems(hidden.count, 'rule', hidden.severity, document.rangeOf('', 'key')));
  return out;
}

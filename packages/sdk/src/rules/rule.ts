import type { Kind } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import type { Fix, Range, Severity } from '../diagnostics/diagnostic.js';
import type { AnnotationIndex } from '../model/annotations.js';

/**
 * What a rule sees of one document: its identity, its plain value and a way to point at
 * its source. The parse stage's document satisfies this.
 */
export interface RuleDocument {
  uri: string;
  apiVersion: string | undefined;
  kind: string | undefined;
  id: string | undefined;
  /** The document as plain JSON-like data (dates stay strings). */
  value: unknown;
  /** Source range of the key or the value at a JSON pointer (nearest ancestor if absent). */
  rangeOf(pointer: string, target?: 'key' | 'value'): Range;
}

/** Read-only lookups across the workspace. Every lookup records a dependency, so the
 * workspace knows which documents to check again when the one looked up changes. */
export interface WorkspaceLookup {
  /** The document of `kind` whose metadata.id is `id`, if any. */
  get(kind: Kind, id: string): RuleDocument | undefined;
  /** Every document of `kind`. Depends on all of them: prefer `get` when the id is known. */
  all(kind: Kind): RuleDocument[];
  /** Every document of `kind` whose metadata.id is `id` (more than one is a duplicate). */
  getAll(kind: Kind, id: string): RuleDocument[];
}

/** One finding a rule reports; the engine adds the rule id, severity and source range. */
export interface RuleReport {
  /** JSON pointer of the value concerned, e.g. `/spec/arrangements/0/lots/1`. */
  path: string;
  message: string;
  /** Point at the property name rather than its value (for missing or misplaced things). */
  target?: 'key' | 'value';
  fixes?: Fix[];
  /** Only when one finding is graver than the rule's usual level (e.g. expired vs expiring). */
  severity?: Severity;
  /** Tags editors render specially: `deprecated` shows the finding struck through. */
  tags?: Array<'deprecated' | 'unnecessary'>;
  /** Other places that explain this finding, e.g. the document a duplicate id clashes with. */
  related?: Array<{ document: RuleDocument; path: string; message: string; target?: 'key' | 'value' }>;
}

export interface RuleContext {
  document: RuleDocument;
  workspace: WorkspaceLookup;
  /** The date that date rules judge by (nof.config.yaml `asOf`, else today), YYYY-MM-DD. */
  asOf: string;
  /** The shipped codelists (labels, dates, successors, attributes such as an authority's region). */
  codelists: Codelists;
  /** The document's values that its schema annotates (references, codelist codes, personal data). */
  annotations: AnnotationIndex;
  report(finding: RuleReport): void;
}

/** A semantic rule: data (id, docs, severity) plus one check. One rule per file. */
export interface Rule {
  /** Stable id, `<group>/<name>`, e.g. `consortium/lead-is-member`. */
  id: string;
  /** One line, shown in `nof rules`. */
  description: string;
  severity: Severity;
  /** The kinds of document it checks. */
  kinds: readonly Kind[];
  /** Markdown: why the rule exists (with the report's reasoning), what passes, what fails, how to fix. */
  docs: string;
  check(context: RuleContext): void;
}

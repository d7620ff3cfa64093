import type { ApiVersion, Kind } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import type { Fix, Range, Severity } from '../diagnostics/diagnostic.js';
import type { AnnotationIndex } from '../model/annotations.js';
import type { TypedDocument } from '../model/documents.js';

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

/** Finding documents by kind and id, whatever their state: what editor navigation uses. */
export interface DocumentLookup {
  get(kind: Kind, id: string): RuleDocument | undefined;
  all(kind: Kind): RuleDocument[];
  getAll(kind: Kind, id: string): RuleDocument[];
}

/**
 * Read-only lookups across the workspace, for rules. They hand out only documents that are
 * checkable (read without YAML errors and valid against their schema), typed by kind and
 * apiVersion: a rule never reads the shape of a broken neighbour, whose own diagnostics already
 * say what is wrong. Every lookup records a dependency, so the workspace knows which documents
 * to check again when the one looked up changes (or is mended).
 */
export interface WorkspaceLookup extends DocumentLookup {
  /** The checkable document of `kind` whose metadata.id is `id`, if any. */
  get<K extends Kind>(kind: K, id: string): TypedDocument<K> | undefined;
  /** Every checkable document of `kind`. Depends on all of them: prefer `get` when the id is known. */
  all<K extends Kind>(kind: K): TypedDocument<K>[];
  /** Every checkable document of `kind` whose metadata.id is `id` (more than one is a duplicate). */
  getAll<K extends Kind>(kind: K, id: string): TypedDocument<K>[];
  /** True when the workspace has a document of `kind` with this id that is left out for its YAML or schema errors. */
  hasErrors(kind: Kind, id: string): boolean;
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

/** What a rule's check gets: the document (typed, for a rule on valid documents) and the workspace around it. */
export interface RuleContext<D extends RuleDocument = RuleDocument> {
  document: D;
  workspace: WorkspaceLookup;
  /** The date that date rules judge by (nof.config.yaml `asOf`, else today), YYYY-MM-DD. */
  asOf: string;
  /** The shipped codelists (labels, dates, successors, attributes such as an authority's region). */
  codelists: Codelists;
  /** The document's values that its schema annotates (references, codelist codes, personal data). */
  annotations: AnnotationIndex;
  /**
   * False for a value at or under one of the document's schema errors. Always true for the valid
   * documents most rules see; rules with `wellFormedParts` use it to skip what the schema rejected.
   */
  isWellFormed(pointer: string): boolean;
  report(finding: RuleReport): void;
}

/** What every rule declares: data about it, and where it applies. */
export interface RuleInfo<K extends Kind = Kind, V extends ApiVersion = ApiVersion> {
  /** Stable id, `<group>/<name>`, e.g. `consortium/lead-is-member`. */
  id: string;
  /** One line, shown in `nof rules`. */
  description: string;
  severity: Severity;
  /** The kinds of document it checks. */
  kinds: readonly K[];
  /**
   * The apiVersions it checks (of those its kinds have): a document's version is part of what it
   * is, and a rule runs only on the versions it was written, and tested, for.
   */
  apiVersions: readonly V[];
  /** Markdown: why the rule exists (with the report's reasoning), what passes, what fails, how to fix. */
  docs: string;
}

/**
 * A rule that reads a document's shape: the engine runs it only on checkable documents of its
 * kinds and apiVersions, so it gets the document typed (write it with {@link defineRule}).
 */
export interface ShapeRule<K extends Kind = Kind, V extends ApiVersion = ApiVersion> extends RuleInfo<K, V> {
  wellFormedParts?: false;
  check(context: RuleContext<TypedDocument<K, V>>): void;
}

/**
 * A rule that reads only the values the schemas annotate, such as references: it runs on
 * documents with schema errors too (a dangling reference is worth knowing about while another part
 * of the document is being fixed), skipping values that are not `isWellFormed`, and gets the
 * document untyped.
 */
export interface PartsRule<K extends Kind = Kind, V extends ApiVersion = ApiVersion> extends RuleInfo<K, V> {
  wellFormedParts: true;
  check(context: RuleContext): void;
}

/** A semantic rule: data (id, docs, severity, where it applies) plus one check. One rule per file. */
export type Rule<K extends Kind = Kind, V extends ApiVersion = ApiVersion> = ShapeRule<K, V> | PartsRule<K, V>;

/**
 * A rule on valid documents, its document typed by the kinds and apiVersions it declares:
 *
 * ```ts
 * export default defineRule({ id: 'tracker/...', kinds: ['OutcomeTracker'], apiVersions: ['nof/v1', 'nof/v2'], ...,
 *   check({ document }) { document.value.spec.reviews... } });
 * ```
 */
export function defineRule<const K extends Kind, const V extends ApiVersion>(rule: ShapeRule<K, V>): ShapeRule<K, V> {
  return rule;
}

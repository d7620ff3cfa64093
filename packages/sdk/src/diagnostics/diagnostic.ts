/** A position in a text document: 0-based line and character (UTF-16 code units), as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A span of text, end exclusive, as in LSP. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A replacement of the text in `range` by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix a tool may offer (the language server shows it as a quick fix). */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when this fix is the obvious one to apply (e.g. the only did-you-mean). */
  preferred?: boolean;
}

/**
 * One finding about a document. `code` is stable: a rule id (`consortium/lead-is-member`),
 * `schema/<ajv keyword>` or `yaml/<error>`. `path` is the JSON pointer of the value concerned.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  path: string;
  range: Range;
  fixes?: Fix[];
  /** Tags editors render specially (struck through for deprecated). */
  tags?: Array<'deprecated' | 'unnecessary'>;
  /** Other places that explain this one (e.g. the declaration a duplicate clashes with). */
  related?: Array<{ uri: string; range: Range; message: string }>;
}

/** Diagnostics of one file. */
export interface FileResult {
  uri: string;
  diagnostics: Diagnostic[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts diagnostics by position, then severity, so every tool prints them in the same order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code)
  );
}

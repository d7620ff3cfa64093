import type { Document, YAMLError } from 'yaml';
import { MAX_PER_DOCUMENT, moreProblems } from '../diagnostics/cap.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PositionMapper } from './positions.js';
import { findSyntaxCause } from './syntax-cause.js';

/** Our stable codes for the yaml library's error codes; anything not listed is `yaml/syntax`. */
const CODES: Record<string, string> = {
  TAB_AS_INDENT: 'yaml/tab-indent',
  NON_STRING_KEY: 'yaml/non-string-key',
  BAD_ALIAS: 'yaml/bad-alias',
  ALIAS_PROPS: 'yaml/bad-alias',
  TAG_RESOLVE_FAILED: 'yaml/unknown-tag',
};

/** Problems after which the document's value still means what its author wrote. */
const HARMLESS = new Set(['yaml/duplicate-key', 'yaml/non-string-key']);

/** True when a YAML problem leaves the document's value unreliable for further checks. */
export function spoilsValue(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && !HARMLESS.has(diagnostic.code);
}

/**
 * A document's YAML problems as listed: one diagnostic per mistake (a wrong indentation, not the
 * dozen errors it sets off), and past the cap only a count (a thousand syntax errors already say
 * what is wrong). Reliable when none of them leaves the value meaning something else.
 */
export function listedProblems(
  doc: Document.Parsed,
  positions: PositionMapper,
  valueProblems: readonly Diagnostic[],
  hiddenValueProblems = 0,
): { diagnostics: Diagnostic[]; reliable: boolean } {
  const all = documentProblems(doc, positions, valueProblems);
  const diagnostics = all.slice(0, MAX_PER_DOCUMENT);
  const hidden = hiddenValueProblems + all.length - diagnostics.length;
  const reliable = hidden === 0 && !diagnostics.some(spoilsValue);
  if (hidden > 0) diagnostics.push(moreProblems(hidden, 'YAML', 'error', positions.restOfLine(doc.range[0])));
  return { diagnostics, reliable };
}

/** Codes of the problems one mistake in the text's structure sets off, one after another. */
const STRUCTURAL = new Set(['yaml/syntax', 'yaml/tab-indent', 'yaml/non-string-key']);

/**
 * The YAML problems of one document, one for each mistake: the parser reports a wrong
 * indentation or an unclosed `[` where it noticed it, and then what followed from it (up to
 * dozens of errors), so its structural errors are replaced by the mistake that set them off,
 * found by reading the lines (see syntax-cause.ts). Each other tab and every other kind of
 * problem (duplicate keys, aliases, tags, and those found making the value: `valueProblems`)
 * stays a finding of its own.
 */
export function documentProblems(doc: Document.Parsed, positions: PositionMapper, valueProblems: readonly Diagnostic[]): Diagnostic[] {
  const warnings = doc.warnings.map((w) => yamlErrorDiagnostic(w, positions, 'warning'));
  const structural = doc.errors.filter((e) => STRUCTURAL.has(codeOf(e)));
  const others = doc.errors
    .filter((e) => !STRUCTURAL.has(codeOf(e)))
    .map((e) => yamlErrorDiagnostic(e, positions, 'error'))
    .concat(valueProblems);
  const first = structural.reduce<YAMLError | undefined>((a, e) => (a && a.pos[0] <= e.pos[0] ? a : e), undefined);
  if (!first) return [...others, ...warnings];
  const cause = findSyntaxCause(positions.text, doc.range[0], doc.range[2]);
  const noticedOn = positions.positionAt(first.pos[0]).line;
  // The parser notices an over-indented line on the line above it; anything later is not what it noticed.
  const chosen: Diagnostic =
    cause && cause.line <= noticedOn + 1
      ? {
          severity: 'error',
          code: cause.code,
          message: cause.message,
          path: '',
          range: positions.range(cause.start, cause.end),
          ...(cause.fix
            ? {
                fixes: [
                  {
                    title: cause.fix.title,
                    preferred: true,
                    edits: [{ range: positions.range(cause.fix.start, cause.fix.end), newText: cause.fix.newText }],
                  },
                ],
              }
            : {}),
        }
      : yamlErrorDiagnostic(first, positions, 'error');
  const tabs = structural
    .filter((e) => e.code === 'TAB_AS_INDENT')
    .map((e) => yamlErrorDiagnostic(e, positions, 'error'))
    .filter((d) => d.range.start.line !== chosen.range.start.line);
  // Keys after the mistake may be read into the wrong mapping and seem to repeat.
  const independent = others.filter((d) => d.code !== 'yaml/duplicate-key' || d.range.start.line < chosen.range.start.line);
  return [chosen, ...tabs, ...independent, ...warnings];
}

function codeOf(error: YAMLError): string {
  return CODES[error.code] ?? 'yaml/syntax';
}

/** A diagnostic for one of the yaml library's errors or warnings. */
export function yamlErrorDiagnostic(error: YAMLError, positions: PositionMapper, severity: 'error' | 'warning'): Diagnostic {
  const code = codeOf(error);
  const [start, end] = error.pos;
  const snippet = positions.text.slice(start, end);
  return {
    severity,
    code,
    message: messageFor(code, LIBRARY_MESSAGES[error.code] ?? error.message, snippet, severity),
    path: '',
    // Zero-width errors are widened to one character so editors can show them.
    range: positions.range(start, end > start ? end : Math.min(start + 1, positions.text.length)),
  };
}

/** A key its mapping already has, on the whole key (found while making the document's value, not by the library). */
export function duplicateKey(start: number, end: number, positions: PositionMapper): Diagnostic {
  const code = 'yaml/duplicate-key';
  return {
    severity: 'error',
    code,
    message: messageFor(code, '', positions.text.slice(start, end), 'error'),
    path: '',
    range: positions.range(start, end),
  };
}

/** Plainer words for the parser's errors that need no context to explain. */
const LIBRARY_MESSAGES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value cannot hold a second `name: value` on the same line: put it on a line of its own, or quote the value if the colon is part of the text',
  MULTILINE_IMPLICIT_KEY: 'a property name must be on one line and end with `:`',
};

function messageFor(code: string, libraryMessage: string, snippet: string, severity: 'error' | 'warning'): string {
  switch (code) {
    case 'yaml/duplicate-key':
      return `Duplicate key \`${snippet}\`: a key may appear only once in a mapping, so one of the values would be lost.`;
    case 'yaml/tab-indent':
      return 'Tabs are not allowed for indentation in YAML: indent with spaces.';
    case 'yaml/non-string-key':
      return 'Keys must be plain names: a list or mapping cannot be used as a key.';
    default:
      return `YAML ${code === 'yaml/syntax' && severity === 'error' ? 'syntax error' : 'problem'}: ${libraryMessage}`;
  }
}

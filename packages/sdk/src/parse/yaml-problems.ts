import type { YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PositionMapper } from './positions.js';

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

/** A diagnostic for one of the yaml library's errors or warnings. */
export function yamlErrorDiagnostic(error: YAMLError, positions: PositionMapper, severity: 'error' | 'warning'): Diagnostic {
  const code = CODES[error.code] ?? 'yaml/syntax';
  const [start, end] = error.pos;
  const snippet = positions.text.slice(start, end);
  return {
    severity,
    code,
    message: messageFor(code, error.message, snippet, severity),
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

import { isAlias, visit, type Document, type YAMLError } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, tooDeep } from './input-guards.js';
import type { PositionMapper } from './positions.js';

/** Our stable codes for the yaml library's error codes; anything not listed is `yaml/syntax`. */
const CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
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
export function yamlErrorDiagnostic(
  error: YAMLError,
  doc: Document.Parsed,
  positions: PositionMapper,
  severity: 'error' | 'warning',
): Diagnostic {
  const code = CODES[error.code] ?? 'yaml/syntax';
  const [start, reportedEnd] = error.pos;
  // The library marks only a duplicate key's first character; show the whole key.
  const end = code === 'yaml/duplicate-key' ? (keyEnd(doc, start) ?? reportedEnd) : reportedEnd;
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

/** End offset of the mapping key that starts at `start`, if one does. */
function keyEnd(doc: Document.Parsed, start: number): number | undefined {
  let end: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      const range = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (range?.[0] === start) {
        end = range[1];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return end;
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

/**
 * Diagnostics for an exception thrown while turning the AST into plain values: an alias with no
 * anchor, or aliases that would expand without bound (the "billion laughs" attack).
 */
export function conversionDiagnostics(error: unknown, doc: Document.Parsed, positions: PositionMapper): Diagnostic[] {
  const message = error instanceof Error ? error.message : String(error);
  const aliases: Array<{ source: string; range: Range; resolved: boolean }> = [];
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        aliases.push({
          source: node.source,
          range: positions.range(node.range[0], node.range[1]),
          resolved: node.resolve(doc) !== undefined,
        });
      }
    },
  });
  const unresolved = aliases.filter((a) => !a.resolved);
  if (unresolved.length > 0) {
    return unresolved.map((a) => ({
      severity: 'error',
      code: 'yaml/unresolved-alias',
      message: `Unknown alias \`*${a.source}\`: no anchor \`&${a.source}\` is defined before it.`,
      path: '',
      range: a.range,
    }));
  }
  const where = aliases[0]?.range ?? positions.range(doc.range[0], doc.range[0]);
  if (/alias/i.test(message)) {
    return [
      {
        severity: 'error',
        code: 'yaml/alias-bomb',
        message: 'Too many aliases: expanding them would make this document enormous, so it was not read.',
        path: '',
        range: where,
      },
    ];
  }
  return [tooDeep(where, DEFAULT_LIMITS.maxDepth)];
}

import { parseText } from '../parse/parse-text.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { finding, INTEROP_CODES, type InteropDiagnostic } from './diagnostics.js';

/** The items of a JSON input file: one value, or each item of a top-level list. */
export interface JsonItems {
  /** The parsed file, for locating findings; undefined when it could not be read. */
  source: ParsedDocument | undefined;
  items: Array<{ value: unknown; pointer: string }>;
  diagnostics: InteropDiagnostic[];
}

/**
 * Reads a JSON file of one value or a list of values, keeping positions so that every finding
 * about an item can point at it. Syntax errors and empty files are diagnostics, never thrown.
 */
export function readJsonItems(text: string, uri: string): JsonItems {
  const parsed = parseText(text, uri);
  const diagnostics: InteropDiagnostic[] = parsed.diagnostics.map((d) => ({ ...d, uri }));
  const source = parsed.documents[0];
  if (!source?.reliable) {
    if (!source && !diagnostics.length)
      diagnostics.push({
        uri,
        severity: 'error',
        code: INTEROP_CODES.badInput,
        message: 'the file is empty',
        path: '',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    return { source: undefined, items: [], diagnostics };
  }
  if (parsed.documents.length > 1) {
    diagnostics.push(
      finding(
        parsed.documents[1]!,
        '',
        'error',
        INTEROP_CODES.badInput,
        'expected one JSON value (an object or a list); the rest of the file is not read',
      ),
    );
  }
  const items = Array.isArray(source.value)
    ? source.value.map((value, i) => ({ value: value as unknown, pointer: `/${i}` }))
    : [{ value: source.value, pointer: '' }];
  return { source, items, diagnostics };
}

import type { Diagnostic, Range, Severity } from '../diagnostics/diagnostic.js';

/**
 * A finding of an import or export: what could not be mapped, and where. `uri` names the file
 * it is in (the input record for an import, the NOF document for an export), since one
 * conversion reads or writes several files.
 */
export interface InteropDiagnostic extends Diagnostic {
  uri: string;
}

/** Codes every converter uses, so that tools and tests can tell the findings apart. */
export const INTEROP_CODES = {
  /** The input is not the shape the format needs (not JSON, not a list of records...). */
  badInput: 'interop/bad-input',
  /** A field the target format does not have: its value is not carried over. */
  unknownField: 'interop/unknown-field',
  /** A value the target cannot hold (wrong type, unknown option, retired code...). */
  invalidValue: 'interop/invalid-value',
  /** A field the target requires that the source does not give. */
  missingField: 'interop/missing-field',
  /** Part of a value that the target has no room for: carried over in part. */
  partlyMapped: 'interop/partly-mapped',
  /** A document that this export does not take (another kind). */
  notExported: 'interop/not-exported',
} as const;

/** Where a finding is: the file and a way to find the range of a JSON pointer in it. */
export interface Locator {
  uri: string;
  rangeOf(pointer: string, part?: 'key' | 'value'): Range;
}

/** A finding at `path` of the file `at`, shown on the value (or on the property's name with `'key'`). */
export function finding(
  at: Locator,
  path: string,
  severity: Severity,
  code: string,
  message: string,
  part: 'key' | 'value' = 'value',
): InteropDiagnostic {
  return { uri: at.uri, severity, code, message, path, range: at.rangeOf(path, part) };
}

/** True when any finding is an error: the conversion lost or could not check something. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

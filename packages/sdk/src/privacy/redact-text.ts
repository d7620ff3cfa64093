import { stringify } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseText } from '../parse/parse-text.js';
import { redact } from './redact.js';

/** A file's documents with every personal-data field removed, ready to share. */
export interface RedactedText {
  /** The redacted YAML, or undefined when the file could not be read reliably (see diagnostics). */
  text: string | undefined;
  /** The fields removed, by document index in the file and JSON pointer. */
  removed: Array<{ document: number; pointer: string }>;
  diagnostics: Diagnostic[];
}

/**
 * Redacts every document of a YAML file. The copy is written afresh from the redacted values:
 * comments are left out on purpose, since a comment may hold what the schema fields were
 * designed to keep apart. A file with YAML errors is not redacted (part of it could be missed).
 */
export function redactText(text: string, uri: string): RedactedText {
  const parsed = parseText(text, uri);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || parsed.documents.some((d) => !d.reliable)) return { text: undefined, removed: [], diagnostics: parsed.diagnostics };
  const removed: RedactedText['removed'] = [];
  const parts = parsed.documents.map((document, index) => {
    const result = redact(document);
    for (const pointer of result.removed) removed.push({ document: index, pointer });
    return stringify(result.value, { lineWidth: 0 });
  });
  return { text: parts.join('---\n'), removed, diagnostics: parsed.diagnostics };
}

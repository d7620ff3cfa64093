import type { Fix } from '../diagnostics/diagnostic.js';
import type { RuleDocument } from './rule.js';

/** A fix that replaces the value at `path` with `newText` (already valid YAML for that place). */
export function replaceValueFix(document: RuleDocument, path: string, newText: string, title: string, preferred = false): Fix {
  return { title, edits: [{ range: document.rangeOf(path, 'value'), newText }], ...(preferred ? { preferred } : {}) };
}

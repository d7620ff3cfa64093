import type { Position, TextEdit } from '../diagnostics/diagnostic.js';

/** Offset in `text` of a 0-based LSP position (UTF-16 code units), clamped to its line. */
function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + position.character, end < 0 ? text.length : end);
}

/**
 * The text after applying edits whose ranges refer to the original text (as the edits of one
 * fix do). Edits must not overlap.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const located = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  located.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of located) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

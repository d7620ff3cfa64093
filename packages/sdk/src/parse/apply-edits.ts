import type { TextEdit } from '../diagnostics/diagnostic.js';
import { PositionMapper } from './positions.js';

/**
 * The text after applying edits whose ranges refer to the original text (as the edits of one
 * fix do). Edits must not overlap. Positions are read as an editor reads them (any line break,
 * clamped to the line), and the text is assembled once, however many edits there are.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const positions = PositionMapper.forText(text);
  const located = edits.map((e) => ({
    start: positions.offsetAt(e.range.start),
    end: positions.offsetAt(e.range.end),
    newText: e.newText,
  }));
  located.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let done = 0;
  for (const e of located) {
    parts.push(text.slice(done, e.start), e.newText);
    done = Math.max(done, e.end);
  }
  parts.push(text.slice(done));
  return parts.join('');
}

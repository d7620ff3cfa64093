import { LineCounter } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';

/**
 * Converts string offsets to LSP positions. JS strings index in UTF-16 code units, and so do
 * yaml's offsets and LSP characters, so no re-encoding is needed: only line starts.
 */
export class PositionMapper {
  constructor(
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** A mapper for text the yaml parser has not counted the lines of. */
  static forText(text: string): PositionMapper {
    const lines = new LineCounter();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return new PositionMapper(text, lines);
  }

  /** 0-based position of a string offset (clamped to the text). */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lines.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  /** Offset of a 0-based position (clamped to its line). */
  offsetAt(position: Position): number {
    const starts = this.lines.lineStarts;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[Math.max(0, position.line)] ?? 0;
    const next = starts[position.line + 1] ?? this.text.length + 1;
    return Math.min(start + position.character, next - 1, this.text.length);
  }

  /** Range of the offsets `[start, end)`. */
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** Range from `offset` to the end of its line (without the line break). */
  restOfLine(offset: number): Range {
    let end = this.text.indexOf('\n', offset);
    if (end < 0) end = this.text.length;
    if (end > offset && this.text[end - 1] === '\r') end--;
    return this.range(offset, end);
  }
}

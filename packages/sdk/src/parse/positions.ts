import type { Position, Range } from '../diagnostics/diagnostic.js';

/** A line break as YAML 1.2 and LSP count them: LF, CRLF, or a lone CR (classic Mac OS). U+2028 is not one. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, without their line breaks. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * The text with every lone CR read as LF: the yaml library counts only LF (and CRLF) as a line
 * break, YAML 1.2 and editors count CR too. One character for another, so no offset moves.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Converts string offsets to LSP positions and back. JS strings index in UTF-16 code units, and so
 * do yaml's offsets and LSP characters, so no re-encoding is needed: only line starts, which come
 * from the text itself (a parser's own count misses the line breaks it reads while recovering
 * from an error). Every position it gives lies inside the text, before its line's break.
 */
export class PositionMapper {
  /** Offset of the first character of each line. */
  private readonly starts: number[];

  private constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  /** A mapper for a text. */
  static forText(text: string): PositionMapper {
    return new PositionMapper(text);
  }

  /** The number of lines (a text ending with a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based position of a string offset, clamped to the text; an offset inside a line break is the end of its line. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= clamped) low = middle;
      else high = middle - 1;
    }
    const start = this.starts[low] as number;
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - start };
  }

  /** Offset of a 0-based position, clamped to the text and to its line (never inside a line break). */
  offsetAt(position: Position): number {
    const line = Math.floor(position.line);
    if (!(line >= 0)) return 0;
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line] as number;
    const character = Math.floor(position.character);
    return character > 0 ? Math.min(start + character, this.lineEnd(line)) : start;
  }

  /**
   * Range of the offsets `[start, end)`. An end between the CR and LF of a line break takes the
   * whole break, as it would with an LF alone: the range ends where the next line starts.
   */
  range(start: number, end: number): Range {
    const last = Math.max(start, end);
    const crlf = last > start && this.text.charCodeAt(last - 1) === 0x0d && this.text.charCodeAt(last) === 0x0a;
    return { start: this.positionAt(start), end: this.positionAt(crlf ? last + 1 : last) };
  }

  /** Range from `offset` to the end of its line (without the line break). */
  restOfLine(offset: number): Range {
    const start = this.positionAt(offset);
    return { start, end: { line: start.line, character: this.lineEnd(start.line) - (this.starts[start.line] as number) } };
  }

  /** Offset of the end of a line's content: where its line break (if any) starts. */
  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 1) === 0x0a && this.text.charCodeAt(next - 2) === 0x0d ? next - 2 : next - 1;
  }
}

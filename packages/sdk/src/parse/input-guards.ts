import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../diagnostics/diagnostic.js';
import { PositionMapper } from './positions.js';

/** Limits that protect the parser from hostile or accidental input. */
export interface InputLimits {
  /** Largest file read, in UTF-8 bytes (default 20 MiB). */
  maxBytes: number;
  /**
   * Deepest nesting of collections of any kind, block or flow, aliases expanded (default 128, as
   * serde_yaml's): the yaml library and every walk over a document recurse once per level, and
   * a few hundred levels exhaust the stack, a crash no catch can always stop.
   */
  maxDepth: number;
}

/** The limits {@link parseText} applies unless told otherwise. */
export const DEFAULT_LIMITS: InputLimits = { maxBytes: 20 * 1024 * 1024, maxDepth: 128 };

/**
 * Checks the raw text before any parsing: too large, binary (NUL bytes), or nested deeper than
 * the limit. Returns the one diagnostic that stops parsing, or undefined when the text may be parsed.
 */
export function checkInput(text: string, limits: InputLimits): Diagnostic | undefined {
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so only long texts need the exact count.
  if (text.length > limits.maxBytes || (text.length * 3 > limits.maxBytes && utf8Length(text) > limits.maxBytes)) {
    return tooLarge(utf8Length(text), limits.maxBytes);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return {
      severity: 'error',
      code: 'yaml/binary',
      message: 'This is not a text file: it contains binary data (a NUL character).',
      path: '',
      range: PositionMapper.forText(text).range(nul, nul + 1),
    };
  }
  const deep = tooDeepAt(text, limits.maxDepth);
  return deep === undefined ? undefined : tooDeep(PositionMapper.forText(text).range(deep, deep + 1), limits.maxDepth);
}

/** The diagnostic for nesting deeper than the limit. */
export function tooDeep(range: Range, maxDepth: number): Diagnostic {
  return {
    severity: 'error',
    code: 'yaml/too-deep',
    message: `The document is nested too deeply to be read (more than ${maxDepth} levels).`,
    path: '',
    range,
  };
}

/** The UTF-8 size of a text, counted without Node's Buffer (the SDK runs in browsers too). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes up to U+07FF, 3 up to U+FFFF; a surrogate pair (two units) is 4 bytes.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c < 0xdc00) ? 1 : 2;
    if (c >= 0xdc00 && c < 0xe000) bytes -= 1;
  }
  return bytes;
}

/** The diagnostic for a file over the size limit (also for callers that check a file's size before reading it). */
export function tooLarge(bytes: number, maxBytes: number): Diagnostic {
  const mb = (n: number) => Math.max(1, Math.round(n / (1024 * 1024)));
  return {
    severity: 'error',
    code: 'yaml/too-large',
    message: `The file is too large to check (about ${mb(bytes)} MB; the limit is ${mb(maxBytes)} MB).`,
    path: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** A line's part in the nesting: its indentation, the collections it opens, and whether it is a list item. */
interface Level {
  indent: number;
  opens: number;
  dash: boolean;
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * Offset where nesting first goes deeper than `max`, by an over-estimate made in one pass over the
 * text: every collection a line may open (each `- ` and `? ` where a node starts, each `: `, each
 * `[` and `{` not yet closed) is added to those of the lines it sits under, the less indented ones
 * (and a key's line for a list written at the key's indentation). Quoted text and comments open
 * nothing; text the scan cannot tell from structure (the second line of a quoted scalar) may
 * count a level too many, never one too few.
 */
function tooDeepAt(text: string, max: number): number | undefined {
  const under: Level[] = [];
  let block = 0;
  let flow = 0;
  for (let start = 0; start < text.length; ) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak < 0 ? text.length : lineBreak;
    let i = start;
    while (text.charCodeAt(i) === SPACE) i++;
    const indent = i - start;
    const first = text.charCodeAt(i);
    if (i < end && first !== 0x23 && !(first === 0x0d && i === end - 1)) {
      const dash = first === 0x2d && isGap(text.charCodeAt(i + 1));
      for (let top = under.at(-1); top && (top.indent > indent || (top.indent === indent && !(dash && !top.dash))); top = under.at(-1)) {
        block -= top.opens;
        under.pop();
      }
      let opens = 0;
      // At the start of a scalar a quote opens quoted text; inside plain text it is a character.
      let scalarStart = true;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB) continue;
        if (scalarStart && (c === 0x22 || c === 0x27)) {
          i = closingQuote(text, i, end);
          scalarStart = false;
        } else if (((scalarStart && (c === 0x2d || c === 0x3f)) || c === 0x3a) && isGap(text.charCodeAt(i + 1))) {
          opens++;
          scalarStart = true;
        } else if (c === 0x5b || c === 0x7b) {
          flow++;
          scalarStart = true;
        } else if (c === 0x5d || c === 0x7d) {
          if (flow > 0) flow--;
        } else if (c === 0x2c) scalarStart = true;
        else if (c === 0x23 && isGap(text.charCodeAt(i - 1))) break;
        else scalarStart = false;
        if (block + opens + flow > max) return i;
      }
      block += opens;
      under.push({ indent, opens, dash });
    }
    start = end + 1;
  }
  return undefined;
}

/** Space, tab or the end of a line: what must follow an indicator (and precede a comment). */
function isGap(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === 0x0d || Number.isNaN(c);
}

/** Offset of the quote closing the one at `open` on its line (`\"` and `''` escape one), or the line's last character. */
function closingQuote(text: string, open: number, end: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 0x22 && c === 0x5c) i++;
    else if (c === quote) return i;
  }
  return end - 1;
}

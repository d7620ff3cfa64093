import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { PositionMapper } from './positions.js';
import { tooDeep } from './yaml-problems.js';

/** Limits that protect the parser from hostile or accidental input. */
export interface InputLimits {
  /** Largest file read, in UTF-8 bytes (default 20 MiB). */
  maxBytes: number;
  /** Deepest nesting of `[` / `{` (default 1000): deeper flow collections exhaust the parser's memory. */
  maxFlowDepth: number;
}

/** The limits {@link parseText} applies unless told otherwise. */
export const DEFAULT_LIMITS: InputLimits = { maxBytes: 20 * 1024 * 1024, maxFlowDepth: 1000 };

/**
 * Checks the raw text before any parsing: too large, binary (NUL bytes), or flow collections
 * nested so deep that the yaml parser would run out of memory (a crash no catch can stop).
 * Returns the one diagnostic that stops parsing, or undefined when the text may be parsed.
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
  const deep = deepFlowOffset(text, limits.maxFlowDepth);
  return deep === undefined ? undefined : tooDeep(PositionMapper.forText(text).range(deep, deep + 1));
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

/**
 * Offset of the first `[` or `{` beyond `max` levels. Brackets inside quoted text are counted
 * too: a conservative over-count that only matters for input with a thousand of them.
 */
function deepFlowOffset(text: string, max: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

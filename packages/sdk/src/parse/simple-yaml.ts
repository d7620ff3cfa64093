/**
 * A reader for the YAML most NOF files are written in, straight to plain values, for a batch
 * run's files that turn out to need no diagnostic: block mappings and lists, one-line plain and
 * quoted scalars, one-line flow lists of scalars, `|` and `>` block scalars, comments and `---`.
 * It declines (undefined) anything else, and anything yaml would report, so the full parse
 * (parse-text.ts, the one authority on what a text means) reads those. Building no syntax tree,
 * it takes a fraction of a full parse: most of a many-file run's time went on parsing.
 * simple-yaml.test.ts compares it with the full parse on every example and thousands of mutations.
 */

/** One document read: its value and the part of the text holding it (as a batch's DocumentSpan). */
export interface SimpleDocument {
  /** 0-based position among the file's `---` sections, empty ones included (as parseText counts). */
  index: number;
  /** From the end of the document before (or the file's start) to the start of the next `---` line (or the end). */
  start: number;
  end: number;
  /** The 0-based line `start` is on. */
  line: number;
  value: Record<string, unknown>;
}

/** Characters whose meaning the reader does not take on: tabs, CRs, controls, other line breaks, a byte order mark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const SEPARATOR = /^---(?: +(?:#.*)?)?$/;
/** Directives and document ends, which the reader leaves to the full parse. */
const OTHER_MARKER = /^(?:%|\.\.\.(?: |$))/;
/** A plain key and its colon, followed by a space or the end of the line. */
const KEY = /([A-Za-z_][\w./-]*):(?: +|$)/y;
/** Keys the core schema reads as something else than their text. */
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** Characters that start something other than a plain scalar (a `-` followed by a space is a list item). */
const INDICATOR = /^[?:,[\]{}#&*!|>'"%@`]|^-(?: |$)/;
/** A key in a flow mapping, its colon and the spaces after it. */
const FLOW_KEY = /([A-Za-z_][\w./-]*): +/y;
const TRAILING = /^(?: +(?:#.*)?)?$/;
const BLOCK_HEADER = /^([|>])(-?)(?: +(?:#.*)?)?$/;
// The YAML 1.2 core schema's scalars (as yaml 2 tests them); numbers only in forms whose value
// Number() gives exactly as yaml's parse does, the others left to the full parse.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
const OTHER_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** Thrown inside the reader when the text has a form it leaves to the full parse. */
class Declined extends Error {}
const DECLINED = new Declined('left to the full parse');

/** The file's documents (those with content), or undefined when the full parse must read it. */
export function readSimpleYaml(text: string): SimpleDocument[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(text).documents();
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  /** Per line, the column of its first character that is not a space (its length for a blank line). */
  private readonly cols: Int32Array;
  private i = 0;
  /** The line the current document's section ends before. */
  private end = 0;

  constructor(private readonly text: string) {
    this.lines = text.split('\n');
    this.cols = new Int32Array(this.lines.length);
    this.lines.forEach((line, i) => {
      let c = 0;
      while (line.charCodeAt(c) === 32) c++;
      this.cols[i] = c;
    });
  }

  documents(): SimpleDocument[] {
    const { lines } = this;
    const out: SimpleDocument[] = [];
    // Sections begin at the file's start and at each `---` line; text before the first `---`
    // is a document only when it has content (else it is comments leading the next one).
    const starts = [0];
    let offset = 0;
    const offsets = lines.map((line) => {
      const at = offset;
      offset += line.length + 1;
      return at;
    });
    lines.forEach((line, i) => {
      if (OTHER_MARKER.test(line)) throw DECLINED;
      if (i > 0 && SEPARATOR.test(line)) starts.push(i);
    });
    let index = 0;
    let from = 0;
    starts.forEach((first, s) => {
      this.i = SEPARATOR.test(lines[first]!) ? first + 1 : first;
      this.end = starts[s + 1] ?? lines.length;
      const end = this.end < lines.length ? offsets[this.end]! : this.text.length;
      if (!this.nextContent()) {
        if (s > 0 || SEPARATOR.test(lines[0]!)) index++;
        return;
      }
      if (this.cols[this.i] !== 0) throw DECLINED;
      out.push({ index: index++, start: offsets[from]!, end, line: from, value: this.map(0) });
      from = this.end;
    });
    return out;
  }

  /** Moves to the next line of the section with content (not blank, not a comment); false at its end. */
  private nextContent(): boolean {
    while (this.i < this.end) {
      const line = this.lines[this.i]!;
      const c = this.cols[this.i]!;
      if (c < line.length && line[c] !== '#') return true;
      this.i++;
    }
    return false;
  }

  /** A block mapping whose keys are at column `n`, from the current line. */
  private map(n: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.nextContent()) {
      const c = this.cols[this.i]!;
      if (c < n) break;
      if (c > n) throw DECLINED;
      const line = this.lines[this.i]!;
      KEY.lastIndex = n;
      const match = KEY.exec(line);
      // yaml refuses an implicit key of more than 1024 characters.
      if (!match || match[0].length > 1000) throw DECLINED;
      const key = match[1]!;
      if (NOT_TEXT_KEY.test(key) || Object.hasOwn(out, key)) throw DECLINED;
      const rest = line.slice(KEY.lastIndex);
      this.i++;
      out[key] = this.valueAfter(rest, n);
    }
    return out;
  }

  /** A block list whose `-` are at column `n`, from the current line. */
  private list(n: number): unknown[] {
    const out: unknown[] = [];
    while (this.nextContent()) {
      const c = this.cols[this.i]!;
      if (c < n) break;
      const line = this.lines[this.i]!;
      if (c > n || !isDash(line, n)) throw DECLINED;
      let p = n + 1;
      while (line.charCodeAt(p) === 32) p++;
      const rest = line.slice(p);
      KEY.lastIndex = p;
      if (rest === '' || rest[0] === '#') {
        this.i++;
        out.push(this.block(n));
      } else if (KEY.test(line)) {
        // `- name: value`: a mapping whose keys are at the column of the first.
        this.cols[this.i] = p;
        out.push(this.map(p));
      } else if (isDash(line, p) || rest[0] === '|' || rest[0] === '>') {
        throw DECLINED;
      } else {
        this.i++;
        out.push(this.inline(rest));
        this.noDeeper(n);
      }
    }
    return out;
  }

  /** The value of a key at column `n`, `rest` being what follows its colon on the line. */
  private valueAfter(rest: string, n: number): unknown {
    if (rest === '' || rest[0] === '#') return this.block(n);
    if (rest[0] === '|' || rest[0] === '>') return this.blockScalar(rest, n);
    const value = this.inline(rest);
    this.noDeeper(n);
    return value;
  }

  /** What is nested under a line at column `n` with nothing after its indicator: a mapping, a list, or null. */
  private block(n: number): unknown {
    if (!this.nextContent()) return null;
    const c = this.cols[this.i]!;
    const line = this.lines[this.i]!;
    if (c > n) return isDash(line, c) ? this.list(c) : this.map(c);
    // A list at the key's own column belongs to the key: left to the full parse.
    if (c === n && isDash(line, c)) throw DECLINED;
    return null;
  }

  /** After a one-line value, a deeper line would continue it (or be an error). */
  private noDeeper(n: number): void {
    if (this.nextContent() && this.cols[this.i]! > n) throw DECLINED;
  }

  /** A one-line value: a plain or quoted scalar, or a flow collection. */
  private inline(rest: string): unknown {
    if (rest[0] === '[' || rest[0] === '{' || rest[0] === '"' || rest[0] === "'") {
      const [value, after] = flowValue(rest, 0, 0);
      if (!TRAILING.test(rest.slice(after))) throw DECLINED;
      return value;
    }
    if (INDICATOR.test(rest)) throw DECLINED;
    const hash = rest.indexOf(' #');
    const text = trimSpaces(hash < 0 ? rest : rest.slice(0, hash));
    if (text.includes(': ') || text.endsWith(':')) throw DECLINED;
    return scalar(text);
  }

  /** A `|` or `>` scalar (clipped, or stripped with `-`) of a key at column `n`. */
  private blockScalar(rest: string, n: number): string {
    const header = BLOCK_HEADER.exec(rest);
    if (!header) throw DECLINED;
    const folded = header[1] === '>';
    // Its first line sets the indentation; an empty first line, or no content, is left to the full parse.
    const indent = this.cols[this.i]!;
    if (this.i >= this.end || indent <= n || indent >= this.lines[this.i]!.length) throw DECLINED;
    const parts: string[] = [];
    for (; this.i < this.end; this.i++) {
      const line = this.lines[this.i]!;
      const c = this.cols[this.i]!;
      if (c === line.length) {
        if (c > indent) throw DECLINED;
        parts.push('');
        continue;
      }
      if (c < indent) {
        if (c > n) throw DECLINED;
        break;
      }
      // More-indented or space-ended lines fold by rules the reader leaves to the full parse.
      if (folded && (c > indent || line.endsWith(' '))) throw DECLINED;
      parts.push(line.slice(indent));
    }
    // A scalar running to the end of a text without a final line break is left to the full parse.
    if (this.i === this.lines.length && this.lines.at(-1) !== '') throw DECLINED;
    while (parts.at(-1) === '') parts.pop();
    const body = folded ? fold(parts) : parts.join('\n');
    return header[2] === '-' ? body : `${body}\n`;
  }
}

/** Deeper flow collections on one line are left to the full parse (and its guards). */
const MAX_FLOW_DEPTH = 32;

/** A value inside a one-line flow collection (or a quoted scalar) at `p`, and where it ends. */
function flowValue(text: string, p: number, depth: number): [unknown, number] {
  const c = text[p];
  if (c === '[' || c === '{') return flow(text, p, depth + 1);
  if (c === '"' || c === "'") return quoted(text, p);
  let q = p;
  while (q < text.length && !',[]{}'.includes(text[q]!)) q++;
  const plain = trimSpaces(text.slice(p, q));
  if (plain === '' || INDICATOR.test(plain) || /[:#]/.test(plain)) throw DECLINED;
  return [scalar(plain), q];
}

/** `[a, "b", 3]` or `{ name: a, list: [b] }` on one line, at `p`, and where it ends. */
function flow(text: string, p: number, depth: number): [unknown, number] {
  if (depth > MAX_FLOW_DEPTH) throw DECLINED;
  const close = text[p] === '[' ? ']' : '}';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let q = skipSpaces(text, p + 1);
  if (text[q] !== close)
    for (;;) {
      if (close === '}') {
        FLOW_KEY.lastIndex = q;
        const match = FLOW_KEY.exec(text);
        if (!match || NOT_TEXT_KEY.test(match[1]!) || Object.hasOwn(map, match[1]!)) throw DECLINED;
        const [value, after] = flowValue(text, FLOW_KEY.lastIndex, depth);
        map[match[1]!] = value;
        q = after;
      } else {
        const [value, after] = flowValue(text, q, depth);
        list.push(value);
        q = after;
      }
      q = skipSpaces(text, q);
      if (text[q] === close) break;
      if (text[q] !== ',') throw DECLINED;
      q = skipSpaces(text, q + 1);
      if (text[q] === close) throw DECLINED;
    }
  return [close === ']' ? list : map, q + 1];
}

function isDash(line: string, c: number): boolean {
  return line[c] === '-' && (c + 1 === line.length || line[c + 1] === ' ');
}

function skipSpaces(text: string, p: number): number {
  while (text.charCodeAt(p) === 32) p++;
  return p;
}

function trimSpaces(text: string): string {
  let end = text.length;
  while (text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** A one-line quoted scalar starting at `p` (no escapes in double quotes), and where it ends. */
function quoted(text: string, p: number): [string, number] {
  const quote = text[p]!;
  let q = p + 1;
  for (;;) {
    const close = text.indexOf(quote, q);
    if (close < 0) throw DECLINED;
    if (quote === "'" && text[close + 1] === "'") {
      q = close + 2;
      continue;
    }
    const body = text.slice(p + 1, close);
    if (quote === '"' && body.includes('\\')) throw DECLINED;
    return [quote === "'" ? body.replaceAll("''", "'") : body, close + 1];
  }
}

/** A plain scalar's value under the core schema. */
function scalar(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (SIMPLE_NUMBER.test(text) && text !== '-0') return Number(text);
  if (OTHER_NUMBER.test(text)) throw DECLINED;
  return text;
}

/** A folded scalar's lines (at one indentation): a break between two lines is a space, each empty line a line break. */
function fold(parts: string[]): string {
  let out = parts[0]!;
  let empty = 0;
  for (const part of parts.slice(1)) {
    if (part === '') {
      empty++;
      continue;
    }
    out += empty ? '\n'.repeat(empty) : ' ';
    out += part;
    empty = 0;
  }
  return out;
}

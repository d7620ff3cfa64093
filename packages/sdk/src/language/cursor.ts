import type { Position, Range } from '../diagnostics/diagnostic.js';
import { splitLines } from '../parse/positions.js';

/**
 * Where the cursor is in a NOF YAML text, read from the text itself so that it works on
 * half-typed lines the YAML parser cannot make sense of, and costs no parse: a line scan up
 * from the cursor through the block indentation, plus the flow collections (`{ ... }`,
 * `[ ... ]`) opened on the cursor's own line.
 */
export interface CursorContext {
  /** A property name being written (`key`), or a value (`value`). */
  role: 'key' | 'value';
  /**
   * JSON pointer segments: for `key`, the mapping the name goes into; for `value`, the value
   * itself (a property, or an item of a list).
   */
  path: string[];
  /** The text typed so far, and its range (what a completion replaces). */
  prefix: string;
  range: Range;
  /** Column of the property name, to indent what a completion inserts below it. */
  column: number;
  /** True when the line starts a list item (`- ` before the cursor): the item may be a scalar. */
  listItem: boolean;
  /** True inside `{ ... }` or `[ ... ]`: a completion must stay on one line. */
  flow: boolean;
}

/** One line's structure: indentation, `- ` markers, where its content starts and its key. */
interface Shape {
  blank: boolean;
  dashes: number[];
  content: number;
  key?: string;
  /** What follows `key:` (comment removed). */
  rest?: string;
}

const DOCUMENT_MARKER = /^(---|\.\.\.)(\s|$)/;

/** The text before an unquoted ` #` (a comment), and whether one was found. */
function withoutComment(text: string): { text: string; comment: boolean } {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return { text: text.slice(0, i), comment: true };
  }
  return { text, comment: false };
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#]*?)[ \t]*:(?:[ \t]+(.*)|$)/s;

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
}

function shapeOf(line: string): Shape {
  const text = withoutComment(line).text;
  // `s`: a CR or U+2028 inside a line is one more character of it, as `.` does not take it.
  const match = /^( *)((?:-(?: +|$))*)(.*)$/s.exec(text)!;
  const indent = match[1]!.length;
  const dashes: number[] = [];
  let column = indent;
  for (const dash of match[2]!.match(/-(?: +|$)/g) ?? []) {
    dashes.push(column);
    column += dash.length;
  }
  const content = match[3]!;
  if (content.trim() === '' && dashes.length === 0) return { blank: true, dashes, content: column };
  const key = KEY.exec(content);
  return key
    ? { blank: false, dashes, content: column, key: unquote(key[1]!), rest: (key[2] ?? '').trim() }
    : { blank: false, dashes, content: column };
}

/** The number of spaces a line starts with (a blank line counts as infinitely deep). */
function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i === line.length ? Infinity : i;
}

/** True when a key's value continues on the next lines as text, not as YAML structure. */
function opensScalar(rest: string | undefined): boolean {
  if (rest === undefined || rest === '') return false;
  // `key: |`, `key: >-`: a block scalar; `key: &anchor` alone still opens a structure.
  return !/^[&!][^\s]*$/.test(rest);
}

/**
 * The path of the mapping holding the entry whose content starts at `column` on line `from`
 * (`dashes`: the columns of its `- ` markers). Undefined when the lines above do not make a
 * mapping of it (it sits in a text block, or under a value written on its key's line). Walks up
 * once, from entry to sibling or owner, never back down: a loop, not a recursion, as a list of
 * ten thousand siblings would exhaust the stack.
 */
interface Entry {
  line: number;
  column: number;
  dashes: number[];
}

function containerOf(lines: string[], from: number, column: number, dashes: number[], top: number): string[] | undefined {
  // Segments found on the way up, the innermost first.
  const found: string[][] = [];
  let entry: Entry | undefined = { line: from, column, dashes };
  while (entry) {
    const { line, column, dashes }: Entry = entry;
    entry = undefined;
    const dash = dashes[dashes.length - 1];
    if (dash !== undefined) {
      let index = 0;
      for (let l: number = line - 1; l >= top && !entry; l--) {
        // Deeper lines (most of a long list) cannot hold this list's dashes: skip them unparsed.
        if (indentOf(lines[l]!) > dash) continue;
        const shape = shapeOf(lines[l]!);
        if (shape.blank) continue;
        if (shape.dashes.includes(dash)) index++;
        else if (shape.content <= dash) {
          if (shape.key === undefined || opensScalar(shape.rest)) return undefined;
          found.push([shape.key, String(index)]);
          entry = { line: l, column: shape.content, dashes: shape.dashes };
        }
      }
      if (!entry) return undefined;
      continue;
    }
    for (let l: number = line - 1; l >= top && !entry; l--) {
      // Deeper lines belong to a sibling's value.
      if (indentOf(lines[l]!) > column) continue;
      const shape = shapeOf(lines[l]!);
      if (shape.blank || shape.content > column) continue;
      // A sibling: its container is ours.
      if (shape.content === column) entry = { line: l, column, dashes: shape.dashes };
      else if (shape.key === undefined || opensScalar(shape.rest)) return undefined;
      else {
        found.push([shape.key]);
        entry = { line: l, column: shape.content, dashes: shape.dashes };
      }
    }
  }
  return found.reverse().flat();
}

/** An open flow collection on the cursor's line: its bracket, the path into it, its state. */
interface Frame {
  bracket: '{' | '[';
  path: string[];
  index: number;
  key: string | undefined;
  start: number;
}

/**
 * Follows the flow collections still open at the end of `text` (the line up to the cursor).
 * Returns the innermost one's state and where the first one opened, or undefined when none is open.
 */
function openFlow(text: string): { frames: Frame[]; opened: number } | undefined {
  const frames: Frame[] = [];
  let quote: string | undefined;
  let opened = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    const top = frames[frames.length - 1];
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') {
      if (frames.length === 0) opened = i;
      const inner =
        top === undefined
          ? []
          : top.bracket === '['
            ? [...top.path, String(top.index)]
            : top.key === undefined
              ? undefined
              : [...top.path, top.key];
      frames.push({ bracket: c, path: inner ?? [], index: 0, key: undefined, start: i + 1 });
    } else if (c === '}' || c === ']') frames.pop();
    else if (top && c === ',') {
      top.index++;
      top.key = undefined;
      top.start = i + 1;
    } else if (top?.bracket === '{' && c === ':' && top.key === undefined && /[\s]/.test(text[i + 1] ?? ' ')) {
      top.key = unquote(text.slice(top.start, i).trim());
      top.start = i + 1;
    }
  }
  return frames.length ? { frames, opened } : undefined;
}

/**
 * The cursor's context for completion, or undefined where nothing can be completed (in a
 * comment, in a block of text, after a value's closing quote).
 */
export function cursorContext(text: string, position: Position): CursorContext | undefined {
  const lines = splitLines(text);
  const lineNumber = Math.floor(position.line);
  // Outside the text (a client's stale or hostile position): nothing to complete.
  if (!(lineNumber >= 0 && lineNumber < lines.length && position.character >= 0)) return undefined;
  const line = lines[lineNumber]!;
  const character = Math.min(Math.floor(position.character), line.length);
  const before = line.slice(0, character);
  if (withoutComment(before).comment) return undefined;
  let top = 0;
  for (let l = lineNumber - 1; l >= 0; l--) {
    if (DOCUMENT_MARKER.test(lines[l]!)) {
      top = l + 1;
      break;
    }
  }
  const at = (column: number) => ({ line: lineNumber, character: column });
  const flow = openFlow(before);
  const blockText = flow ? before.slice(0, flow.opened) : before;
  const shape = shapeOf(blockText);
  const base = containerOf(lines, lineNumber, shape.content, shape.dashes, top);
  if (base === undefined) return undefined;

  if (flow) {
    // The block part (`route: ` or `- `) says where the flow collection sits.
    const outer = shape.key !== undefined ? [...base, shape.key] : base;
    const inner = flow.frames[flow.frames.length - 1]!;
    const path = [...outer, ...inner.path];
    const typed = before.slice(inner.start);
    const prefix = typed.trimStart();
    const range = { start: at(character - prefix.length), end: at(character) };
    if (inner.bracket === '[')
      return { role: 'value', path: [...path, String(inner.index)], prefix, range, column: shape.content, listItem: true, flow: true };
    if (inner.key !== undefined)
      return { role: 'value', path: [...path, inner.key], prefix, range, column: shape.content, listItem: false, flow: true };
    if (!/^[\w$-]*$/.test(prefix)) return undefined;
    return { role: 'key', path, prefix, range, column: shape.content, listItem: false, flow: true };
  }

  const content = blockText.slice(shape.content);
  const listItem = shape.dashes.length > 0;
  if (shape.key !== undefined) {
    // `key: partial` — a value; nothing to offer right after the colon, before its space.
    if (!/:[ \t]/.test(content)) return undefined;
    const prefix = shape.rest ?? '';
    if (/^(["']).*\1$/s.test(prefix) && prefix.length > 1) return undefined;
    const range = { start: at(character - prefix.length), end: at(character) };
    return { role: 'value', path: [...base, shape.key], prefix, range, column: shape.content, listItem: false, flow: false };
  }
  if (!/^[\w$"'-]*$/.test(content)) return undefined;
  const range = { start: at(shape.content), end: at(character) };
  return { role: 'key', path: base, prefix: content, range, column: shape.content, listItem, flow: false };
}

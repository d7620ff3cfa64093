import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  Scalar,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLError,
  type YAMLSeq,
} from 'yaml';
import { findSuppressions } from '../diagnostics/suppression.js';
import { checkInput, DEFAULT_LIMITS } from './input-guards.js';
import { composeAll, parseText, valueLimits, type ParsedFile, type ParseOptions } from './parse-text.js';
import { plainValue, scalarKeyName } from './plain-value.js';
import { ParsedDocument } from './parsed-document.js';
import { PositionMapper, withLineFeeds } from './positions.js';
import { listedProblems } from './yaml-problems.js';

/**
 * Parses a file's new text like {@link parseText}, but when the change falls inside one block
 * item (a property, or a mapping in a block list) of a clean parse, reads only that item again
 * and moves the rest of the tree: a keystroke in a 10,000-line file costs the parse of one
 * property, not of every line. YAML errors are read the same way when they stay inside the
 * item (a half-typed property name): those of the previous parse came from a partial read of an
 * item inside it, and the new ones are shown to be what a whole parse would find (see
 * {@link confined}). Whatever a partial read cannot prove equal to a whole one (errors that
 * reach past the item, anchors, a change that spills out of its item) is parsed whole.
 *
 * `previous` must be the file's last parse, made with the same options, and is used up: its
 * YAML nodes move into the result with their offsets updated.
 */
export function reparseText(previous: ParsedFile, original: string, options: ParseOptions = {}): ParsedFile {
  const text = withLineFeeds(original);
  return reuse(previous, text, options) ?? parseText(text, previous.uri, options);
}

/** The changed part of a text: `[start, end)` of the old text became `[start, newEnd)` of the new. */
interface Change {
  start: number;
  end: number;
  newEnd: number;
}

/** A block item that holds the whole change: a pair of a block mapping, or a mapping in a block list. */
interface Item {
  parent: YAMLMap | YAMLSeq;
  index: number;
  node: Pair | YAMLMap;
  /** Offset of its first character (its key, or its first key after `- `) and that character's column. */
  start: number;
  column: number;
  /** End of the line its content ends on, and the offset after that line's break: the text read again. */
  lineEnd: number;
  end: number;
}

/**
 * Outcome of reading an item again: its new node, value and YAML errors (offsets in the new text),
 * or why not. `stop` means only a whole parse will do.
 */
type Reread = { node: Pair | YAMLMap; value: unknown; errors: YAMLError[] } | 'outer' | 'stop';

/**
 * The item a reparse read alone and found YAML errors in, offsets in its text: the errors were shown
 * to be those a whole parse finds, and to come from that item's text alone. The next edit may read
 * again an item that holds it; a whole parse's errors (whose cause may be lines before where they
 * were noticed) are only replaced by another whole parse.
 */
const errorSpans = new WeakMap<ParsedFile, { start: number; end: number }>();

/** Past this many YAML errors in an item, the file is parsed whole (a paste gone wrong, not a keystroke). */
const MAX_ITEM_ERRORS = 50;

function reuse(previous: ParsedFile, text: string, options: ParseOptions): ParsedFile | undefined {
  // Only errors a partial read found, and showed to come from its item, can be replaced with the item;
  // directives (`%YAML 1.1`, `%TAG`) change how every line after them reads.
  if (/^%/m.test(previous.text)) return undefined;
  const span = previous.diagnostics.length > 0 ? (errorSpans.get(previous) ?? itemOfErrors(previous, options)) : undefined;
  if (previous.diagnostics.length > 0 && !span) return undefined;
  const change = changedSpan(previous.text, text);
  // Any keystroke may deepen the nesting (a `- `, a `: `, a bracket): the guards look at the whole text, in one quick pass.
  if (checkInput(text, { ...DEFAULT_LIMITS, ...options })) return undefined;
  for (const document of previous.documents) {
    const items = enclosingItems(document.yaml, previous.text, change);
    for (const [depth, item] of items.entries()) {
      // The item read for the previous errors goes with the item: its new reading brings the errors it has now.
      if (span && (span.start < item.start || span.end > item.end)) continue;
      const replacement = readAgain(item, text, change, options);
      if (replacement === 'stop') return undefined;
      if (replacement === 'outer') continue;
      if (ANCHOR_OR_ALIAS.test(previous.text) && hasAnchors(document.yaml)) return undefined;
      const path = items.slice(depth).reverse();
      splice(previous, document, path, replacement.node, change, text);
      document.yaml.errors = replacement.errors;
      const value = withItem(document.value, path, replacement.value) ?? wholeValue(document.yaml, text, options);
      if (value === undefined) return undefined;
      const parsed = rebuilt(previous, document, text, value);
      if (replacement.errors.length > 0) errorSpans.set(parsed, { start: item.start, end: item.end + change.newEnd - change.end });
      return parsed;
    }
  }
  return undefined;
}

/**
 * The item a whole parse's YAML errors come from, when they can be shown to come from it alone: all
 * in one document, inside one item that, read alone, is {@link confined} and gives the very same
 * errors. A file opened with a half-typed name is then read item by item from its next keystroke,
 * as one that got the name by typing is. Remembered as a partial read's item is.
 */
function itemOfErrors(previous: ParsedFile, options: ParseOptions): { start: number; end: number } | undefined {
  const erroneous = previous.documents.filter((d) => d.yaml.errors.length > 0);
  const [document] = erroneous;
  if (erroneous.length !== 1 || !document || document.yaml.warnings.length > 0) return undefined;
  const errors = document.yaml.errors;
  if (errors.length > MAX_ITEM_ERRORS) return undefined;
  const start = Math.min(...errors.map((e) => e.pos[0]));
  const end = Math.max(...errors.map((e) => e.pos[1]));
  for (const item of enclosingItems(document.yaml, previous.text, { start, end, newEnd: end })) {
    const alone = readAgain(item, previous.text, { start: item.start, end: item.start, newEnd: item.start }, options);
    if (alone === 'stop') return undefined;
    if (alone === 'outer') continue;
    if (alone.errors.length !== errors.length || alone.errors.some((e, i) => !sameError(e, errors[i] as YAMLError))) return undefined;
    // The file's problems must be these errors' and nothing else (not a duplicate key, which only a whole parse
    // checks), as a partial read lists them. Last, as the dearest test: it reads every line of the document.
    const listed = listedProblems(document.yaml, document.positions, []).diagnostics;
    if (JSON.stringify(listed) !== JSON.stringify(previous.diagnostics)) return undefined;
    const span = { start: item.start, end: item.end };
    errorSpans.set(previous, span);
    return span;
  }
  return undefined;
}

function sameError(a: YAMLError, b: YAMLError): boolean {
  return a.code === b.code && a.message === b.message && a.pos[0] === b.pos[0] && a.pos[1] === b.pos[1];
}

/** Blank lines, then the next line's indentation (sticky). */
const BLANK_AND_INDENT = /(?:[ \t]*\r?\n)*[ ]*/y;

/** Blank lines, then a comment line (sticky: tested where an item's text ends). */
const COMMENT_BELOW = /(?:[ \t]*\r?\n)*[ \t]*#/y;

/** Text that may hold an anchor (`&a`) or an alias (`*a`): when none does, no tree walk is needed to know. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/;

/** The shortest span whose replacement turns one text into the other (common prefix and suffix left out). */
function changedSpan(before: string, after: string): Change {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  let end = before.length - tail;
  let newEnd = after.length - tail;
  // An insertion or deletion next to equal text could sit anywhere along it. The leftmost place puts
  // Enter and its indentation at the end of the line it was pressed on, not in the next line.
  const last = () => (start === end ? after.charCodeAt(newEnd - 1) : before.charCodeAt(end - 1));
  if (start === end || start === newEnd) {
    while (start > 0 && start < Math.max(end, newEnd) && before.charCodeAt(start - 1) === last()) {
      start--;
      end--;
      newEnd--;
    }
  }
  return { start, end, newEnd };
}

/** The block items holding the change, innermost first. */
function enclosingItems(document: Document.Parsed, text: string, change: Change): Item[] {
  const found: Item[] = [];
  let node: unknown = document.contents;
  for (;;) {
    const entries: unknown[] = (isMap(node) || isSeq(node)) && !node.flow ? node.items : [];
    let item: Item | undefined;
    for (const [index, entry] of entries.entries()) {
      // A block list's entries are items when they are mappings (scalars and lists are read with their list).
      if (!isPair(entry) && !isMap(entry)) continue;
      const candidate = itemOf(node as YAMLMap | YAMLSeq, index, entry, text);
      if (candidate && candidate.start < change.start && change.end <= candidate.lineEnd) item = candidate;
      if (item || (candidate && candidate.start >= change.start)) break;
    }
    if (!item) return found.reverse();
    found.push(item);
    node = isMap(item.node) ? item.node : item.node.value;
  }
}

function itemOf(parent: YAMLMap | YAMLSeq, index: number, node: Pair | YAMLMap, text: string): Item | undefined {
  const start = startOf(node);
  if (start === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Only indentation and `- ` may come before it: explicit keys (`? key`) and the like are left to a whole parse.
  if (!/^(?: *- )* *$/.test(text.slice(lineStart, start))) return undefined;
  let contentEnd = lastNode(node).range?.[1] ?? start;
  while (contentEnd > start && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  const lineBreak = text.indexOf('\n', contentEnd);
  const end = lineBreak < 0 ? text.length : lineBreak + 1;
  let lineEnd = lineBreak < 0 ? text.length : lineBreak;
  if (text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
  return { parent, index, node, start, column: start - lineStart, lineEnd, end };
}

/** Where an item's text starts: its key, or the mapping's first key. None for flow mappings and keys that are not scalars. */
function startOf(node: Pair | YAMLMap): number | undefined {
  if (isMap(node)) return node.flow ? undefined : node.range?.[0];
  return isScalar(node.key) ? node.key.range?.[0] : undefined;
}

/** The node an item's text ends with: a pair's value (its key when empty), or the mapping itself. */
function lastNode(node: Pair | YAMLMap): Node {
  return isMap(node) ? node : ((node.value ?? node.key) as Node);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Parses the item's new text alone, indented to its column, and accepts it only when it reads as
 * one item of the same shape that starts where the old one did: the lines around it, indented no
 * deeper than it, cannot change how it reads.
 */
function readAgain(item: Item, text: string, change: Change, options: ParseOptions): Reread {
  const shift = change.newEnd - change.end;
  const whole = text.slice(item.start, item.end + shift);
  // Blank lines the edit left after the item's last line lie between items, as blank lines do: they are
  // not read with it. A comment line there may belong to what follows: the enclosing item is read instead.
  const content = whole.replace(/[ \t\r\n]+$/, '');
  const body = content + (/^[ \t]*\r?\n/.exec(whole.slice(content.length))?.[0] ?? whole.slice(content.length));
  if (
    content
      .slice(content.lastIndexOf('\n') + 1)
      .trimStart()
      .startsWith('#')
  )
    return 'outer';
  // A document marker ends the document wherever the item is: only a whole parse reads it right.
  if (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/m.test(body)) return 'stop';
  let source = ' '.repeat(item.column) + body;
  let documents = composeAll(source);
  if (documents.some((d) => d.errors.length > 0)) {
    // Where an erroneous tree ends can depend on what follows it (a key without a value takes in the
    // blank lines and spaces after it): it is read with them, up to the next line's content, as a whole parse reads it.
    BLANK_AND_INDENT.lastIndex = item.start + body.length;
    source += BLANK_AND_INDENT.exec(text)?.[0] ?? '';
    documents = composeAll(source);
  }
  if (documents.some((d) => d.warnings.length > 0)) return 'stop';
  const root = documents.length === 1 ? documents[0]?.contents : undefined;
  if (!isMap(root) || root.flow) return 'outer';
  const errors = (documents[0] as Document.Parsed).errors;
  if (errors.length > 0 && !confined(item, documents[0] as Document.Parsed, errors, source, text, body.length)) return 'outer';
  let replacement: Pair | YAMLMap;
  if (isMap(item.node)) {
    if (root.range[0] !== item.column) return 'outer';
    replacement = root;
  } else {
    const pair = root.items[0];
    if (root.items.length !== 1 || !pair || !isScalar(pair.key) || pair.key.range?.[0] !== item.column) return 'outer';
    // The parser checks keys are unique within what it read: the siblings it did not read are checked here.
    if (
      (item.parent.items as Pair[]).some(
        (p, i) => i !== item.index && isScalar(p.key) && String(p.key.value) === String((pair.key as Scalar).value),
      )
    )
      return 'stop';
    replacement = pair as Pair;
  }
  const after = item.start + body.length;
  const lineBreak = text.indexOf('\n', after);
  const following = after < text.length ? text.slice(after, lineBreak < 0 ? text.length : lineBreak) : undefined;
  if (!endsCleanly(replacement, following)) return 'outer';
  // Comment lines below the item may belong to its last collection (its end includes them): they were not read.
  COMMENT_BELOW.lastIndex = after;
  if (COMMENT_BELOW.test(text)) return 'outer';
  // Anchors reach beyond the item: no alias in it could be read alone.
  const made = plainValue(documents[0] as Document.Parsed, PositionMapper.forText(source), valueLimits(options));
  if (made.diagnostics.length > 0) return 'stop';
  let unsafe = false;
  // yaml's visit walks a pair's key and value as it does a node's children.
  visit(replacement as Node, {
    Node(_, node) {
      // Anchors reach beyond the item; a kept block scalar's trailing blank lines lie outside the text read.
      if (isAlias(node) || node.anchor || (isScalar(node) && isKeptBlockScalar(node, source))) unsafe = true;
      moveRange(node, (offset) => offset + item.start - item.column);
    },
  });
  if (unsafe) return 'stop';
  const read = made.value as Record<string, unknown>;
  for (const error of errors) moveRange({ range: error.pos }, (offset) => offset + item.start - item.column);
  return { node: replacement, value: isMap(replacement) ? read : read[keyOf(replacement) ?? ''], errors };
}

/**
 * True when the YAML errors of an item read alone are those a whole parse finds in it, and the
 * rest of the file reads as before. From one line to the next yaml's lexer carries only whether a
 * flow collection or a quoted or block scalar is open, and the indentation a plain scalar needs
 * to go on. So the item's first line must end its key with `:` (after which both readings need
 * the item's column plus one), each later line must be indented under the item (a shallower one
 * would close collections a whole parse has open above it), every error must lie in the item's
 * content (an unclosed `[` or quote is reported where the text read ends) and its tree must reach
 * the end of it, and the next line of content must be shallower than the item (or start a
 * document) and not be read into the item's last token.
 */
function confined(item: Item, document: Document.Parsed, errors: YAMLError[], source: string, text: string, length: number): boolean {
  const content = source.trimEnd();
  const root = document.contents as YAMLMap;
  if (errors.length > MAX_ITEM_ERRORS || errors.some((e) => e.pos[1] > content.length)) return false;
  // The parser may give up on the lines after an error and leave them out of the tree: the tree must reach the end.
  if (Math.min(root.range?.[2] ?? 0, document.range[2]) < content.length) return false;
  const first = root.items[0];
  const firstLine = content.indexOf('\n') < 0 ? content.length : content.indexOf('\n');
  const keyEnd = isScalar(first?.key) ? first.key.range?.[1] : undefined;
  if (keyEnd === undefined || !/^[ \t]*:(?:[ \t\r]|$)/.test(source.slice(keyEnd, firstLine))) return false;
  const deeper = isMap(item.node) ? item.column : item.column + 1;
  if (
    content
      .slice(firstLine + 1)
      .split('\n')
      .some((line) => line.trim() !== '' && indentOf(line) < deeper)
  )
    return false;
  const next = /(?:[ \t]*\r?\n)*([^\n]*)/y;
  next.lastIndex = item.start + length;
  const line = next.exec(text)?.[1] ?? '';
  if (line !== '' && indentOf(line) >= item.column && !/^(?:---|\.\.\.)(?:[ \t\r]|$)/.test(line)) return false;
  // An error can leave the lexer letting a plain scalar go on into lines of any indentation (a flow
  // collection closed by a shallower line does): lexed with the next line, no token may reach into it.
  let offset = 0;
  for (const token of new Lexer().lex(source + line.trimStart())) {
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
    if (offset > source.length) return false;
    if (offset === source.length) return true;
  }
  return true;
}

/** The lexer's tokens that stand for no text: a document's start, a flow collection ended by a dedent, a scalar's start. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/** Spaces before a line's first other character (tabs are not indentation in YAML). */
function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

function wholeValue(document: Document.Parsed, text: string, options: ParseOptions): unknown {
  const made = plainValue(document, PositionMapper.forText(text), valueLimits(options));
  return made.diagnostics.length > 0 ? undefined : made.value;
}

/** The property name a pair's key becomes in the document's value, if a scalar. */
function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? scalarKeyName(pair.key) : undefined;
}

/**
 * The document's new value: the old one with the objects and arrays on the path to the item copied and
 * the item's new value put in place, the rest shared. Undefined when a key on the way cannot be named
 * like the yaml library names it (the caller then converts the whole tree).
 */
function withItem(old: unknown, path: Item[], value: unknown): unknown {
  const [item, ...rest] = path;
  if (!item) return value;
  if (isSeq(item.parent)) {
    if (!Array.isArray(old)) return undefined;
    const copy = [...(old as unknown[])];
    const inner = withItem(copy[item.index], rest, value);
    if (inner === undefined) return undefined;
    copy[item.index] = inner;
    return copy;
  }
  if (old === null || typeof old !== 'object') return undefined;
  const object = old as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [i, pair] of (item.parent.items as Pair[]).entries()) {
    const key = keyOf(pair);
    // A key the copy cannot hold as a plain property is left to the yaml library.
    if (key === undefined || key === '__proto__') return undefined;
    const inner = i === item.index ? withItem(object[key], rest, value) : object[key];
    if (inner === undefined) return undefined;
    copy[key] = inner;
  }
  return copy;
}

/**
 * True when the item's text ends with a flow collection, a plain or quoted scalar that is not empty, or a
 * block scalar right before a line of content (blank lines after a block scalar are read as part of it).
 */
function endsCleanly(item: Pair | YAMLMap, following: string | undefined): boolean {
  let node: unknown = item;
  for (;;) {
    if (isPair(node)) node = node.value ?? node.key;
    else if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) node = node.items[node.items.length - 1];
    else break;
  }
  if (isMap(node) || isSeq(node)) return !!node.flow;
  if (!isScalar(node) || !node.range || node.range[1] <= node.range[0]) return false;
  return !isBlockScalar(node) || following === undefined || /^[ \t]*[^\s#]/.test(following);
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

function isKeptBlockScalar(node: Scalar, source: string): boolean {
  if (!isBlockScalar(node)) return false;
  const start = node.range?.[0] ?? 0;
  return /^[|>][1-9]?\+|^[|>]\+/.test(source.slice(start, start + 3));
}

function hasAnchors(document: Document.Parsed): boolean {
  let found = false;
  visit(document, {
    Node(_, node) {
      if (isAlias(node) || node.anchor) found = true;
    },
  });
  return found;
}

/**
 * Puts the new item in the old one's place and moves what follows it by the change in length. The
 * collections holding the item end, as the yaml composer has them end, where their last item ends:
 * where the new item ends when it is the last one. Nothing before the change moves. What the text
 * before the item gave its first node (comments, a blank line above it) stays; the node after it is
 * marked for the blank line the edit may have added or removed below it, as the composer marks it.
 */
function splice(
  previous: ParsedFile,
  document: ParsedDocument,
  path: Item[],
  replacement: Pair | YAMLMap,
  change: Change,
  text: string,
): void {
  const shift = change.newEnd - change.end;
  const innermost = path[path.length - 1] as Item;
  const [before, after] = [firstNode(innermost.node), firstNode(replacement)];
  if (before && after) Object.assign(after, { commentBefore: before.commentBefore, spaceBefore: before.spaceBefore });
  innermost.parent.items[innermost.index] = replacement as never;
  let end = lastNode(replacement).range?.[2] ?? 0;
  for (const { parent, index } of [...path].reverse()) {
    for (let i = index + 1; i < parent.items.length; i++) shiftAll(parent.items[i], shift);
    const range = parent.range as [number, number, number];
    if (index === parent.items.length - 1) {
      // A trailing comment makes a collection's node end differ from its value end; it moves with the text.
      range[2] = range[2] === range[1] ? end : range[2] + shift;
      range[1] = end;
    } else {
      range[1] += shift;
      range[2] += shift;
    }
    end = range[2];
  }
  document.yaml.range[1] = end;
  document.yaml.range[2] += shift;
  for (const next of previous.documents.filter((d) => d.index > document.index)) {
    moveRange(next.yaml, (offset) => offset + shift);
    shiftAll(next.yaml.contents, shift);
  }
  const next = nodeAfter(path);
  let contentEnd = lastNode(replacement).range?.[1] ?? 0;
  while (contentEnd > 0 && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  if (next?.range) next.spaceBefore = blankLineBetween(text, contentEnd, next.range[0]) || undefined;
}

/** The node an item's text starts with: a pair's key, or the item itself. */
function firstNode(item: unknown): Node | undefined {
  const node = isPair(item) ? (item.key ?? item.value) : item;
  return isNode(node) ? node : undefined;
}

/** The first node after the item in the document: its next sibling's, or the next one of an enclosing item. */
function nodeAfter(path: Item[]): Node | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const { parent, index } = path[i] as Item;
    if (index + 1 < parent.items.length) return firstNode(parent.items[index + 1]);
  }
  return undefined;
}

/** True when a blank line lies between the line `from` is on and the first comment or content before `to`. */
function blankLineBetween(text: string, from: number, to: number): boolean {
  for (const line of text.slice(from, to).split('\n').slice(1, -1)) {
    const content = line.trim();
    if (content === '') return true;
    if (content.startsWith('#')) return false;
  }
  return false;
}

/** Moves a node's offsets in place (a new array per node would be garbage for every node of a large file). */
function moveRange(node: { range?: number[] | null }, moved: (offset: number) => number): void {
  const range = node.range;
  if (!range) return;
  for (let i = 0; i < range.length; i++) range[i] = moved(range[i] as number);
}

/** Moves every offset of a subtree (pairs' keys and values included) by `shift`, in place. */
function shiftAll(node: unknown, shift: number): void {
  if (isPair(node)) {
    shiftAll(node.key, shift);
    shiftAll(node.value, shift);
    return;
  }
  const range = (node as Node | null)?.range;
  if (!range) return;
  range[0] += shift;
  range[1] += shift;
  range[2] += shift;
  if (isMap(node) || isSeq(node)) for (const child of node.items) shiftAll(child, shift);
}

/**
 * The file's new parse: every document keeps its tree, the changed one with its new value and
 * errors (the others have none: the previous parse's errors were all in the changed item).
 */
function rebuilt(previous: ParsedFile, changed: ParsedDocument, text: string, value: unknown): ParsedFile {
  const { uri } = previous;
  const positions = PositionMapper.forText(text);
  const problems = changed.yaml.errors.length > 0 ? listedProblems(changed.yaml, positions, []) : { diagnostics: [], reliable: true };
  const documents = previous.documents.map((d) =>
    d === changed
      ? new ParsedDocument({ uri, index: d.index, yaml: d.yaml, positions, value, reliable: problems.reliable })
      : new ParsedDocument({ uri, index: d.index, yaml: d.yaml, positions, value: d.value, reliable: true }),
  );
  // Only a suppression comment can make suppressions: most texts need no lexing for them.
  return {
    uri,
    text,
    documents,
    diagnostics: problems.diagnostics,
    suppressions: text.includes('nof-disable') ? findSuppressions(text) : [],
  };
}

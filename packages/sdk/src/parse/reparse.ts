import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { findSuppressions } from '../diagnostics/suppression.js';
import { checkInput, DEFAULT_LIMITS } from './input-guards.js';
import { composeAll, parseText, valueLimits, type ParsedFile, type ParseOptions } from './parse-text.js';
import { plainValue, scalarKeyName } from './plain-value.js';
import { ParsedDocument } from './parsed-document.js';
import { PositionMapper, withLineFeeds } from './positions.js';

/**
 * Parses a file's new text like {@link parseText}, but when the change falls inside one block
 * item (a property, or a mapping in a block list) of a clean parse, reads only that item again
 * and moves the rest of the tree: a keystroke in a 10,000-line file costs the parse of one
 * property, not of every line. Whatever a partial read cannot prove equal to a whole one
 * (YAML errors, anchors, a change that spills out of its item) is parsed whole.
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

/** Outcome of reading an item again: its new node and value, or why not. `stop` means only a whole parse will do. */
type Reread = { node: Pair | YAMLMap; value: unknown } | 'outer' | 'stop';

function reuse(previous: ParsedFile, text: string, options: ParseOptions): ParsedFile | undefined {
  // YAML errors leave a tree a partial read cannot be proven to match; directives (`%YAML 1.1`, `%TAG`)
  // change how every line after them reads.
  if (previous.diagnostics.length > 0 || /^%/m.test(previous.text)) return undefined;
  const change = changedSpan(previous.text, text);
  // Any keystroke may deepen the nesting (a `- `, a `: `, a bracket): the guards look at the whole text, in one quick pass.
  if (checkInput(text, { ...DEFAULT_LIMITS, ...options })) return undefined;
  for (const document of previous.documents) {
    const items = enclosingItems(document.yaml, previous.text, change);
    for (const [depth, item] of items.entries()) {
      const replacement = readAgain(item, text, change, options);
      if (replacement === 'stop') return undefined;
      if (replacement === 'outer') continue;
      if (ANCHOR_OR_ALIAS.test(previous.text) && hasAnchors(document.yaml)) return undefined;
      const path = items.slice(depth).reverse();
      splice(previous, document, path, replacement.node, change, text);
      const value = withItem(document.value, path, replacement.value) ?? wholeValue(document.yaml, text, options);
      return value === undefined ? undefined : rebuilt(previous, document, text, value);
    }
  }
  return undefined;
}

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
  const source = ' '.repeat(item.column) + body;
  const documents = composeAll(source);
  if (documents.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return 'stop';
  const root = documents.length === 1 ? documents[0]?.contents : undefined;
  if (!isMap(root) || root.flow) return 'outer';
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
  return { node: replacement, value: isMap(replacement) ? read : read[keyOf(replacement) ?? ''] };
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

/** The file's new parse: every document keeps its tree, the changed one with its new value. */
function rebuilt(previous: ParsedFile, changed: ParsedDocument, text: string, value: unknown): ParsedFile {
  const { uri } = previous;
  const positions = PositionMapper.forText(text);
  const documents = previous.documents.map(
    (d) => new ParsedDocument({ uri, index: d.index, yaml: d.yaml, positions, value: d === changed ? value : d.value, reliable: true }),
  );
  // Only a suppression comment can make suppressions: most texts need no lexing for them.
  return { uri, text, documents, diagnostics: [], suppressions: text.includes('nof-disable') ? findSuppressions(text) : [] };
}

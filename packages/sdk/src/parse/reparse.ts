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
 * {@link confined}). When no one item holds the change or its errors, a run of sibling properties
 * is read together (a name typed at column 0 between two top-level ones, a bracket left open up to
 * the next property's line: see {@link runsFrom}). Whatever a partial read cannot prove equal to a
 * whole one (errors that reach past every run, anchors, a change that spills out of its item) is parsed whole.
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
  /** In a run of sibling properties read together (see {@link runsFrom}): the index of the last one. */
  last?: number;
  /** The last property's value, kept when only the line of its name is read. */
  kept?: YAMLMap | YAMLSeq;
}

/**
 * Outcome of reading an item again: its new node, value and YAML errors (offsets in the new text),
 * or why not. `stop` means only a whole parse will do.
 */
type Reread = { nodes: (Pair | YAMLMap)[]; values: unknown[]; errors: YAMLError[]; end?: number } | 'outer' | 'stop';

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
  let budget = Math.max(text.length / 2, 65_536);
  // Any keystroke may deepen the nesting (a `- `, a `: `, a bracket): the guards look at the whole text, in one quick pass.
  if (checkInput(text, { ...DEFAULT_LIMITS, ...options })) return undefined;
  for (const document of previous.documents) {
    const items = enclosingItems(document.yaml, previous.text, change);
    // Innermost first, each item alone; then runs of sibling properties from the one the change starts in.
    const holders = enclosingItems(document.yaml, previous.text, { start: change.start, end: change.start, newEnd: change.start }, true);
    const candidates = [
      ...items.map((item, depth) => ({ item, path: items.slice(depth).reverse() })),
      ...holders.flatMap((first, depth) =>
        [...runsFrom(first, previous.text, change, span?.start)].map((item) => ({
          item,
          path: [...holders.slice(depth + 1).reverse(), item],
        })),
      ),
    ];
    for (const { item, path } of candidates) {
      // The item read for the previous errors goes with the item: its new reading brings the errors it has now.
      if (span && (span.start < item.start || span.end > item.end)) continue;
      // Reads that come to half the text cost as much as the whole parse that may still follow them.
      if (item.end - item.start > budget) continue;
      budget -= item.end - item.start;
      const replacement = readAgain(item, text, change, options);
      if (replacement === 'stop') return undefined;
      if (replacement === 'outer') continue;
      if (ANCHOR_OR_ALIAS.test(previous.text) && hasAnchors(document.yaml)) return undefined;
      const kept = item.kept ? keyOf(item.parent.items[item.last ?? item.index] as Pair) : undefined;
      splice(previous, document, path, replacement, change, text);
      document.yaml.errors = replacement.errors;
      const value = withItem(document.value, path, replacement.values, kept) ?? wholeValue(document.yaml, text, options);
      if (value === undefined) return undefined;
      const parsed = rebuilt(previous, document, text, value);
      if (replacement.errors.length > 0) errorSpans.set(parsed, { start: item.start, end: item.end + change.newEnd - change.end });
      return parsed;
    }
  }
  return undefined;
}

/** Most sibling properties read together in a run (beyond, a whole parse costs little more than the tries). */
const MAX_RUN = 8;

/**
 * Runs of sibling properties of a block mapping, from `first` (which holds the change's start) to
 * each of the next few that the change ends in: a property typed between two others, at their
 * column, is read with its neighbours (a half-typed name runs into the next line's name). Each run
 * ends with the whole of its last property or, when that property's value is a block collection
 * below its name, with the name's line alone: the value is kept, as it reads the same after any name.
 */
function* runsFrom(holder: Item, text: string, change: Change, errorStart = holder.start): Generator<Item> {
  const { parent } = holder;
  if (!isPair(holder.node) || !isMap(parent)) return;
  // A run read after one with errors starts with the property they were read from, as it holds them,
  // and with a name that ends with its colon (see confined): one half-typed, or being edited, is read after the one before it.
  let first: Item | undefined = holder;
  const named = (item: Item) => {
    const line = text.slice(item.start, text.indexOf('\n', item.start) + 1 || text.length);
    return change.start > item.start + line.length && /^[^\n#]*:(?:[ \t\r\n]|$)/.test(line);
  };
  while (first && (first.start > errorStart || !named(first)) && first.index > 0 && holder.index - first.index < MAX_RUN)
    first = itemOf(parent, first.index - 1, parent.items[first.index - 1] as Pair, text);
  if (!first) return;
  for (let last = first.index; last < Math.min(parent.items.length, first.index + MAX_RUN); last++) {
    const pair = parent.items[last] as Pair;
    const item = itemOf(parent, last, pair, text);
    if (!item) return;
    const value = pair.value;
    // The name may run over lines (a half-typed one read into the next line's): its line is the one it ends on.
    // What follows the name is left as it was (blank lines and comments before the value belong to the value).
    const keyEnd = isScalar(pair.key) ? (pair.key.range?.[1] ?? item.start) : item.start;
    const nameLine = /^[ \t]*:[ \t]*(\r?\n)/.exec(text.slice(keyEnd, keyEnd + 256));
    const nameEnd = keyEnd + (nameLine?.[0].length ?? 0);
    const nameLineEnd = nameEnd - (nameLine?.[1]?.length ?? 0);
    if (nameLine && (isMap(value) || isSeq(value)) && !value.flow && (value.range?.[0] ?? 0) >= nameEnd && change.end <= keyEnd)
      yield { ...first, last, kept: value, lineEnd: nameLineEnd, end: nameEnd };
    if (change.end > item.lineEnd) continue;
    yield { ...first, last, lineEnd: item.lineEnd, end: item.end };
  }
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

/**
 * The block items holding the change, innermost first. With `gap`, where none holds it, the item
 * before it comes first (the change lies on lines between that item and the next).
 */
function enclosingItems(document: Document.Parsed, text: string, change: Change, gap = false): Item[] {
  const found: Item[] = [];
  let node: unknown = document.contents;
  for (;;) {
    const entries: unknown[] = (isMap(node) || isSeq(node)) && !node.flow ? node.items : [];
    let item: Item | undefined;
    let before: Item | undefined;
    for (const [index, entry] of entries.entries()) {
      // A block list's entries are items when they are mappings (scalars and lists are read with their list).
      if (!isPair(entry) && !isMap(entry)) continue;
      const candidate = itemOf(node as YAMLMap | YAMLSeq, index, entry, text);
      if (candidate && candidate.start < change.start && change.end <= candidate.lineEnd) item = candidate;
      if (item || (candidate && candidate.start >= change.start)) break;
      before = candidate;
    }
    if (!item && gap && before) found.push(before);
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
  // A run's lines stand at its column or deeper (see runOfProperties): a shallower one is seen before any parse.
  if (item.last !== undefined && body.split('\n').some((line, i) => i > 0 && /^ *[^\s#]/.test(line) && indentOf(line) < item.column))
    return 'outer';
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
  let replacement: (Pair | YAMLMap)[];
  if (isMap(item.node)) {
    if (root.range[0] !== item.column) return 'outer';
    replacement = [root];
  } else {
    const pairs = root.items as Pair[];
    const last = item.last ?? item.index;
    if (pairs.length === 0 || (item.last === undefined && pairs.length !== 1)) return 'outer';
    if (item.last !== undefined && !runOfProperties(pairs, source, item.column)) return 'outer';
    const atColumn = (key: unknown) => isScalar(key) && !!key.range && key.range[0] === lineStartOf(source, key.range[0]) + item.column;
    if (!pairs.every((pair) => atColumn(pair.key))) return 'outer';
    // The parser checks keys are unique within what it read: the siblings it did not read are checked here.
    const names = new Set(pairs.map((pair) => String((pair.key as Scalar).value)));
    if ((item.parent.items as Pair[]).some((p, i) => (i < item.index || i > last) && isScalar(p.key) && names.has(String(p.key.value))))
      return 'stop';
    if (item.kept) {
      // Only the name's line was read: its value is empty there, and the value kept takes its place.
      const named = pairs[pairs.length - 1] as Pair;
      const empty = named.value;
      if (
        !isScalar(empty) ||
        empty.value !== null ||
        empty.tag ||
        empty.anchor ||
        source.slice((named.key as Scalar).range?.[1]).trim() !== ':'
      )
        return 'outer';
    }
    replacement = pairs;
  }
  const after = item.start + body.length;
  const lineBreak = text.indexOf('\n', after);
  const following = after < text.length ? text.slice(after, lineBreak < 0 ? text.length : lineBreak) : undefined;
  if (!item.kept && !endsCleanly(replacement[replacement.length - 1] as Pair | YAMLMap, following)) return 'outer';
  // Comment lines below the item may belong to its last collection (its end includes them): they were not read.
  COMMENT_BELOW.lastIndex = after;
  if (COMMENT_BELOW.test(text)) return 'outer';
  // Anchors reach beyond the item: no alias in it could be read alone.
  const made = plainValue(documents[0] as Document.Parsed, PositionMapper.forText(source), valueLimits(options));
  if (made.diagnostics.length > 0) return 'stop';
  let unsafe = false;
  // yaml's visit walks a pair's key and value as it does a node's children.
  visit(root, {
    Node(_, node) {
      // Anchors reach beyond the item; a kept block scalar's trailing blank lines lie outside the text read.
      if (isAlias(node) || node.anchor || (isScalar(node) && isKeptBlockScalar(node, source))) unsafe = true;
      moveRange(node, (offset) => offset + item.start - item.column);
    },
  });
  if (unsafe) return 'stop';
  const read = made.value as Record<string, unknown>;
  for (const error of errors) moveRange({ range: error.pos }, (offset) => offset + item.start - item.column);
  const values = replacement.map((node) => (isMap(node) ? read : read[keyOf(node) ?? '']));
  // A name without a value ends its mapping where the lines after it do (blank ones up to the next content).
  const named = replacement[replacement.length - 1] as Pair;
  let end: number | undefined;
  if (item.last !== undefined && !item.kept && named.value === null) {
    // Before a document marker, only its own line break (the text read has the blank lines after it).
    if (/^(?:[ \t]*\r?\n)*(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(after))) return 'outer';
    end = root.range[2];
  }
  if (item.kept) {
    // The kept value lies after the change: it moves with the text there.
    shiftAll(item.kept, change.newEnd - change.end);
    (replacement[replacement.length - 1] as Pair).value = item.kept;
    values[values.length - 1] = KEPT;
  }
  return { nodes: replacement, values, errors, ...(end === undefined ? {} : { end }) };
}

/** Stands for the kept value of a run's last property in the values read: its old value, found by its old name. */
const KEPT = Symbol('kept');

/** Offset of the start of the line `offset` is on. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * True when the properties read as a run stand as they do in the whole text: no line of content
 * is shallower than their column (it would close collections a whole parse has open above them),
 * and every line at their column is in one of their names (a half-typed name runs on into the
 * next line's), so the mapping read there is theirs in both readings.
 */
function runOfProperties(pairs: Pair[], source: string, column: number): boolean {
  const names = pairs.map((pair) => (pair.key as Scalar).range as [number, number, number]);
  let offset = 0;
  for (const line of source.split('\n')) {
    const content = line.trim();
    const indent = indentOf(line);
    const at = offset + column;
    if (
      content !== '' &&
      !content.startsWith('#') &&
      (indent < column || (indent === column && !names.some(([start, end]) => start <= at && at < end)))
    )
      return false;
    offset += line.length + 1;
  }
  return true;
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
  // A run's properties stand at its column (see runOfProperties).
  const deeper = isMap(item.node) || item.last !== undefined ? item.column : item.column + 1;
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
  const marker = /^(?:---|\.\.\.)(?:[ \t\r]|$)/.test(line);
  // Below a name read alone lies its kept value; after a run, a line at its column may be the next property.
  if (line !== '' && !marker && (item.kept || (item.last !== undefined && indentOf(line) === item.column)))
    return readsOn(document, source, line, !!item.kept);
  if (line !== '' && indentOf(line) >= item.column && !marker) return false;
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

/**
 * True when the first line after a run, read with it, begins what it begins in the whole text (the
 * kept value, or the next property) and changes nothing the run read: after an error the parser may
 * read a line at the run's column into the run (a multi-line name sets off such a cascade). What
 * follows that line is read the same in both: the collections open above it are the same.
 */
function readsOn(read: Document.Parsed, source: string, line: string, kept: boolean): boolean {
  const [document, ...others] = composeAll(source + line.trimStart());
  const root = document?.contents;
  if (!document || others.length > 0 || document.warnings.length > 0 || !isMap(root) || root.flow) return false;
  if (document.errors.length !== read.errors.length || document.errors.some((e, i) => !sameError(e, read.errors[i] as YAMLError)))
    return false;
  const count = (read.contents as YAMLMap).items.length;
  const last = root.items[root.items.length - 1];
  if (root.items.length !== count + (kept ? 0 : 1) || !last) return false;
  const begun = kept ? ((isMap(last.value) || isSeq(last.value)) && !last.value.flow ? last.value : undefined) : last.key;
  return isNode(begun) && begun.range?.[0] === source.length;
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
 * the values read put in place of the item's (a run's, one for each property read), the rest shared.
 * Undefined when a key on the way cannot be named like the yaml library names it (the caller then
 * converts the whole tree). Called once the new nodes are in the tree; a kept value is found by its old name.
 */
function withItem(old: unknown, path: Item[], values: unknown[], keptName?: string): unknown {
  const [item, ...rest] = path;
  if (!item) return values[0];
  if (isSeq(item.parent)) {
    if (!Array.isArray(old)) return undefined;
    const copy = [...(old as unknown[])];
    const inner = withItem(copy[item.index], rest, values, keptName);
    if (inner === undefined) return undefined;
    copy[item.index] = inner;
    return copy;
  }
  if (old === null || typeof old !== 'object') return undefined;
  const object = old as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  const read = rest.length === 0 ? values.length : 1;
  if (keptName === '__proto__') return undefined;
  for (const [i, pair] of (item.parent.items as Pair[]).entries()) {
    const key = keyOf(pair);
    // A key the copy cannot hold as a plain property is left to the yaml library.
    if (key === undefined || key === '__proto__') return undefined;
    const own = i < item.index || i >= item.index + read;
    const inner = own ? object[key] : rest.length > 0 ? withItem(object[key], rest, values, keptName) : values[i - item.index];
    const value = inner === KEPT ? object[keptName ?? ''] : inner;
    if (value === undefined) return undefined;
    copy[key] = value;
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

/** True when an item's text ends with an empty value (`name:`, or a name alone). */
function endsEmpty(item: unknown): boolean {
  let node = item;
  for (;;) {
    if (isPair(node)) node = node.value;
    else if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) node = node.items[node.items.length - 1];
    else break;
  }
  return node === null || (isScalar(node) && node.range?.[0] === node.range?.[1]);
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
 * Puts the new items in the old one's place (a run's in its properties') and moves what follows by
 * the change in length. The collections holding them end, as the yaml composer has them end, where
 * their last item ends: where the last new one ends when it is the last one. Nothing before the change
 * moves. What the text before the item gave its first node (comments, a blank line above it) stays;
 * the node after it is marked for the blank line the edit may have added or removed below it, as the
 * composer marks it.
 */
function splice(
  previous: ParsedFile,
  document: ParsedDocument,
  path: Item[],
  { nodes: replacement, end: readEnd }: { nodes: (Pair | YAMLMap)[]; end?: number },
  change: Change,
  text: string,
): void {
  const shift = change.newEnd - change.end;
  const innermost = path[path.length - 1] as Item;
  const [before, after] = [firstNode(innermost.node), firstNode(replacement[0])];
  if (before && after) Object.assign(after, { commentBefore: before.commentBefore, spaceBefore: before.spaceBefore });
  const wasEmpty = endsEmpty(innermost.parent.items[innermost.last ?? innermost.index]);
  innermost.parent.items.splice(innermost.index, (innermost.last ?? innermost.index) - innermost.index + 1, ...(replacement as never[]));
  const last = replacement[replacement.length - 1] as Pair | YAMLMap;
  // Where each level's new items end: the innermost level's at the last new one.
  const placed = [...path.slice(0, -1), { ...innermost, index: innermost.index + replacement.length - 1 }];
  let end = readEnd ?? lastNode(last).range?.[2] ?? 0;
  for (const { parent, index } of [...placed].reverse()) {
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
  // The blank lines after a document's last value end it, unless that value is empty: its mapping takes them in.
  const whole = document.yaml.range;
  const atEnd = placed.every(({ parent, index }) => index === parent.items.length - 1);
  if (atEnd && endsEmpty(last)) whole[2] = end;
  else if (atEnd && wasEmpty) whole[2] = end + (/^(?:[ \t]*\r?\n)*/.exec(text.slice(end))?.[0].length ?? 0);
  else whole[2] += shift;
  whole[1] = end;
  for (const next of previous.documents.filter((d) => d.index > document.index)) {
    moveRange(next.yaml, (offset) => offset + shift);
    shiftAll(next.yaml.contents, shift);
  }
  const next = nodeAfter(placed);
  let contentEnd = lastNode(last).range?.[1] ?? 0;
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

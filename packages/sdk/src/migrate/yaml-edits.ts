import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, TextEdit } from '../diagnostics/diagnostic.js';
import { formatPointer, parentPointer, valueAt } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { yamlScalar } from '../schema/fixes.js';

/** What a conversion may do to a document; every change names its place by JSON pointer. */
export interface DocumentChanges {
  /** The document's value before any change (changes are collected, not applied as they go). */
  readonly value: unknown;
  /** The value at a pointer of the original document. */
  get(pointer: string): unknown;
  /** Replaces the value at `pointer` (which must exist) by `value`. */
  set(pointer: string, value: unknown): void;
  /** Renames the property at `pointer`, keeping its value as written. */
  rename(pointer: string, newName: string): void;
  /** Adds a property to the mapping at `mapPointer`: first, or after the property `after`, else last. */
  add(mapPointer: string, name: string, value: unknown, where?: { first: true } | { after: string }): void;
  /** Removes the property at `pointer` (a mapping keeps at least one property). */
  remove(pointer: string): void;
  /** The change needs a human decision: the migration stops and changes nothing. */
  decision(pointer: string, message: string): void;
  /** Something the author should know or finish by hand; the migration goes ahead. */
  note(pointer: string, message: string): void;
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * {@link DocumentChanges} as text edits on the document's source: only the text that has to
 * change is touched, so comments, key order, quoting, flow or block style and line folding of
 * everything else stay exactly as written.
 */
export class YamlEdits implements DocumentChanges {
  private readonly offsetEdits: OffsetEdit[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly doc: ParsedDocument,
    private readonly code: string,
  ) {}

  get value(): unknown {
    return this.doc.value;
  }

  get(pointer: string): unknown {
    return valueAt(this.doc.value, pointer);
  }

  set(pointer: string, value: unknown): void {
    const node = this.located(pointer).node;
    this.edit(node.range[0], node.range[1], flowYaml(value));
  }

  rename(pointer: string, newName: string): void {
    const pair = this.located(pointer).pair;
    if (!pair) throw new Error(`${pointer} is not a property`);
    this.edit(pair.key.range[0], pair.key.range[1], yamlScalar(newName));
  }

  add(mapPointer: string, name: string, value: unknown, where?: { first: true } | { after: string }): void {
    const map = this.located(mapPointer).node;
    if (!isMap(map) || map.items.length === 0) throw new Error(`${mapPointer} is not a non-empty mapping`);
    const pairs = map.items as Array<Pair<RangedNode, RangedNode | null>>;
    const entry = `${yamlScalar(name)}: ${flowYaml(value)}`;
    if (where && 'first' in where) {
      const first = pairs[0]!.key;
      this.edit(
        first.range[0],
        first.range[0],
        map.flow ? `${entry}, ` : `${entry}${this.newline()}${' '.repeat(this.column(first.range[0]))}`,
      );
      return;
    }
    const after = where ? pairs.find((p) => keyOf(p) === where.after) : undefined;
    const anchor = after ?? pairs[pairs.length - 1]!;
    if (map.flow) {
      const end = endOf(anchor);
      this.edit(end, end, `, ${entry}`);
      return;
    }
    const at = this.endOfLine(endOf(anchor));
    this.edit(at, at, `${this.newline()}${' '.repeat(this.column(pairs[0]!.key.range[0]))}${entry}`);
  }

  remove(pointer: string): void {
    const { pair } = this.located(pointer);
    const map = this.located(parentPointer(pointer)).node as YAMLMap<RangedNode, RangedNode | null>;
    if (!pair || !isMap(map) || map.items.length < 2) throw new Error(`${pointer} is not a removable property`);
    const items = map.items as Array<Pair<RangedNode, RangedNode | null>>;
    const index = items.indexOf(pair);
    const next = items[index + 1];
    // Up to the next key (taking this entry's separator and trailing comment with it); the last
    // entry goes from the end of the one before, to the end of its own line.
    if (next) this.edit(pair.key.range[0], next.key.range[0], '');
    else this.edit(this.trimmedEnd(endOf(items[index - 1]!)), map.flow ? endOf(pair) : this.endOfLine(endOf(pair)), '');
  }

  decision(pointer: string, message: string): void {
    this.diagnostics.push({ severity: 'error', code: this.code, message, path: pointer, range: this.doc.rangeOf(pointer) });
  }

  note(pointer: string, message: string): void {
    this.diagnostics.push({ severity: 'info', code: this.code, message, path: pointer, range: this.doc.rangeOf(pointer) });
  }

  /** True when a conversion asked for a human decision. */
  get blocked(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /** The collected changes as LSP text edits against the original text. */
  edits(): TextEdit[] {
    return this.offsetEdits.map((e) => ({ range: this.doc.positions.range(e.start, e.end), newText: e.text }));
  }

  private edit(start: number, end: number, text: string): void {
    this.offsetEdits.push({ start, end, text });
  }

  private located(pointer: string): { node: RangedNode; pair: Pair<RangedNode, RangedNode | null> | undefined } {
    const { node, pair, found } = this.doc.nodeAt(pointer);
    if (!found || !hasRange(node)) throw new Error(`${pointer} is not in the document`);
    return { node, pair: pair as Pair<RangedNode, RangedNode | null> | undefined };
  }

  private get text(): string {
    return this.doc.positions.text;
  }

  private newline(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  private column(offset: number): number {
    return this.doc.positions.positionAt(offset).character;
  }

  /** Back over whitespace (a block value's range runs on to the next line). */
  private trimmedEnd(offset: number): number {
    let end = offset;
    while (end > 0 && /\s/.test(this.text[end - 1]!)) end--;
    return end;
  }

  /** The end of the line `offset` is on, past any comment, before the line break. */
  private endOfLine(offset: number): number {
    const from = this.trimmedEnd(offset);
    const eol = this.text.indexOf('\n', from);
    const at = eol < 0 ? this.text.length : eol;
    return at > 0 && this.text[at - 1] === '\r' ? at - 1 : at;
  }
}

type RangedNode = Node & { range: [number, number, number] };

function hasRange(node: unknown): node is RangedNode {
  return node !== null && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range);
}

function keyOf(pair: Pair<RangedNode, RangedNode | null>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function endOf(pair: Pair<RangedNode, RangedNode | null>): number {
  return pair.value?.range[1] ?? pair.key.range[1];
}

/** A value written on one line: scalars as {@link yamlScalar}, collections in flow style. */
export function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${yamlScalar(k)}: ${flowYaml(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return yamlScalar(value);
}

/** The pointer of a property of the object at `parent`. */
export function child(parent: string, ...segments: Array<string | number>): string {
  return parent + formatPointer(segments);
}

import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import { parsePointer } from './json-pointer.js';
import type { PositionMapper } from './positions.js';

/** Which part of a property a range covers: its name (`key`) or its value. */
export type RangePart = 'key' | 'value';

/** Where a JSON pointer lands in the YAML tree. */
export interface NodeLocation {
  /** The node at the pointer, or at the nearest existing ancestor when `found` is false. */
  node: Node | null;
  /** The map entry holding `node`, when it is the value of a property. */
  pair: Pair<Node, Node | null> | undefined;
  /** True when every segment of the pointer exists in the document. */
  found: boolean;
  /** Pointer segments that were walked successfully. */
  depth: number;
  /** True when the walk went through an alias (`*name`) to the anchored node. */
  viaAlias: boolean;
}

/** Where one document of a file sits and what it holds. */
export interface ParsedDocumentInit {
  uri: string;
  index: number;
  yaml: Document.Parsed;
  positions: PositionMapper;
  value: unknown;
  reliable: boolean;
}

/**
 * One YAML document of a file (files may hold several, separated by `---`), with its plain
 * value and the means to map any JSON pointer back to the source text.
 */
export class ParsedDocument {
  /** The file's uri (or path), as given to the parser. */
  readonly uri: string;
  /** 0-based position of this document among the `---` sections of its file. */
  readonly index: number;
  /** The yaml library's document: AST nodes with offsets and comments (`commentBefore`, `comment`). */
  readonly yaml: Document.Parsed;
  /** Offset ↔ position conversion for the whole file's text (`positions.text`). */
  readonly positions: PositionMapper;
  /** The document as plain JSON-like data (objects, arrays, strings, numbers, booleans, null). */
  readonly value: unknown;
  /**
   * False when YAML errors (syntax, aliases, tabs...) make `value` untrustworthy: schema
   * validation and rules skip such documents rather than report a cascade of consequences.
   */
  readonly reliable: boolean;

  constructor(init: ParsedDocumentInit) {
    this.uri = init.uri;
    this.index = init.index;
    this.yaml = init.yaml;
    this.positions = init.positions;
    this.value = init.value;
    this.reliable = init.reliable;
  }

  /** The whole document's text range. */
  get range(): Range {
    const [start, end] = this.yaml.range;
    return this.positions.range(start, end);
  }

  /** The envelope's `apiVersion` when it is a string. */
  get apiVersion(): string | undefined {
    return this.envelopeString('apiVersion');
  }

  /** The envelope's `kind` when it is a string. */
  get kind(): string | undefined {
    return this.envelopeString('kind');
  }

  /** `metadata.id` when it is a string. */
  get id(): string | undefined {
    const metadata = this.property(this.value, 'metadata');
    const id = this.property(metadata, 'id');
    return typeof id === 'string' ? id : undefined;
  }

  /**
   * The source range for a JSON pointer: with `'key'` the property name (`lots` in `lots: [...]`),
   * with `'value'` its value. Array items have no name, so `'key'` gives the item (its first line
   * when it is a block mapping or list). A pointer that
   * does not exist falls back to its nearest existing ancestor (its key when it has one); the root
   * (`''`) and its missing children give the first line of the document.
   */
  rangeOf(pointer: string, part: RangePart = 'value'): Range {
    const { node, pair, found, depth } = this.nodeAt(pointer);
    // A missing pointer is shown on its nearest ancestor's name, the most compact place to look.
    const wantKey = part === 'key' || !found;
    if (pair && hasRange(pair.key) && (wantKey || !hasText(node))) return this.nodeRange(pair.key);
    if (depth === 0) return wantKey || !hasRange(node) ? this.startLine() : this.nodeRange(node);
    if (!hasRange(node)) return this.startLine();
    // An array item has no name: its first line stands for it when it runs over several.
    return wantKey && isCollection(node) && !node.flow ? this.positions.restOfLine(node.range[0]) : this.nodeRange(node);
  }

  /** The first line of the document's content: where document-wide problems are shown. */
  startLine(): Range {
    const contents = this.yaml.contents;
    const start = hasRange(contents) ? contents.range[0] : this.yaml.range[0];
    return this.positions.restOfLine(start);
  }

  /** Walks the YAML tree along a JSON pointer (following aliases), as far as it exists. */
  nodeAt(pointer: string): NodeLocation {
    let node: Node | null = this.yaml.contents;
    let pair: NodeLocation['pair'];
    let depth = 0;
    let viaAlias = false;
    for (const segment of parsePointer(pointer)) {
      if (isAlias(node)) {
        node = node.resolve(this.yaml) ?? null;
        viaAlias = true;
      }
      if (isMap(node)) {
        const entry = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment) as NodeLocation['pair'];
        if (!entry) return { node, pair, found: false, depth, viaAlias };
        pair = entry;
        node = entry.value;
      } else if (isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment) && Number(segment) < node.items.length) {
        pair = undefined;
        node = node.items[Number(segment)] as Node | null;
      } else {
        return { node, pair, found: false, depth, viaAlias };
      }
      depth++;
    }
    return { node, pair, found: true, depth, viaAlias };
  }

  private nodeRange(node: RangedNode): Range {
    return this.positions.range(node.range[0], node.range[1]);
  }

  private envelopeString(key: string): string | undefined {
    const v = this.property(this.value, key);
    return typeof v === 'string' ? v : undefined;
  }

  private property(object: unknown, key: string): unknown {
    return object !== null && typeof object === 'object' && !Array.isArray(object) ? (object as Record<string, unknown>)[key] : undefined;
  }
}

type RangedNode = Node & { range: [number, number, number] };

function hasRange(node: unknown): node is RangedNode {
  return node !== null && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range);
}

/** False for an empty value (`lead:` with nothing after it), which has no text to point at. */
function hasText(node: unknown): boolean {
  return hasRange(node) && node.range[1] > node.range[0];
}

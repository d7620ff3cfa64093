import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';
import { formatPointer } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';

/** The innermost property name or scalar value at a position, and its JSON pointer. */
export interface NodeHit {
  pointer: string;
  /** `key`: the cursor is on the property's name; `value`: on a scalar value (or list item). */
  part: 'key' | 'value';
  range: Range;
}

type Ranged = Node & { range: [number, number, number] };

function ranged(node: unknown): node is Ranged {
  return node !== null && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range);
}

function within(node: unknown, offset: number): node is Ranged {
  return ranged(node) && node.range[0] <= offset && offset <= node.range[1];
}

/** Walks from the document's root to the deepest node at `offset`, following map entries and list items. */
export function nodeAt(document: ParsedDocument, position: Position): NodeHit | undefined {
  const offset = document.positions.offsetAt(position);
  const range = (node: Ranged) => document.positions.range(node.range[0], node.range[1]);
  const segments: Array<string | number> = [];
  let node: unknown = document.yaml.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => within(p.key, offset) || within(p.value, offset));
      if (!pair || !isScalar(pair.key)) return undefined;
      segments.push(String(pair.key.value));
      if (within(pair.key, offset)) return { pointer: formatPointer(segments), part: 'key', range: range(pair.key) };
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item, offset) || (isPair(item) && within(item.key, offset)));
      if (index < 0) return undefined;
      segments.push(index);
      node = node.items[index];
    } else if ((isScalar(node) || isAlias(node)) && within(node, offset)) {
      return { pointer: formatPointer(segments), part: 'value', range: range(node) };
    } else return undefined;
  }
}

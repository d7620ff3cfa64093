import { isCollection, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { ParsedFile } from '../parse/parse-text.js';
import { splitLines } from '../parse/positions.js';

/** A foldable span of lines (0-based, both included). */
export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

type Ranged = Node & { range: [number, number, number] };

function ranged(node: unknown): node is Ranged {
  return node !== null && typeof node === 'object' && Array.isArray((node as { range?: unknown }).range);
}

/** The last line holding text of the span `[start, end)` (a block ends after its line break). */
function lastLine(document: ParsedDocument, start: number, end: number): number {
  const text = document.positions.text;
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return document.positions.positionAt(e).line;
}

/**
 * Where the file's structure can fold: every mapping, list or block of text that runs over
 * several lines, from the line of its name, and every run of two or more comment lines.
 */
export function foldingRanges(file: ParsedFile): Fold[] {
  const out: Fold[] = [];
  const add = (document: ParsedDocument, from: number, node: unknown) => {
    if (!ranged(node)) return;
    const startLine = document.positions.positionAt(from).line;
    const endLine = lastLine(document, node.range[0], node.range[1]);
    if (endLine > startLine) out.push({ startLine, endLine });
  };
  const visit = (document: ParsedDocument, node: unknown, from: number | undefined) => {
    if (!ranged(node)) return;
    if (isCollection(node) || (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')))
      add(document, from ?? node.range[0], node);
    if (isMap(node)) for (const pair of node.items) visit(document, pair.value, ranged(pair.key) ? pair.key.range[0] : undefined);
    else if (isSeq(node)) for (const item of node.items) visit(document, isPair(item) ? item.value : item, undefined);
  };
  for (const document of file.documents) visit(document, document.yaml.contents, undefined);
  const lines = splitLines(file.text);
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && /^\s*#/.test(lines[j + 1]!) && /^\s*#/.test(lines[i]!)) j++;
    if (j > i) out.push({ startLine: i, endLine: j, kind: 'comment' });
    i = j;
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/**
 * The spans around a position, innermost first, for "expand selection": a name or value, its
 * `name: value` entry, the mapping or list holding it, and so on out to the whole document.
 */
export function selectionRanges(document: ParsedDocument, position: Position): Range[] {
  const offset = document.positions.offsetAt(position);
  const spans: Array<[number, number]> = [[document.yaml.range[0], document.yaml.range[1]]];
  const inside = (node: unknown): node is Ranged => ranged(node) && node.range[0] <= offset && offset <= node.range[1];
  let node: unknown = document.yaml.contents;
  while (inside(node)) {
    spans.push([node.range[0], node.range[1]]);
    if (isMap(node)) {
      const pair = node.items.find((p) => inside(p.key) || inside(p.value));
      if (!pair || !ranged(pair.key)) break;
      const end = ranged(pair.value) ? pair.value.range[1] : pair.key.range[1];
      spans.push([pair.key.range[0], end]);
      node = inside(pair.key) ? pair.key : pair.value;
    } else if (isSeq(node)) node = node.items.find((item) => inside(item));
    else break;
  }
  const out: Range[] = [];
  const seen = new Set<string>();
  for (const [start, end] of spans.reverse()) {
    // Trailing line breaks belong to no selection a person would want.
    let e = end;
    while (e > start && /\s/.test(document.positions.text[e - 1]!)) e--;
    const range = document.positions.range(start, e);
    const key = JSON.stringify(range);
    if (!seen.has(key)) out.push(range);
    seen.add(key);
  }
  return out;
}

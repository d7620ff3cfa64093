import { isMap, type Node } from 'yaml';
import type { Fix, Range } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parsed-document.js';

/** A value written as YAML: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain = /^[A-Za-z][A-Za-z0-9 _./-]*$/.test(value) && !/ $/.test(value) && !/^(true|false|null|~)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Replace the text in `range` by `newText`. */
export function replaceFix(title: string, range: Range, newText: string, preferred = true): Fix {
  return { title, edits: [{ range, newText }], preferred };
}

/**
 * Adds `name: placeholder` as the last property of the mapping at `parent`, at the indentation
 * of its other keys (or inside the braces of a flow mapping). Undefined when `parent` is not a
 * mapping in the source.
 */
export function insertPropertyFix(doc: ParsedDocument, parent: string, name: string, placeholder: string): Fix | undefined {
  const { node, found } = doc.nodeAt(parent);
  if (!found || !isMap(node) || !node.range) return undefined;
  const text = doc.positions.text;
  const entry = `${name}: ${placeholder}`;
  const title = `Add \`${name}\``;
  const last = node.items[node.items.length - 1];
  if (node.flow) {
    // Right after the last entry's value (or just inside an empty `{`), so spacing stays as written.
    const lastEnd = last ? ((last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1]) : undefined;
    const at = doc.positions.positionAt(lastEnd ?? node.range[0] + 1);
    return replaceFix(title, { start: at, end: at }, last ? `, ${entry}` : entry);
  }
  const first = node.items[0];
  if (!last || !first) return undefined;
  const indent = doc.positions.positionAt((first.key as Node).range?.[0] ?? node.range[0]).character;
  // After the last entry's text: back over trailing blank lines, then to the end of that line (past any comment).
  let end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1] ?? node.range[1];
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const eol = text.indexOf('\n', end);
  let at = eol < 0 ? text.length : eol;
  if (at > 0 && text[at - 1] === '\r') at--;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const position = doc.positions.positionAt(at);
  return replaceFix(title, { start: position, end: position }, `${newline}${' '.repeat(indent)}${entry}`);
}

import type { Range } from '../diagnostics/diagnostic.js';
import { formatPointer, valueAt } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { itemNoun } from '../workspace/references.js';
import type { Workspace } from '../workspace/workspace.js';
import { isRecord } from '../model/is-record.js';

/** One entry of a file's outline: a document, or an item with an id inside one (arrangement, lot, tier, outcome...). */
export interface OutlineSymbol {
  name: string;
  /** What it is: the document's kind, or the item's noun (`lot`, `tier`, `outcome`). */
  kind: string;
  /** The id, beside the name. */
  detail: string;
  /** The whole document or item. */
  range: Range;
  /** Its id (what a click selects). */
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** A document in the workspace, for a workspace-wide symbol search. */
export interface WorkspaceSymbolEntry {
  name: string;
  kind: string;
  /** The document's name (by which people know it), beside its id. */
  container: string;
  uri: string;
  range: Range;
}

/** Lists of items with ids below `value`, added to `out` as outline entries nested the way the document nests them. */
function itemsBelow(
  document: ParsedDocument,
  value: unknown,
  segments: Array<string | number>,
  out: OutlineSymbol[] = [],
): OutlineSymbol[] {
  if (!isRecord(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    if (Array.isArray(child)) {
      child.forEach((item, i) => {
        const path = [...segments, key, i];
        if (isRecord(item) && typeof item.id === 'string') {
          const pointer = formatPointer(path);
          out.push({
            name: typeof item.name === 'string' ? item.name : item.id,
            kind: itemNoun(key),
            detail: item.id,
            range: document.rangeOf(pointer, 'value'),
            selectionRange: document.rangeOf(`${pointer}/id`, 'value'),
            children: itemsBelow(document, item, path),
          });
        } else itemsBelow(document, item, path, out);
      });
    } else itemsBelow(document, child, [...segments, key], out);
  }
  return out;
}

/** The outline of a file: each document, with its arrangements, lots, tiers, outcomes and other items with ids. */
export function documentSymbols(workspace: Workspace, uri: string): OutlineSymbol[] {
  return (workspace.file(uri)?.documents ?? []).map((document) => {
    const name = valueAt(document.value, '/metadata/name');
    return {
      name: typeof name === 'string' ? name : (document.id ?? document.kind ?? 'Document'),
      kind: document.kind ?? 'Document',
      detail: document.id ?? '',
      range: document.range,
      selectionRange: document.id === undefined ? document.startLine() : document.rangeOf('/metadata/id', 'value'),
      children: itemsBelow(document, valueAt(document.value, '/spec'), ['spec']),
    };
  });
}

/** Every document of the workspace whose id or name contains the query (case-insensitive). */
export function workspaceSymbols(workspace: Workspace, query: string): WorkspaceSymbolEntry[] {
  const wanted = query.toLowerCase();
  const out: WorkspaceSymbolEntry[] = [];
  for (const document of workspace.documents()) {
    if (document.id === undefined) continue;
    const name = valueAt(document.value, '/metadata/name');
    const container = typeof name === 'string' ? name : '';
    if (!document.id.toLowerCase().includes(wanted) && !container.toLowerCase().includes(wanted)) continue;
    out.push({
      name: document.id,
      kind: document.kind ?? 'Document',
      container,
      uri: document.uri,
      range: document.rangeOf('/metadata/id', 'value'),
    });
  }
  return out;
}

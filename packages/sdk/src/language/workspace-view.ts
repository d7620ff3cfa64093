import type { Kind } from '@nof/schemas';
import type { Position } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { DocumentLookup } from '../rules/rule.js';
import type { Workspace } from '../workspace/workspace.js';

/** Lookups over a workspace's current documents for editor features (nothing is recorded). */
export function lookupOf(workspace: Workspace): DocumentLookup {
  const all = (kind: Kind) => workspace.documents().filter((d) => d.kind === kind);
  return {
    get: (kind, id) => all(kind).find((d) => d.id === id),
    getAll: (kind, id) => all(kind).filter((d) => d.id === id),
    all,
  };
}

/** The document of a file that holds a position: the last one starting at or before its line. */
export function documentAt(workspace: Workspace, uri: string, position: Position): ParsedDocument | undefined {
  const documents = workspace.file(uri)?.documents ?? [];
  return documents.filter((d) => d.range.start.line <= position.line).pop() ?? documents[0];
}

/** `file:///work/x/consortia/white-rose.yaml` → `consortia/white-rose.yaml`: enough to recognise a file. */
export function shortFileName(uri: string): string {
  return decodeURIComponent(uri).split('/').slice(-2).join('/');
}

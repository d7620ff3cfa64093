import type { Kind } from '@nof/schemas';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { TypedDocument } from '../model/documents.js';
import type { DocumentLookup, RuleDocument, WorkspaceLookup } from '../rules/rule.js';

/** The dependency key of one document id (`Consortium|white-rose`) or of a whole kind (`Consortium|*`). */
export function idKey(kind: string, id: string): string {
  return `${kind}|${id}`;
}
export function kindKey(kind: string): string {
  return `${kind}|*`;
}

/** The keys a change to this document touches: its own id and its kind. */
export function keysOf(document: ParsedDocument): string[] {
  if (document.kind === undefined) return [];
  return document.id === undefined ? [kindKey(document.kind)] : [idKey(document.kind, document.id), kindKey(document.kind)];
}

/**
 * Documents of the workspace by kind and by kind and id, in the order they were added (parsed
 * documents in an editor's workspace; detached ones in a batch run). Every document is indexed,
 * so navigation finds a file with errors too; the lookups rules get hand out only the documents
 * added as checkable.
 */
export class DocumentIndex<D extends RuleDocument = ParsedDocument> {
  private readonly byId = new Map<string, D[]>();
  private readonly byKind = new Map<string, D[]>();
  private readonly checkable = new WeakSet<D>();

  /** Indexes a document; `checkable` when it was read without YAML errors and is valid against its schema. */
  add(document: D, checkable: boolean): void {
    if (document.kind === undefined) return;
    push(this.byKind, document.kind, document);
    if (document.id !== undefined) push(this.byId, idKey(document.kind, document.id), document);
    if (checkable) this.checkable.add(document);
    else this.checkable.delete(document);
  }

  remove(document: D): void {
    if (document.kind === undefined) return;
    pull(this.byKind, document.kind, document);
    if (document.id !== undefined) pull(this.byId, idKey(document.kind, document.id), document);
  }

  getAll(kind: string, id: string): D[] {
    return this.byId.get(idKey(kind, id)) ?? [];
  }

  all(kind: string): D[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * The lookup rules get: checkable documents only, typed. It writes down in `into` every key it
   * was asked about (found or not: a missing id that appears later, or a broken document that is
   * mended, must trigger a recheck too).
   */
  lookup(into?: Set<string>): WorkspaceLookup {
    // The index holds a document as checkable only when it is valid against the schema of its kind
    // and apiVersion, which is what TypedDocument promises; its kind is the one it is filed under.
    const checked = <K extends Kind>(documents: D[]) => documents.filter((d) => this.checkable.has(d)) as unknown as TypedDocument<K>[];
    return {
      get: <K extends Kind>(kind: K, id: string) => {
        into?.add(idKey(kind, id));
        return checked<K>(this.getAll(kind, id))[0];
      },
      getAll: <K extends Kind>(kind: K, id: string) => {
        into?.add(idKey(kind, id));
        return checked<K>(this.getAll(kind, id));
      },
      all: <K extends Kind>(kind: K) => {
        into?.add(kindKey(kind));
        return checked<K>(this.all(kind));
      },
      hasErrors: (kind: Kind, id: string) => {
        into?.add(idKey(kind, id));
        return this.getAll(kind, id).some((d) => !this.checkable.has(d));
      },
    };
  }

  /** Every document, whatever its state, for navigation (go to definition, find references); records nothing. */
  everyDocument(): DocumentLookup {
    return {
      get: (kind: Kind, id: string) => this.getAll(kind, id)[0],
      getAll: (kind: Kind, id: string) => [...this.getAll(kind, id)],
      all: (kind: Kind) => [...this.all(kind)],
    };
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function pull<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key)?.filter((x) => x !== item);
  if (list?.length) map.set(key, list);
  else map.delete(key);
}

import type { Kind } from '@nof/schemas';
import type { AnnotationIndex, RefScope } from '../model/annotations.js';
import type { NofDocument } from '../model/documents.js';
import { formatPointer, parsePointer, valueAt } from '../parse/json-pointer.js';
import type { DocumentLookup, RuleDocument, WorkspaceLookup } from '../rules/rule.js';
import { isRecord } from '../model/is-record.js';

/** A value in a document that names another document, or an item inside one. */
export interface Reference {
  /** Where the reference is written. */
  pointer: string;
  /** The id written (a number for keys such as a need level). */
  value: string | number;
  /** The kind of document it points into. */
  kind: Kind;
  /** The id of the document it points into; undefined when the document is not named. */
  documentId: string | undefined;
  /** For an id inside another document: where in it to look. */
  scope?: RefScope;
  /** The ids of the enclosing items (`parents`), in collection order; undefined where not given. */
  parentIds: Array<string | undefined>;
}

/** Where a reference leads. */
export type Resolution =
  | { status: 'resolved'; document: RuleDocument; pointer: string }
  /** `candidates`: what could have been meant; `container`: what was searched, for messages. */
  | { status: 'unresolved'; candidates: Array<string | number>; container: string }
  /** Not checked, because what encloses it (the document or a parent item) is already missing. */
  | { status: 'skipped' }
  /** Not checked, because the document it points into has YAML or schema errors (rules' lookups leave it out). */
  | { status: 'target-has-errors' };

/** `arrangements/lots` → `['arrangements', 'lots']`. */
function segmentsOf(collection: string): string[] {
  return collection.split('/').filter(Boolean);
}

/**
 * The value a `via` or `parents` entry stands for, seen from the reference at `pointer`: a
 * relative JSON pointer (`1/consortium`: up one level from the reference, then `consortium`),
 * or an absolute one (`/spec/framework`).
 */
function lookUpFrom(root: unknown, pointer: string, name: string): unknown {
  const relative = /^(0|[1-9][0-9]*)(\/.*)?$/.exec(name);
  if (!relative) return valueAt(root, name);
  const ancestors = parsePointer(pointer);
  const up = Number(relative[1]);
  if (up > ancestors.length) return undefined;
  let holder = root;
  for (const segment of ancestors.slice(0, ancestors.length - up)) {
    if (holder === null || typeof holder !== 'object') return undefined;
    holder = (holder as Record<string, unknown>)[segment];
  }
  return valueAt(holder, relative[2] ?? '');
}

/** The references found in each document value, by annotation index: every rule on references asks for them. */
const found = new WeakMap<AnnotationIndex, WeakMap<object, readonly Reference[]>>();

/** Every reference a document makes, found through its schema's `x-ref-kind` and `x-ref-scope` (once per document value). */
export function referencesIn(document: RuleDocument, annotations: AnnotationIndex): readonly Reference[] {
  const value = document.value;
  if (!isRecord(value)) return [];
  let byValue = found.get(annotations);
  if (!byValue) {
    byValue = new WeakMap();
    found.set(annotations, byValue);
  }
  let references = byValue.get(value);
  if (!references) {
    references = findReferences(document, annotations);
    byValue.set(value, references);
  }
  return references;
}

function findReferences(document: RuleDocument, annotations: AnnotationIndex): Reference[] {
  const out: Reference[] = [];
  for (const { pointer, value, annotations: a } of annotations.annotatedValues(document.value)) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (a.refKind) out.push({ pointer, value, kind: a.refKind, documentId: String(value), parentIds: [] });
    else if (a.refScope) {
      const scope = a.refScope;
      const named = lookUpFrom(document.value, pointer, scope.via);
      const parentIds = (scope.parents ?? []).map((p) => {
        const id = lookUpFrom(document.value, pointer, p);
        return typeof id === 'string' ? id : undefined;
      });
      out.push({ pointer, value, kind: scope.kind, documentId: typeof named === 'string' ? named : undefined, scope, parentIds });
    }
  }
  return out;
}

/** `needDomains` → `need domain`, `arrangements` → `arrangement`: the item's name for messages. */
export function itemNoun(collectionSegment: string): string {
  return collectionSegment
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/s$/, '');
}

/** itemsAlong's answers by document value: a document many others point into is searched once per collection. */
const items = new WeakMap<object, Map<string, ReadonlyArray<{ pointer: string; item: unknown }> | undefined>>();

/** The items of every list along `segments` under `/spec`, each level narrowed to the given parent ids. */
function itemsAlong(
  target: RuleDocument,
  segments: string[],
  parentIds: Array<string | undefined>,
): ReadonlyArray<{ pointer: string; item: unknown }> | undefined {
  if (!isRecord(target.value)) return findItems(target, segments, parentIds);
  let byQuery = items.get(target.value);
  if (!byQuery) {
    byQuery = new Map();
    items.set(target.value, byQuery);
  }
  const query = JSON.stringify([segments, parentIds]);
  if (!byQuery.has(query)) byQuery.set(query, findItems(target, segments, parentIds));
  return byQuery.get(query);
}

function findItems(
  target: RuleDocument,
  segments: string[],
  parentIds: Array<string | undefined>,
): Array<{ pointer: string; item: unknown }> | undefined {
  let level: Array<{ pointer: string; item: unknown }> = [{ pointer: '/spec', item: valueAt(target.value, '/spec') }];
  for (const [depth, segment] of segments.entries()) {
    const next: typeof level = [];
    for (const { pointer, item } of level) {
      const list = isRecord(item) ? item[segment] : undefined;
      if (Array.isArray(list)) list.forEach((child, i) => next.push({ pointer: `${pointer}${formatPointer([segment, i])}`, item: child }));
    }
    const wanted = depth < segments.length - 1 ? parentIds[depth] : undefined;
    level = wanted === undefined ? next : next.filter(({ item }) => isRecord(item) && item.id === wanted);
    // The enclosing item is missing: its own reference says so, this one would only echo it.
    if (wanted !== undefined && level.length === 0) return undefined;
  }
  return level;
}

/**
 * Follows a reference through the workspace (each lookup is recorded as a dependency). With a
 * rule's lookup, which leaves out documents with errors, a reference into one is `target-has-errors`.
 */
export function resolve(reference: Reference, lookup: DocumentLookup & Partial<Pick<WorkspaceLookup, 'hasErrors'>>): Resolution {
  if (reference.documentId === undefined) return { status: 'skipped' };
  const target = lookup.get(reference.kind, reference.documentId);
  if (!target && lookup.hasErrors?.(reference.kind, reference.documentId)) return { status: 'target-has-errors' };
  if (!reference.scope) {
    if (target) return { status: 'resolved', document: target, pointer: '/metadata/id' };
    const candidates = lookup
      .all(reference.kind)
      .map((d) => d.id)
      .filter((id): id is string => id !== undefined);
    return { status: 'unresolved', candidates, container: 'the workspace' };
  }
  if (!target) return { status: 'skipped' };
  const segments = segmentsOf(reference.scope.collection);
  const key = reference.scope.key ?? 'id';
  const items = itemsAlong(target, segments, reference.parentIds);
  if (!items) return { status: 'skipped' };
  const found = items.find(({ item }) => isRecord(item) && item[key] === reference.value);
  if (found) return { status: 'resolved', document: target, pointer: `${found.pointer}${formatPointer([key])}` };
  const candidates = items
    .map(({ item }) => (isRecord(item) ? item[key] : undefined))
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  const document = `${reference.kind} "${reference.documentId}"`;
  // Name the innermost enclosing item the search was narrowed to: `arrangement "ifa-2015" of Consortium "white-rose"`.
  const depth = reference.parentIds.findLastIndex((id, i) => id !== undefined && i < segments.length - 1);
  const container = depth < 0 ? document : `${itemNoun(segments[depth]!)} "${reference.parentIds[depth]}" of ${document}`;
  return { status: 'unresolved', candidates, container };
}

/**
 * True when {@link resolve} would say `target-has-errors`, found without following the reference
 * into its document: the rule that asks it of every reference spent a tenth of a batch's rule time following them.
 */
export function targetHasErrors(reference: Reference, lookup: WorkspaceLookup): boolean {
  const id = reference.documentId;
  return id !== undefined && !lookup.get(reference.kind, id) && lookup.hasErrors(reference.kind, id);
}

/** The ids a document declares for others to point at: its own id and the items of every scoped collection. */
export function declarationsIn(document: RuleDocument, annotations: AnnotationIndex): string[] {
  const out = document.id === undefined ? [] : ['/metadata/id'];
  for (const scope of annotations.scopes()) {
    if (scope.kind !== document.kind) continue;
    const key = scope.key ?? 'id';
    for (const { pointer, item } of itemsAlong(document, segmentsOf(scope.collection), []) ?? []) {
      if (isRecord(item) && item[key] !== undefined) out.push(`${pointer}${formatPointer([key])}`);
    }
  }
  return [...new Set(out)];
}

/**
 * A reference field of a document and what it names, for code that reads documents rather than
 * editing them (no positions). `status` says whether the target was found:
 * - `resolved`: `document` is the checkable document named (or holding the item named), typed;
 * - `missing`: the workspace has no such document, or the document no such item;
 * - `target-has-errors`: the document named has YAML or schema errors, so it is not handed out
 *   (its own diagnostics say what is wrong);
 * - `not-named`: the reference cannot be followed because what encloses it is not given or not
 *   found (a lot whose arrangement is missing, an arrangement on a spot purchase).
 */
export type ResolvedReference = {
  /** Where the reference is written in the referring document, e.g. `/spec/route/arrangement`. */
  pointer: string;
  /** The id written there (a number for keys such as a need level). */
  id: string | number;
  /** The kind of document it names, or points into. */
  kind: Kind;
} & (
  | {
      status: 'resolved';
      /** The document named, or the one holding the item named. */
      document: NofDocument;
      /** Where the named thing is in `document`: `''` for the document itself, `/spec/arrangements/2` for an item. */
      targetPointer: string;
      /** The named thing's value: the document's, or the item's (an arrangement, a lot, an outcome...). */
      target: unknown;
      /** Its `name`: the item's, or the document's `metadata.name`; undefined when it has none. */
      name: string | undefined;
    }
  | { status: 'missing' | 'target-has-errors' | 'not-named' }
);

/** Follows one reference for a reader: a rule's lookup (checkable documents only) gives typed targets. */
export function resolveForReader(reference: Reference, lookup: WorkspaceLookup): ResolvedReference {
  const site = { pointer: reference.pointer, id: reference.value, kind: reference.kind };
  const resolution = resolve(reference, lookup);
  if (resolution.status === 'unresolved') return { ...site, status: 'missing' };
  if (resolution.status === 'skipped') return { ...site, status: 'not-named' };
  if (resolution.status === 'target-has-errors') return { ...site, status: 'target-has-errors' };
  // The key's pointer (`/metadata/id`, `/spec/arrangements/2/id`) less its last segment is the thing named.
  const targetPointer = reference.scope ? formatPointer(parsePointer(resolution.pointer).slice(0, -1)) : '';
  const target = valueAt(resolution.document.value, targetPointer);
  const own = isRecord(target) ? target.name : undefined;
  const metadata = isRecord(target) ? target.metadata : undefined;
  const name = reference.scope ? own : isRecord(metadata) ? metadata.name : undefined;
  return {
    ...site,
    status: 'resolved',
    // A rule's lookup hands out only checkable documents, typed.
    document: resolution.document as NofDocument,
    targetPointer,
    target,
    name: typeof name === 'string' ? name : undefined,
  };
}

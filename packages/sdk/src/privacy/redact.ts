import { AnnotationIndex } from '../model/annotations.js';
import { parsePointer } from '../parse/json-pointer.js';

/**
 * A document with its personal data taken out. `V` is the document's value type: the schemas
 * never require a personal-data field (a test holds them to it), so the copy keeps its type.
 */
export interface Redaction<V = unknown> {
  /** A copy of the document's value without the fields marked `x-personal-data`. */
  value: V;
  /** JSON pointers of the fields removed, in document order. */
  removed: string[];
}

let shared: AnnotationIndex | undefined;

/** The pointers of the personal-data fields present in a document (outermost only). */
export function personalDataPointers(value: unknown, annotations?: AnnotationIndex): string[] {
  if (!annotations) {
    shared ??= new AnnotationIndex();
    annotations = shared;
  }
  const found = annotations.annotatedValues(value).filter((a) => a.annotations.personalData && a.value !== undefined && a.value !== null);
  // A personal field inside another is removed with it.
  return found.map((a) => a.pointer).filter((p, _, all) => !all.some((outer) => outer !== p && p.startsWith(`${outer}/`)));
}

/**
 * Removes every field that its schema marks `x-personal-data: true` (driven by the schemas, so
 * a field marked tomorrow is removed tomorrow). The document itself is left untouched. A
 * personal item of a list is taken out of the list.
 */
export function redact<D extends { value: unknown }>(document: D, annotations?: AnnotationIndex): Redaction<D['value']> {
  const removed = personalDataPointers(document.value, annotations);
  const value = structuredClone(document.value);
  // Last first, so that taking an item out of a list does not shift the ones still to go.
  for (const pointer of [...removed].reverse()) {
    const segments = parsePointer(pointer);
    const last = segments.pop()!;
    let parent: unknown = value;
    for (const s of segments) parent = (parent as Record<string, unknown>)[s];
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, unknown>)[last];
  }
  return { value, removed };
}

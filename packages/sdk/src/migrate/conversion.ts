import type { Kind } from '@nof/schemas';
import type { DocumentChanges } from './yaml-edits.js';

/**
 * One declared step between API versions for one kind, like a Kubernetes API conversion. The
 * function records changes on a schema-valid document of `from` (the engine itself sets
 * `apiVersion` and the schema addresses); the result must be a valid document of `to`. Where
 * the step needs a human choice it calls `decision` instead of guessing.
 */
export interface Conversion {
  kind: Kind;
  from: string;
  to: string;
  convert(changes: DocumentChanges): void;
}

/** Reads an object's property without trusting the shape beyond "maybe an object". */
export function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

/** A list, or empty when absent. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

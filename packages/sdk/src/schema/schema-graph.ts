import type { JsonSchema } from '@nof/schemas';
import { isRecord } from '../model/is-record.js';
import { formatPointer, parsePointer } from '../parse/json-pointer.js';

/** Where a schema object sits: the `$id` of its file and its JSON pointer inside that file. */
export interface SchemaLocation {
  baseId: string;
  pointer: string;
}

/** A schema object (not a boolean schema or a list). */
export function isSchemaObject(value: unknown): value is JsonSchema {
  return isRecord(value);
}

/**
 * Every schema file by `$id`, with the location of each schema object in them, so that
 * relative `$ref`s resolve locally and an ajv error's `parentSchema` (the very object from
 * the file: ajv does not copy schemas) can be traced back to an absolute location.
 */
export class SchemaGraph {
  private readonly byId = new Map<string, JsonSchema>();
  private readonly locations = new WeakMap<object, SchemaLocation>();
  /**
   * Resolved `$ref`s by the schema they are written in: walking a document alongside its schema
   * resolves the same few refs at every value, and parsing a URL each time cost half the walk.
   * Emptied when a file is added (a ref that did not resolve may now).
   */
  private resolved = new WeakMap<JsonSchema, Map<string, JsonSchema | undefined>>();

  /** Adds a schema file under its `$id`. */
  add(id: string, schema: JsonSchema): void {
    this.byId.set(id, schema);
    this.record(schema, id, []);
    this.resolved = new WeakMap();
  }

  /** The location of a schema object taken from one of the files, if it is one. */
  locate(schema: unknown): SchemaLocation | undefined {
    return isSchemaObject(schema) ? this.locations.get(schema) : undefined;
  }

  /** The schema a `$ref` written inside `from` points at. */
  resolve(ref: string, from: JsonSchema): JsonSchema | undefined {
    let refs = this.resolved.get(from);
    if (!refs) {
      refs = new Map();
      this.resolved.set(from, refs);
    }
    if (!refs.has(ref)) refs.set(ref, this.lookUp(ref, from));
    return refs.get(ref);
  }

  private lookUp(ref: string, from: JsonSchema): JsonSchema | undefined {
    const base = this.locations.get(from)?.baseId ?? 'nof:/';
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return undefined;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    let target: unknown = this.byId.get(url.href);
    for (const segment of parsePointer(fragment)) {
      target = isSchemaObject(target) || Array.isArray(target) ? (target as Record<string, unknown>)[segment] : undefined;
    }
    return isSchemaObject(target) ? target : undefined;
  }

  private record(node: unknown, baseId: string, path: Array<string | number>): void {
    if (Array.isArray(node)) {
      node.forEach((item, i) => this.record(item, baseId, [...path, i]));
    } else if (isSchemaObject(node)) {
      // Keep the first location: a shared object reached twice is still one place in the file.
      if (!this.locations.has(node)) this.locations.set(node, { baseId, pointer: formatPointer(path) });
      for (const [key, child] of Object.entries(node)) {
        // Values of these keywords are data, not schemas.
        if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default') this.record(child, baseId, [...path, key]);
      }
    }
  }
}

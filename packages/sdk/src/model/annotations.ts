import type { JsonSchema, Kind } from '@nof/schemas';
import { formatPointer } from '../parse/json-pointer.js';
import { SchemaRegistry } from '../schema/registry.js';
import { applicable, memberSchema } from '../schema/schema-at.js';

/**
 * Where an id inside another document lives (schemas/README.md, `x-ref-scope`): in the
 * document of `kind` whose id is at `via` (a relative JSON pointer from the referencing value,
 * `1/consortium`, or an absolute one), in the nested lists `collection` under its `spec`
 * (`arrangements/lots`: every lot of every arrangement), matched on `key` (default `id`).
 * `parents` point (like `via`) at the ids of the enclosing items: the arrangement a lot is in.
 */
export interface RefScope {
  kind: Kind;
  via: string;
  collection: string;
  parents?: string[];
  key?: string;
}

/** The NOF annotations that apply to one value. */
export interface Annotations {
  refKind?: Kind;
  refScope?: RefScope;
  codelist?: string;
  personalData?: boolean;
  /** The value's schema is `deprecated` (2020-12), with the replacement property `x-deprecated-by` names, if any. */
  deprecated?: { by?: string };
}

/** A value in a document that carries annotations. */
export interface AnnotatedValue {
  pointer: string;
  value: unknown;
  annotations: Annotations;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function annotationsOf(schemas: JsonSchema[]): Annotations {
  const found: Annotations = {};
  for (const schema of schemas) {
    if (typeof schema['x-ref-kind'] === 'string') found.refKind ??= schema['x-ref-kind'] as Kind;
    if (isObject(schema['x-ref-scope'])) found.refScope ??= schema['x-ref-scope'] as unknown as RefScope;
    if (typeof schema['x-codelist'] === 'string') found.codelist ??= schema['x-codelist'];
    if (schema['x-personal-data'] === true) found.personalData = true;
    const by = schema['x-deprecated-by'];
    if (schema.deprecated === true || typeof by === 'string') found.deprecated = { ...found.deprecated, ...(typeof by === 'string' ? { by } : {}) };
  }
  return found;
}

/**
 * Finds the values of a document that carry NOF annotations by walking the document alongside
 * its kind schema (with the schema stage's `applicable` and `memberSchema`, so `$ref`s, `allOf`
 * and the `oneOf` branch a value aims at are followed as hover and validation follow them). The result is kept per document
 * value: a document that did not change is never walked again.
 */
export class AnnotationIndex {
  private readonly walked = new WeakMap<object, AnnotatedValue[]>();
  private scopeList: RefScope[] | undefined;

  constructor(readonly registry: SchemaRegistry = SchemaRegistry.forDir()) {}

  /** Every `x-ref-scope` in the schemas: the collections other documents point into. */
  scopes(): RefScope[] {
    if (this.scopeList) return this.scopeList;
    const out = new Map<string, RefScope>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (isObject(node)) {
        const scope = node['x-ref-scope'];
        if (isObject(scope)) out.set(`${scope.kind}|${scope.collection}|${scope.key}`, scope as unknown as RefScope);
        Object.values(node).forEach(visit);
      }
    };
    this.registry.files.forEach((f) => visit(f.schema));
    this.scopeList = [...out.values()];
    return this.scopeList;
  }

  /** Every annotated value of a document (`apiVersion` and `kind` at its root), in document order. */
  annotatedValues(value: unknown): AnnotatedValue[] {
    if (!isObject(value)) return [];
    const cached = this.walked.get(value);
    if (cached) return cached;
    const { apiVersion, kind } = value;
    const root = typeof apiVersion === 'string' && typeof kind === 'string' ? this.registry.getSchemaFor(apiVersion, kind) : undefined;
    const out: AnnotatedValue[] = [];
    if (root) this.walk(applicable(root, value, this.registry.graph), value, '', out);
    this.walked.set(value, out);
    return out;
  }

  /** `schemas`: every schema that applies to `value`, worked out from its parent's (one step, not from the root). */
  private walk(schemas: JsonSchema[], value: unknown, pointer: string, out: AnnotatedValue[]): void {
    const annotations = annotationsOf(schemas);
    if (Object.keys(annotations).length) out.push({ pointer, value, annotations });
    const members: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : isObject(value) ? Object.entries(value) : [];
    for (const [key, child] of members) {
      const member = memberSchema(schemas, key, Array.isArray(value));
      // A place the schema does not describe (an unknown property) has no annotations below it.
      if (member) this.walk(applicable(member, child, this.registry.graph), child, pointer + formatPointer([key]), out);
    }
  }
}

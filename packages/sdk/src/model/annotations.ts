import { readAnnotations, type JsonSchema, type RefScope, type SchemaAnnotations } from '@nof/schemas';
import { formatPointer } from '../parse/json-pointer.js';
import { SchemaRegistry } from '../schema/registry.js';
import { applicable, memberSchema } from '../schema/schema-at.js';
import { isRecord } from './is-record.js';

export type { RefScope };

/** The NOF annotations that apply to one value: those of every schema applying to it, the first of each kind. */
export type Annotations = SchemaAnnotations;

/** A value in a document that carries annotations. */
export interface AnnotatedValue {
  pointer: string;
  value: unknown;
  annotations: Annotations;
}

function annotationsOf(schemas: JsonSchema[]): Annotations {
  const found: Annotations = {};
  for (const schema of schemas) {
    const own = readAnnotations(schema);
    found.refKind ??= own.refKind;
    found.refScope ??= own.refScope;
    found.codelist ??= own.codelist;
    found.personalData ??= own.personalData;
    if (own.deprecated) found.deprecated = { ...found.deprecated, ...own.deprecated };
  }
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/**
 * Finds the values of a document that carry NOF annotations by walking the document alongside
 * its kind schema (with the schema stage's `applicable` and `memberSchema`, so `$ref`s, `allOf`
 * and the `oneOf` branch a value aims at are followed as hover and validation follow them). The result is kept per document
 * value: a document that did not change is never walked again.
 */
export class AnnotationIndex {
  private readonly walked = new WeakMap<object, AnnotatedValue[]>();
  private readonly expanded = new WeakMap<JsonSchema, JsonSchema[]>();
  private readonly found = new WeakMap<JsonSchema[], Annotations | undefined>();
  private scopeList: RefScope[] | undefined;

  constructor(readonly registry: SchemaRegistry = SchemaRegistry.shipped()) {}

  /** Every `x-ref-scope` in the schemas: the collections other documents point into. */
  scopes(): RefScope[] {
    if (this.scopeList) return this.scopeList;
    const out = new Map<string, RefScope>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (isRecord(node)) {
        const scope = readAnnotations(node).refScope;
        if (scope) out.set(`${scope.kind}|${scope.collection}|${scope.key}`, scope);
        Object.values(node).forEach(visit);
      }
    };
    this.registry.files.forEach((f) => visit(f.schema));
    this.scopeList = [...out.values()];
    return this.scopeList;
  }

  /** Every annotated value of a document (`apiVersion` and `kind` at its root), in document order. */
  annotatedValues(value: unknown): AnnotatedValue[] {
    if (!isRecord(value)) return [];
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
    const annotations = this.annotationsOf(schemas);
    if (annotations) out.push({ pointer, value, annotations });
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) this.member(schemas, String(i), true, value[i], pointer, out);
    } else if (isRecord(value)) {
      for (const key in value) if (Object.hasOwn(value, key)) this.member(schemas, key, false, value[key], pointer, out);
    }
  }

  private member(schemas: JsonSchema[], key: string, isIndex: boolean, child: unknown, pointer: string, out: AnnotatedValue[]): void {
    const member = memberSchema(schemas, key, isIndex);
    // A place the schema does not describe (an unknown property) has no annotations below it.
    if (!member) return;
    const applying = this.applicable(member, child);
    // Most members are plain values without annotations: they need no pointer of their own.
    if (child !== null && typeof child === 'object') this.walk(applying, child, pointer + formatPointer([key]), out);
    else {
      const annotations = this.annotationsOf(applying);
      if (annotations) out.push({ pointer: pointer + formatPointer([key]), value: child, annotations });
    }
  }

  /**
   * `applicable`, remembered for schemas whose expansion has no `oneOf`/`anyOf` (the only part that
   * depends on the value): a large document asks for the same few schemas thousands of times.
   */
  private applicable(schema: JsonSchema, value: unknown): JsonSchema[] {
    const known = this.expanded.get(schema);
    if (known) return known;
    const schemas = applicable(schema, value, this.registry.graph);
    if (!schemas.some((s) => Array.isArray(s.oneOf) || Array.isArray(s.anyOf))) this.expanded.set(schema, schemas);
    return schemas;
  }

  /** The annotations of a list of applying schemas (remembered for remembered lists); undefined when there are none. */
  private annotationsOf(schemas: JsonSchema[]): Annotations | undefined {
    if (this.found.has(schemas)) return this.found.get(schemas);
    const annotations = annotationsOf(schemas);
    const result = Object.keys(annotations).length ? annotations : undefined;
    this.found.set(schemas, result);
    return result;
  }
}

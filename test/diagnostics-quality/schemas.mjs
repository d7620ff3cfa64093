/**
 * What the corpus generator needs to know of the NOF schemas, read from schemas/v1 on its own
 * (not through the SDK it measures): which properties an object allows and requires, and what
 * a value must be. Where a `oneOf`/`anyOf` leaves the applying branch open, the place is
 * reported as ambiguous and the generator plants nothing there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ schema: Record<string, any>, base: string }} Located A schema object and the `$id` its refs resolve against. */
/** @typedef {{ schemas: Located[], ambiguous: boolean, branched: boolean }} Applying `branched`: a oneOf/anyOf branch was picked by the value, so another value may pick another */

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

export class Schemas {
  /** @param {string} dir a folder of `*.schema.json` files with `$id`s */
  constructor(dir) {
    /** @type {Map<string, Record<string, any>>} */
    this.byId = new Map();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
      const schema = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      this.byId.set(schema.$id, schema);
    }
  }

  /** @returns {Located | undefined} the schema of a kind (the file whose `kind` is that const) */
  forKind(kind) {
    for (const [base, schema] of this.byId) if (schema.properties?.kind?.const === kind) return { schema, base };
    return undefined;
  }

  /** @param {Located} at @returns {Located | undefined} */
  resolve(at) {
    const url = new URL(at.schema.$ref, at.base);
    const base = url.href.replace(/#.*$/, '');
    let schema = this.byId.get(base);
    for (const segment of decodeURIComponent(url.hash.slice(1)).split('/').slice(1))
      schema = schema?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    return isObject(schema) ? { schema, base } : undefined;
  }

  /**
   * Every schema that applies to `value` at `at`: `$ref` targets, `allOf` members, the `then` of
   * an `if` the value meets, and the one `oneOf`/`anyOf` branch the value's fixed properties or
   * type pick out.
   * @param {Located} at @param {unknown} value @returns {Applying}
   */
  applying(at, value) {
    /** @type {Applying} */
    const out = { schemas: [], ambiguous: false, branched: false };
    const visit = (/** @type {Located} */ s) => {
      if (!isObject(s.schema) || out.schemas.some((o) => o.schema === s.schema)) return;
      out.schemas.push(s);
      if (typeof s.schema.$ref === 'string') {
        const target = this.resolve(s);
        if (target) visit(target);
      }
      for (const member of s.schema.allOf ?? []) visit({ schema: member, base: s.base });
      if (isObject(s.schema.if) && meets(this, { schema: s.schema.if, base: s.base }, value) && isObject(s.schema.then))
        visit({ schema: s.schema.then, base: s.base });
      for (const keyword of ['oneOf', 'anyOf']) {
        if (!Array.isArray(s.schema[keyword])) continue;
        const fitting = s.schema[keyword].map((b) => ({ schema: b, base: s.base })).filter((b) => meets(this, b, value));
        if (fitting.length === 1) visit(fitting[0]);
        else out.ambiguous = true;
        out.branched = true;
      }
    };
    visit(at);
    return out;
  }

  /** @param {Located[]} schemas @returns {{ properties: Map<string, Located[]>, required: Set<string>, closed: boolean }} */
  objectShape(schemas) {
    const properties = new Map();
    const required = new Set();
    let closed = false;
    let open = false;
    for (const { schema, base } of schemas) {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (!properties.has(name)) properties.set(name, []);
        if (isObject(property)) properties.get(name).push({ schema: property, base });
      }
      for (const name of schema.required ?? []) required.add(name);
      if (schema.additionalProperties === false || schema.unevaluatedProperties === false) closed = true;
      if (schema.patternProperties || isObject(schema.additionalProperties)) open = true;
    }
    return { properties, required, closed: closed && !open };
  }

  /** @param {Located[]} schemas the leaf's type, enum, pattern and format, where its schemas state them */
  leaf(schemas) {
    const pick = (keyword) => schemas.map((s) => s.schema[keyword]).find((v) => v !== undefined);
    return { type: pick('type'), enum: pick('enum'), const: pick('const'), pattern: pick('pattern'), format: pick('format') };
  }
}

/**
 * Whether a value evidently meets a branch: the fixed values (`const`, `enum`) and types the
 * branch states for the value and its properties, and the properties it requires. Enough to
 * tell the NOF schemas' branches apart, not a validator.
 */
function meets(schemas, at, value) {
  const applying = [at];
  for (let s = at; typeof s.schema.$ref === 'string'; ) {
    const target = schemas.resolve(s);
    if (!target) break;
    applying.push(target);
    s = target;
  }
  for (const { schema, base } of applying) {
    if (!fitsType(schema.type, value)) return false;
    if ('const' in schema && schema.const !== value) return false;
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
    if (!isObject(value)) continue;
    for (const name of schema.required ?? []) if (!(name in value)) return false;
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      if (name in value && isObject(property) && !meets(schemas, { schema: property, base }, value[name])) return false;
  }
  return true;
}

function fitsType(type, value) {
  if (type === undefined) return true;
  const types = Array.isArray(type) ? type : [type];
  const actual =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? 'integer'
            : 'number'
          : typeof value;
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

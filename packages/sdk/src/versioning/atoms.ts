import type { JsonSchema } from '@nof/schemas';
import { isSchemaObject } from '../schema/schema-graph.js';
import { canonical } from './assertions.js';
import type { SchemaSet } from './schema-set.js';

/**
 * What a schema accepts, as a union of atoms: each atom one JSON type with the constraints that
 * apply to it (`anyOf [string, integer]` is two atoms; `type: string, maxLength: 5` one). This is
 * the form in which `nof schema diff` compares unions (`anyOf`, `oneOf`, a `type` list, an `enum`
 * split into consts) by what they accept rather than by how they are written.
 *
 * Keywords it cannot reason about are kept as opaque constraints, which only the same constraint
 * satisfies. Where a reading cannot be exact it errs one way: read `over`, a schema may accept
 * more than it does (a `oneOf` read as `anyOf`), read `under`, less (an overlapping `oneOf` kept
 * opaque). A proof that an `over` reading is inside an `under` one is a proof about the schemas.
 */

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';
export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

export type Mode = 'over' | 'under';

/** A subschema as written, with the side whose files resolve its `$ref`s. */
export interface Sub {
  node: JsonSchema | boolean;
  side: SchemaSet;
}

export interface Bound {
  n: number;
  exclusive: boolean;
}

/** The values of one JSON type that a schema accepts, as constraints. */
export interface Atom {
  type: JsonType;
  /** A finite set of values (from `enum`/`const`), when the schema names them. */
  values?: unknown[];
  lower?: Bound;
  upper?: Bound;
  multipleOf: number[];
  minLength: number;
  maxLength?: number;
  patterns: string[];
  formats: string[];
  minItems: number;
  maxItems?: number;
  unique: boolean;
  /** Schemas every item must meet (all of them). */
  items: Sub[];
  properties: Map<string, Sub[]>;
  required: Set<string>;
  /** Schemas every property not named in `properties` must meet. */
  additional: Sub[];
  minProperties: number;
  maxProperties?: number;
  dependentRequired: Map<string, Set<string>>;
  /** Constraints kept as written (`keyword:value`), which only the same constraint satisfies. */
  opaque: string[];
}

/** Keywords read into atoms, or that say nothing about which values are valid. */
const UNDERSTOOD = new Set([
  ...['type', 'enum', 'const', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  ...['minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'items'],
  ...['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'dependentRequired'],
  ...['$ref', 'allOf', 'anyOf', 'oneOf'],
  ...['$id', '$schema', '$defs', 'definitions', '$anchor', '$comment', 'title', 'description', 'examples', 'default'],
  ...['deprecated', 'readOnly', 'writeOnly'],
]);

/**
 * Keywords that constrain only values of some types; any other keyword not understood (`not`,
 * `if`, `$dynamicRef`, one from a later draft) is taken to constrain every type.
 */
const TYPED: Record<string, JsonType> = {
  contains: 'array',
  minContains: 'array',
  maxContains: 'array',
  prefixItems: 'array',
  unevaluatedItems: 'array',
  unevaluatedProperties: 'object',
  patternProperties: 'object',
  propertyNames: 'object',
  dependentSchemas: 'object',
};

function fresh(type: JsonType): Atom {
  return {
    type,
    multipleOf: [],
    minLength: 0,
    patterns: [],
    formats: [],
    minItems: 0,
    unique: false,
    items: [],
    properties: new Map(),
    required: new Set(),
    additional: [],
    minProperties: 0,
    dependentRequired: new Map(),
    opaque: [],
  };
}

/** The JSON type of a value, integers as `integer`. */
export function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value as JsonType;
}

/** Whether a value of type `actual` is of the atom type `type` (an integer is a number). */
export function ofType(actual: JsonType, type: JsonType): boolean {
  return actual === type || (actual === 'integer' && type === 'number');
}

/** The atoms of a schema read one way; memoised per schema object and way. */
export class AtomReader {
  /** By side and way of reading: a schema object may be on both sides (and mean different things through its refs). */
  private readonly cache = new Map<string, WeakMap<object, Atom[]>>();

  atoms(sub: Sub, mode: Mode, depth = 0): Atom[] {
    const { node, side } = sub;
    if (node === true) return JSON_TYPES.map(fresh);
    if (node === false || !isSchemaObject(node)) return [];
    const key = `${sideId(side)}|${mode}`;
    let cache = this.cache.get(key);
    if (!cache) {
      cache = new WeakMap();
      this.cache.set(key, cache);
    }
    const cached = cache.get(node);
    if (cached) return cached;
    const atoms = this.read(node, side, mode, depth);
    cache.set(node, atoms);
    return atoms;
  }

  /** The atoms all of a list of schemas accept (any value, for none). */
  all(subs: Sub[], mode: Mode): Atom[] {
    return subs.reduce<Atom[]>((acc, sub) => intersectAll(acc, this.atoms(sub, mode)), JSON_TYPES.map(fresh));
  }

  private read(s: JsonSchema, side: SchemaSet, mode: Mode, depth: number): Atom[] {
    let atoms = ownAtoms(s, side, mode);
    if (typeof s.$ref === 'string') {
      const target = side.graph.resolve(s.$ref, s);
      // A ref that does not resolve, or refs nested beyond reason: anything (over) or nothing provable (under).
      if (!target || depth > 30)
        atoms = mode === 'over' ? atoms : atoms.map((a) => ({ ...a, opaque: [...a.opaque, opaque('$ref', s.$ref, side)] }));
      else atoms = intersectAll(atoms, this.atoms({ node: target, side }, mode, depth + 1));
    }
    for (const member of Array.isArray(s.allOf) ? s.allOf : [])
      atoms = intersectAll(atoms, this.atoms({ node: member, side }, mode, depth + 1));
    if (Array.isArray(s.anyOf)) atoms = intersectAll(atoms, this.union(s.anyOf, side, mode, depth));
    if (Array.isArray(s.oneOf)) {
      // At most one branch matches: the union is an over-reading, and exact when no value can match two.
      const union = this.union(s.oneOf, side, mode, depth);
      const branches = s.oneOf.map((b) => this.atoms({ node: b as JsonSchema | boolean, side }, 'over', depth + 1));
      if (mode === 'over' || pairwiseDisjoint(branches)) atoms = intersectAll(atoms, union);
      else atoms = atoms.map((a) => ({ ...a, opaque: [...a.opaque, opaque('oneOf', s.oneOf, side)] }));
    }
    return atoms.filter((a) => !isEmpty(a));
  }

  private union(branches: unknown[], side: SchemaSet, mode: Mode, depth: number): Atom[] {
    return branches.flatMap((b) => this.atoms({ node: b as JsonSchema | boolean, side }, mode, depth + 1));
  }
}

/** The atoms of a schema's own keywords (not `$ref` or the combinators). */
function ownAtoms(s: JsonSchema, side: SchemaSet, mode: Mode): Atom[] {
  const types = typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? (s.type as string[]) : JSON_TYPES;
  const named = JSON_TYPES.filter((t) => types.includes(t));
  let values: unknown[] | undefined;
  if (Array.isArray(s.enum)) values = s.enum;
  if ('const' in s) values = (values ?? [s.const]).filter((v) => canonical(v) === canonical(s.const));
  const atoms = named.map((type) => {
    const atom = fresh(type);
    // An integer value belongs to the integer atom when there is one, not to both.
    if (values)
      atom.values = values.filter(
        (v) => ofType(typeOf(v), type) && !(type === 'number' && Number.isInteger(v) && named.includes('integer')),
      );
    constrain(atom, s, side, mode);
    return atom;
  });
  return atoms;
}

/** Applies a schema's keywords for one type to an atom of that type. */
function constrain(atom: Atom, s: JsonSchema, side: SchemaSet, mode: Mode): void {
  const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  if (atom.type === 'integer' || atom.type === 'number') {
    const bounds: Array<[string, 'lower' | 'upper', boolean]> = [
      ['minimum', 'lower', false],
      ['exclusiveMinimum', 'lower', true],
      ['maximum', 'upper', false],
      ['exclusiveMaximum', 'upper', true],
    ];
    for (const [keyword, which, exclusive] of bounds) {
      const n = num(keyword);
      if (n !== undefined) atom[which] = tighter(which, atom[which], { n, exclusive });
    }
    if (num('multipleOf') !== undefined) atom.multipleOf.push(num('multipleOf') as number);
  }
  if (atom.type === 'string') {
    if (num('minLength') !== undefined) atom.minLength = Math.max(atom.minLength, num('minLength') as number);
    if (num('maxLength') !== undefined) atom.maxLength = Math.min(atom.maxLength ?? Infinity, num('maxLength') as number);
    if (typeof s.pattern === 'string') atom.patterns.push(s.pattern);
    if (typeof s.format === 'string') atom.formats.push(s.format);
  }
  if (atom.type === 'array') {
    if (num('minItems') !== undefined) atom.minItems = Math.max(atom.minItems, num('minItems') as number);
    if (num('maxItems') !== undefined) atom.maxItems = Math.min(atom.maxItems ?? Infinity, num('maxItems') as number);
    if (s.uniqueItems === true) atom.unique = true;
    if (s.items !== undefined) atom.items.push({ node: s.items as JsonSchema | boolean, side });
  }
  if (atom.type === 'object') {
    const properties = isSchemaObject(s.properties) ? s.properties : {};
    for (const [name, sub] of Object.entries(properties)) atom.properties.set(name, [{ node: sub as JsonSchema | boolean, side }]);
    for (const name of Array.isArray(s.required) ? s.required : []) atom.required.add(String(name));
    // With patternProperties, `additionalProperties` leaves some names alone: read over, it says nothing.
    const patterned = isSchemaObject(s.patternProperties) && Object.keys(s.patternProperties).length > 0;
    if (s.additionalProperties !== undefined && !(patterned && mode === 'over'))
      atom.additional.push({ node: s.additionalProperties as JsonSchema | boolean, side });
    if (num('minProperties') !== undefined) atom.minProperties = Math.max(atom.minProperties, num('minProperties') as number);
    if (num('maxProperties') !== undefined) atom.maxProperties = Math.min(atom.maxProperties ?? Infinity, num('maxProperties') as number);
    if (isSchemaObject(s.dependentRequired))
      for (const [name, list] of Object.entries(s.dependentRequired))
        atom.dependentRequired.set(
          name,
          new Set([...(atom.dependentRequired.get(name) ?? []), ...(Array.isArray(list) ? list.map(String) : [])]),
        );
  }
  for (const [keyword, value] of Object.entries(s))
    if (!UNDERSTOOD.has(keyword) && !keyword.startsWith('x-') && (TYPED[keyword] ?? atom.type) === atom.type)
      atom.opaque.push(opaque(keyword, value, side));
}

/**
 * An opaque constraint as text. Written the same, two constraints are the same, unless they
 * hold a `$ref`: the same words may lead to a definition that changed, so such a constraint
 * is only ever the same as itself.
 */
function opaque(keyword: string, value: unknown, side: SchemaSet): string {
  const text = `${keyword}:${canonical(value)}`;
  if (!text.includes('"$ref"') && keyword !== '$ref') return text;
  return `${text}@${sideId(side)}`;
}

const sides = new WeakMap<SchemaSet, number>();
let nextSide = 1;

/** A number for each side, to tell apart the same schema object read on two sides. */
export function sideId(side: SchemaSet): number {
  let id = sides.get(side);
  if (id === undefined) {
    id = nextSide++;
    sides.set(side, id);
  }
  return id;
}

function tighter(which: 'lower' | 'upper', a: Bound | undefined, b: Bound): Bound {
  if (!a) return b;
  if (a.n === b.n) return { n: a.n, exclusive: a.exclusive || b.exclusive };
  return (which === 'lower' ? a.n > b.n : a.n < b.n) ? a : b;
}

/** Integer bounds as inclusive integers (`exclusiveMinimum: 0` is `minimum: 1`). */
export function integerBounds(atom: Pick<Atom, 'lower' | 'upper'>): { min: number; max: number } {
  const min = atom.lower ? (atom.lower.exclusive ? Math.floor(atom.lower.n) + 1 : Math.ceil(atom.lower.n)) : -Infinity;
  const max = atom.upper ? (atom.upper.exclusive ? Math.ceil(atom.upper.n) - 1 : Math.floor(atom.upper.n)) : Infinity;
  return { min, max };
}

/** An atom no value can meet (contradictory bounds, or no values left). */
export function isEmpty(a: Atom): boolean {
  if (a.values && a.values.length === 0) return true;
  if (a.type === 'integer') {
    const { min, max } = integerBounds(a);
    if (min > max) return true;
  } else if (a.lower && a.upper && (a.lower.n > a.upper.n || (a.lower.n === a.upper.n && (a.lower.exclusive || a.upper.exclusive))))
    return true;
  if (a.minLength > (a.maxLength ?? Infinity) || a.minItems > (a.maxItems ?? Infinity)) return true;
  if (a.minProperties > (a.maxProperties ?? Infinity)) return true;
  // A required property the object may not have.
  for (const name of a.required) {
    const subs = a.properties.get(name) ?? a.additional;
    if (subs.some((s) => s.node === false)) return true;
  }
  return false;
}

/** Both atoms' constraints at once; undefined when they are of different types. */
function intersect(a: Atom, b: Atom): Atom | undefined {
  let type: JsonType;
  if (a.type === b.type) type = a.type;
  else if (ofType(a.type, b.type)) type = a.type;
  else if (ofType(b.type, a.type)) type = b.type;
  else return undefined;
  const values =
    a.values && b.values ? a.values.filter((v) => b.values!.some((w) => canonical(v) === canonical(w))) : (a.values ?? b.values);
  const properties = new Map(a.properties);
  for (const [name, subs] of b.properties) properties.set(name, [...(properties.get(name) ?? a.additional), ...subs]);
  for (const [name, subs] of a.properties) if (!b.properties.has(name)) properties.set(name, [...subs, ...b.additional]);
  const dependentRequired = new Map(a.dependentRequired);
  for (const [name, list] of b.dependentRequired) dependentRequired.set(name, new Set([...(dependentRequired.get(name) ?? []), ...list]));
  const atom: Atom = {
    type,
    ...(values ? { values: values.filter((v) => ofType(typeOf(v), type)) } : {}),
    multipleOf: [...a.multipleOf, ...b.multipleOf],
    minLength: Math.max(a.minLength, b.minLength),
    patterns: [...a.patterns, ...b.patterns],
    formats: [...a.formats, ...b.formats],
    minItems: Math.max(a.minItems, b.minItems),
    unique: a.unique || b.unique,
    items: [...a.items, ...b.items],
    properties,
    required: new Set([...a.required, ...b.required]),
    additional: [...a.additional, ...b.additional],
    minProperties: Math.max(a.minProperties, b.minProperties),
    dependentRequired,
    opaque: [...a.opaque, ...b.opaque],
  };
  const bound = (which: 'lower' | 'upper') => {
    const [x, y] = [a[which], b[which]];
    return x && y ? tighter(which, x, y) : (x ?? y);
  };
  const lower = bound('lower');
  const upper = bound('upper');
  if (lower) atom.lower = lower;
  if (upper) atom.upper = upper;
  const least = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
  const maxLength = least(a.maxLength, b.maxLength);
  const maxItems = least(a.maxItems, b.maxItems);
  const maxProperties = least(a.maxProperties, b.maxProperties);
  if (maxLength !== undefined) atom.maxLength = maxLength;
  if (maxItems !== undefined) atom.maxItems = maxItems;
  if (maxProperties !== undefined) atom.maxProperties = maxProperties;
  return atom;
}

function intersectAll(a: Atom[], b: Atom[]): Atom[] {
  return a.flatMap((x) => b.flatMap((y) => intersect(x, y) ?? [])).filter((x) => !isEmpty(x));
}

/** True when no value can meet atoms of two different branches (different types, values or fixed properties). */
function pairwiseDisjoint(branches: Atom[][]): boolean {
  for (let i = 0; i < branches.length; i++)
    for (let j = i + 1; j < branches.length; j++)
      for (const a of branches[i] ?? []) for (const b of branches[j] ?? []) if (!disjoint(a, b)) return false;
  return true;
}

function disjoint(a: Atom, b: Atom): boolean {
  if (!ofType(a.type, b.type) && !ofType(b.type, a.type)) return true;
  if (a.values && b.values) return !a.values.some((v) => b.values!.some((w) => canonical(v) === canonical(w)));
  if (a.type === 'object' && b.type === 'object') {
    // Discriminated branches: a property both require, fixed to different values.
    for (const name of a.required) {
      if (!b.required.has(name)) continue;
      const fixed = (atom: Atom) => fixedValues(atom.properties.get(name) ?? []);
      const [x, y] = [fixed(a), fixed(b)];
      if (x && y && !x.some((v) => y.some((w) => canonical(v) === canonical(w)))) return true;
    }
  }
  return false;
}

/** The values a property's schemas fix it to (`const`/`enum` written on them), if they do. */
function fixedValues(subs: Sub[]): unknown[] | undefined {
  for (const { node, side } of subs) {
    let s: unknown = node;
    for (let hops = 0; isSchemaObject(s) && typeof s.$ref === 'string' && hops < 10; hops++) s = side.graph.resolve(s.$ref, s);
    if (!isSchemaObject(s)) continue;
    if ('const' in s) return [s.const];
    if (Array.isArray(s.enum)) return s.enum;
  }
  return undefined;
}

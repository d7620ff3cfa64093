import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isSchemaObject } from '../schema/schema-graph.js';
import { canonical } from './assertions.js';
import { AtomReader, integerBounds, ofType, sideId, typeOf, type Atom, type Sub } from './atoms.js';
import type { SchemaSet } from './schema-set.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Whether one schema accepts every value another accepts: proved from their atoms (atoms.ts),
 * or disproved by a witness, a value the first accepts and the second does not, both as ajv
 * judges. Anything in between is `unknown`: a proof or a witness is never guessed.
 *
 * For consumers, a property the new schema names and the old one does not know is no break
 * (schemas/VERSIONING.md: a new optional property breaks nothing), so it is left out of the check.
 */
export type Outcome = { holds: true } | { holds: false; witness: unknown } | { holds: 'unknown' };
export type Direction = 'documents' | 'consumers';

/** No schemas: anything goes. */
const TRUE: Sub[] = [];
const forbids = (subs: Sub[]) => subs.some((s) => s.node === false);

export class Acceptance {
  private readonly reader = new AtomReader();
  private readonly oracles = new Map<SchemaSet, Oracle>();
  private readonly proofs = new Map<string, boolean>();
  /** Pairs in the order their proofs began. */
  private readonly order: string[] = [];
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;

  /**
   * Whether every value `a` accepts is accepted by `b` (documents: exactly; consumers: new names
   * aside). Without `seek`, no witness is looked for beyond the values the schemas name.
   */
  includes(a: Sub, b: Sub, direction: Direction, seek = true): Outcome {
    const proved = this.covered([a], [b], direction);
    if (proved === true) return { holds: true };
    if (proved !== undefined) return { holds: false, witness: proved.witness };
    if (!seek) return { holds: 'unknown' };
    const witness = this.samples([a], 0, this.reader.all([b], 'under'))
      .filter((v) => direction === 'documents' || v === null || typeof v !== 'object')
      .find((v) => this.accepts([a], v) === true && this.accepts([b], v) === false);
    return witness === undefined ? { holds: 'unknown' } : { holds: false, witness };
  }

  /**
   * True when every value all of `a` accepts, all of `b` accepts; a witness when a value named
   * by `a` (enum, const) proves otherwise; undefined when it cannot be shown either way.
   */
  private covered(a: Sub[], b: Sub[], direction: Direction): true | { witness: unknown } | undefined {
    if (b.length === 0 || b.every((s) => s.node === true)) return true;
    const ids = (subs: Sub[]) => subs.map((s) => `${sideId(s.side)}:${this.id(s.node)}`).join(',');
    const key = `${direction}|${ids(a)}|${ids(b)}`;
    const known = this.proofs.get(key);
    if (known !== undefined) return known ? true : undefined;
    // Recursive schemas: assume the pair holds while proving it (a greatest fixpoint, as for
    // recursive types). Should it fail, what was proved meanwhile may rest on the assumption.
    const mark = this.order.length;
    this.proofs.set(key, true);
    this.order.push(key);
    const outcome = this.coverAtoms(a, b, direction);
    if (outcome !== true) for (const later of this.order.splice(mark + 1)) this.proofs.delete(later);
    this.proofs.set(key, outcome === true);
    return outcome;
  }

  private coverAtoms(a: Sub[], b: Sub[], direction: Direction): true | { witness: unknown } | undefined {
    const under = this.reader.all(b, 'under');
    for (const x of this.reader.all(a, 'over')) {
      // null and the booleans are few enough to check one by one.
      const values = x.values ?? (x.type === 'null' ? [null] : x.type === 'boolean' ? [true, false] : undefined);
      if (values) {
        for (const v of values) {
          if (under.some((y) => scalarIn(v, y))) continue;
          const inB = this.accepts(b, v);
          if (inB === true) continue;
          const inA = this.accepts(a, v);
          if (inA === false) continue;
          return inA === true && inB === false ? { witness: v } : undefined;
        }
        continue;
      }
      if (!this.atomCovered(x, under, direction)) return undefined;
    }
    return true;
  }

  /**
   * Whether one of `under` holds every value of `x`; else, for integers, whether their ranges
   * together do (`0..5` and `6..10` hold `0..10`), and for an object whose property is fixed to
   * a few values (a discriminator), whether each value's case is held.
   */
  private atomCovered(x: Atom, under: Atom[], direction: Direction): boolean {
    if (under.some((y) => this.atomIn(x, y, direction))) return true;
    if (x.type === 'integer' && x.multipleOf.length === 0) {
      const ranges = under
        .filter((y) => ofType('integer', y.type) && !y.values && !y.opaque.length && !y.multipleOf.length)
        .map((y) => integerBounds(y))
        .sort((p, q) => p.min - q.min);
      const { min, max } = integerBounds(x);
      let reach = min - 1;
      for (const r of ranges) if (r.min <= reach + 1 && r.max > reach) reach = r.max;
      return ranges.length > 0 && reach >= max;
    }
    if (x.type === 'object') {
      for (const [name, subs] of x.properties) {
        const fixed = x.required.has(name) ? this.reader.all(subs, 'over').flatMap((atom) => atom.values ?? [undefined]) : [];
        if (fixed.length < 2 || fixed.length > 20 || fixed.includes(undefined)) continue;
        return fixed.every((v) => {
          const one: Atom = { ...x, properties: new Map(x.properties).set(name, [...subs, { node: { const: v }, side: subs[0]!.side }]) };
          return under.some((y) => this.atomIn(one, y, direction));
        });
      }
    }
    return false;
  }

  /** Whether every value of atom `x` meets atom `y` (x read over, y read under). */
  private atomIn(x: Atom, y: Atom, direction: Direction): boolean {
    if (y.values || !ofType(x.type, y.type)) return false;
    if (!y.opaque.every((o) => x.opaque.includes(o))) return false;
    switch (y.type) {
      case 'integer':
      case 'number':
        return numbersIn(x, y);
      case 'string':
        return (
          y.minLength <= x.minLength &&
          (y.maxLength ?? Infinity) >= (x.maxLength ?? Infinity) &&
          y.patterns.every((p) => x.patterns.includes(p)) &&
          y.formats.every((f) => x.formats.includes(f))
        );
      case 'array':
        return (
          y.minItems <= x.minItems &&
          (y.maxItems ?? Infinity) >= (x.maxItems ?? Infinity) &&
          (!y.unique || x.unique) &&
          this.covered(x.items.length ? x.items : TRUE, y.items, direction) === true
        );
      case 'object':
        return this.objectIn(x, y, direction);
      default:
        return true;
    }
  }

  private objectIn(x: Atom, y: Atom, direction: Direction): boolean {
    if ([...y.required].some((name) => !x.required.has(name))) return false;
    if (y.minProperties > x.minProperties || (y.maxProperties ?? Infinity) < (x.maxProperties ?? Infinity)) return false;
    for (const name of new Set([...x.properties.keys(), ...y.properties.keys()])) {
      const xs = x.properties.get(name) ?? x.additional;
      if (forbids(xs)) continue;
      // A name only the new schema knows, where the old one allowed no others: old consumers never read it.
      if (direction === 'consumers' && !y.properties.has(name) && forbids(y.additional) && x.properties.has(name)) continue;
      const ys = y.properties.get(name) ?? y.additional;
      if (this.covered(xs.length ? xs : TRUE, ys, direction) !== true) return false;
    }
    if (!forbids(x.additional) && this.covered(x.additional.length ? x.additional : TRUE, y.additional, direction) !== true) return false;
    for (const [name, needed] of y.dependentRequired) {
      if (forbids(x.properties.get(name) ?? x.additional)) continue;
      if ([...needed].some((n) => !x.required.has(n) && !x.dependentRequired.get(name)?.has(n))) return false;
    }
    return true;
  }

  /** Whether every schema accepts a value, as ajv judges; undefined when one cannot be judged. */
  accepts(subs: Sub[], value: unknown): boolean | undefined {
    let all: boolean | undefined = true;
    for (const sub of subs) {
      const ok = this.oracle(sub.side).accepts(sub.node, value);
      if (ok === false) return false;
      if (ok === undefined) all = undefined;
    }
    return all;
  }

  /**
   * Values to try as witnesses: what the schemas name (enum, const, examples, defaults), values
   * at and around their bounds, and objects built from samples of their required properties,
   * with each optional property, and with each property only `other` names.
   */
  private samples(subs: Sub[], depth: number, other: Atom[] = []): unknown[] {
    const out: unknown[] = [...subs.flatMap((s) => declared(s))];
    for (const atom of this.reader.all(subs, 'over')) {
      if (atom.values) {
        out.push(...atom.values);
        continue;
      }
      out.push(...this.atomSamples(atom, depth, other));
      // Just inside and outside the other schema's bounds: where a gap or a tighter limit shows.
      if (atom.type === 'integer' || atom.type === 'number')
        for (const y of other)
          for (const n of [y.lower?.n, y.upper?.n])
            if (n !== undefined) out.push(n - 1, n, n + 1, ...(atom.type === 'number' ? [n - 0.5, n + 0.5] : []));
    }
    return [...new Map(out.map((v) => [canonical(v), v])).values()];
  }

  private atomSamples(atom: Atom, depth: number, other: Atom[]): unknown[] {
    switch (atom.type) {
      case 'null':
        return [null];
      case 'boolean':
        return [true, false];
      case 'integer':
      case 'number': {
        const { min, max } = integerBounds(atom);
        const steps = atom.multipleOf.flatMap((m) => [m, 2 * m, 3 * m]);
        const numbers = [
          min,
          max,
          min + 1,
          max - 1,
          0,
          1,
          -1,
          2,
          10,
          100,
          1e6,
          ...steps,
          ...(atom.type === 'number' ? [0.5, 1.5, -0.5] : []),
        ];
        if (atom.type === 'number') numbers.push(...[atom.lower?.n, atom.upper?.n].filter((n): n is number => n !== undefined));
        return numbers.filter((n) => Number.isFinite(n));
      }
      case 'string': {
        const lengths = [0, 1, 2, 3, 6, 11, atom.minLength, atom.minLength + 1, atom.maxLength ?? 0, (atom.maxLength ?? 0) + 1];
        return [
          ...lengths.filter((n) => n <= 300).map((n) => 'a'.repeat(n)),
          ...atom.formats.flatMap((f) => FORMAT_SAMPLES[f] ?? []),
          'A',
          'a-b',
          'ab1',
          '1',
        ];
      }
      case 'array': {
        if (depth > 3) return [[]];
        const items = this.samples(atom.items.length ? atom.items : TRUE, depth + 1).slice(0, 4);
        const first = items[0] ?? 'a';
        return [
          [],
          ...items.map((i) => [i]),
          [first, first],
          Array.from({ length: atom.minItems }, () => first),
          Array.from({ length: Math.min(atom.maxItems ?? 0, 20) }, () => first),
        ];
      }
      case 'object':
        return this.objectSamples(atom, depth, other);
      default:
        return [];
    }
  }

  private objectSamples(atom: Atom, depth: number, other: Atom[]): unknown[] {
    if (depth > 3) return [{}];
    // A few values for a property, of as many types as it takes (an integer and a fraction for a number).
    const valueFor = (name: string) => {
      const subs = atom.properties.get(name) ?? atom.additional;
      const fitting = this.samples(subs.length ? subs : TRUE, depth + 1).filter((v) => this.accepts(subs, v) !== false);
      const firstOfType = [...new Map(fitting.map((v) => [typeOf(v), v])).values()];
      return [...new Set([...firstOfType, ...fitting])].slice(0, 4);
    };
    const base: Record<string, unknown> = {};
    for (const name of atom.required) {
      const [first] = valueFor(name);
      if (first === undefined) return [];
      base[name] = first;
    }
    const out: unknown[] = [base];
    for (const name of atom.properties.keys())
      if (!(name in base)) for (const v of valueFor(name).slice(0, 2)) out.push({ ...base, [name]: v });
    const anything = [null, 0, 0.5, 'a', true, [], {}];
    const foreign = new Set(
      other.flatMap((o) => (o.type === 'object' ? [...o.properties.keys()] : [])).filter((n) => !atom.properties.has(n)),
    );
    for (const name of [...foreign, 'zzExtra']) for (const v of anything) out.push({ ...base, [name]: v });
    return out;
  }

  private oracle(side: SchemaSet): Oracle {
    let oracle = this.oracles.get(side);
    if (!oracle) {
      oracle = new Oracle(side);
      this.oracles.set(side, oracle);
    }
    return oracle;
  }

  private id(node: unknown): string {
    if (typeof node !== 'object' || node === null) return String(node);
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(node, id);
    }
    return `#${id}`;
  }
}

const FORMAT_SAMPLES: Record<string, string[]> = {
  date: ['2015-04-01', '2015-02-30'],
  'date-time': ['2015-04-01T09:00:00Z'],
  time: ['09:00:00Z'],
  email: ['someone@example.org'],
  uri: ['https://example.org/'],
};

/** The values a schema names itself: enum, const, examples and default, through refs and combinators. */
function declared(sub: Sub, depth = 0): unknown[] {
  const { node, side } = sub;
  if (!isSchemaObject(node) || depth > 5) return [];
  const out: unknown[] = [...(Array.isArray(node.enum) ? node.enum : []), ...(Array.isArray(node.examples) ? node.examples : [])];
  if ('const' in node) out.push(node.const);
  if ('default' in node) out.push(node.default);
  const target = typeof node.$ref === 'string' ? side.graph.resolve(node.$ref, node) : undefined;
  if (target) out.push(...declared({ node: target, side }, depth + 1));
  for (const keyword of ['allOf', 'anyOf', 'oneOf'])
    for (const branch of Array.isArray(node[keyword]) ? node[keyword] : []) out.push(...declared({ node: branch, side }, depth + 1));
  return out;
}

/** True when a scalar surely meets an atom (read under), judged without ajv; false when that takes ajv. */
function scalarIn(v: unknown, y: Atom): boolean {
  if ((v !== null && typeof v === 'object') || !ofType(typeOf(v), y.type) || y.opaque.length > 0) return false;
  if (y.values && !y.values.some((w) => canonical(w) === canonical(v))) return false;
  if (typeof v === 'number') {
    const point: Atom = { ...y, type: typeOf(v), lower: { n: v, exclusive: false }, upper: { n: v, exclusive: false }, multipleOf: [v] };
    return numbersIn(point, y);
  }
  if (typeof v === 'string') {
    const length = [...v].length;
    if (y.formats.length || length < y.minLength || length > (y.maxLength ?? Infinity)) return false;
    return y.patterns.every((p) => {
      try {
        return new RegExp(p, 'u').test(v);
      } catch {
        return false;
      }
    });
  }
  return true;
}

function numbersIn(x: Atom, y: Atom): boolean {
  if (y.type === 'integer' && x.type !== 'integer') return false;
  if (x.type === 'integer') {
    const [a, b] = [integerBounds(x), integerBounds(y)];
    if (b.min > a.min || b.max < a.max) return false;
  } else {
    if (y.lower && (!x.lower || y.lower.n > x.lower.n || (y.lower.n === x.lower.n && y.lower.exclusive && !x.lower.exclusive)))
      return false;
    if (y.upper && (!x.upper || y.upper.n < x.upper.n || (y.upper.n === x.upper.n && y.upper.exclusive && !x.upper.exclusive)))
      return false;
  }
  // Every value of x is a multiple of each of y's steps: one of x's steps is a multiple of it.
  return y.multipleOf.every((m) => (x.type === 'integer' && Number.isInteger(1 / m)) || x.multipleOf.some((k) => Number.isInteger(k / m)));
}

/** ajv over one side's files, to judge a value against any of their schema objects. */
class Oracle {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false, logger: false });
  private readonly compiled = new WeakMap<object, ValidateFunction | null>();

  constructor(private readonly side: SchemaSet) {
    addFormats(this.ajv);
    for (const [base, schema] of side.files()) {
      try {
        // `$id` is left for ajv to take from the file: a copy without it is added under the base.
        this.ajv.addSchema(typeof schema.$id === 'string' ? schema : { ...schema, $id: base });
      } catch {
        // A file ajv cannot take: values against its schemas are not judged.
      }
    }
  }

  accepts(node: unknown, value: unknown): boolean | undefined {
    if (typeof node === 'boolean') return node;
    if (!isSchemaObject(node)) return undefined;
    let validate = this.compiled.get(node);
    if (validate === undefined) {
      const at = this.side.graph.locate(node);
      try {
        validate = at ? (this.ajv.getSchema(`${at.baseId}#${encodeURI(at.pointer)}`) ?? null) : null;
      } catch {
        validate = null;
      }
      this.compiled.set(node, validate);
    }
    return validate ? (validate(value) as boolean) : undefined;
  }
}

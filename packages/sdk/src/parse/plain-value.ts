import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { MAX_PER_DOCUMENT } from '../diagnostics/cap.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { tooDeep } from './input-guards.js';
import type { PositionMapper } from './positions.js';
import { duplicateKey } from './yaml-problems.js';

/** Limits on a document's value: alias expansions (the "billion laughs" attack) and nesting through aliases. */
export interface ValueLimits {
  maxAliasCount: number;
  maxDepth: number;
}

/** A document's value (null when a problem leaves it none), its problems, and how many more there are past the cap. */
export interface PlainValue {
  value: unknown;
  diagnostics: Diagnostic[];
  hidden: number;
}

/** An anchored node met so far: its value once made, how many aliases named it, and how many aliases its value holds. */
interface Anchored {
  done: boolean;
  value: unknown;
  depth: number;
  weight: number;
  aliases: number;
}

/** A value made, with its depth (collections on its deepest path) and its alias weight (as yaml counts it). */
interface Made {
  value: unknown;
  depth: number;
  weight: number;
}

/** Thrown inside the walk to stop it: expanding further would be an attack. */
class AliasBomb extends Error {}

/**
 * A document as plain JSON-like data (objects, arrays, strings, numbers, booleans, null), made in
 * one walk of its tree in place of the yaml library's toJS, which resolves each alias by scanning
 * every anchor and alias before it (4,000 anchored lists took 43 s) and turns a list or mapping
 * used as a key into YAML text level by level (1.2 KB of `[{[{` took minutes). Here an alias takes
 * the value of the last node anchored with its name before it (shared, as yaml shares it), a key
 * that is not a scalar is named by its source text (the parser has already reported it), and a
 * scalar yaml reads as something else than JSON data (a `!!binary`, `!!timestamp` or `!!merge`
 * tag) is its text. The walk also reports each key its mapping already has (the last one counts),
 * as yaml's check of unique keys did by comparing each key with every key before it. An alias
 * inside the node it names, one whose value would nest deeper than `maxDepth`, or one of the
 * aliases of an anchor counted more than `maxAliasCount` times (its aliases times the aliases its
 * value holds, as yaml counts them) leaves the document without a value.
 */
export function plainValue(doc: Document.Parsed, positions: PositionMapper, limits: ValueLimits): PlainValue {
  const anchors = new Map<string, Anchored>();
  const diagnostics: Diagnostic[] = [];
  let hidden = 0;
  // A duplicate key leaves the value meaning what its author wrote (the last one counts); the other problems leave none.
  let spoiled = false;
  const report = (problem: () => Diagnostic, spoils = true) => {
    spoiled ||= spoils;
    if (diagnostics.length < MAX_PER_DOCUMENT) diagnostics.push(problem());
    else hidden++;
  };
  const at = (node: Node) => positions.range(node.range?.[0] ?? 0, node.range?.[1] ?? 0);

  const keyOf = (key: unknown): string => {
    if (isScalar(key)) return scalarKeyName(key);
    const range = (key as Node | null)?.range;
    // Line breaks as LF, so a key reads the same whatever the file's line ends.
    return range ? positions.text.slice(range[0], range[1]).replace(/\r\n/g, '\n') : '';
  };

  const alias = (node: Node & { source: string }, level: number): Made => {
    const target = anchors.get(node.source);
    if (!target) {
      report(() => ({
        severity: 'error',
        code: 'yaml/unresolved-alias',
        message: `Unknown alias \`*${node.source}\`: no anchor \`&${node.source}\` is defined before it.`,
        path: '',
        range: at(node),
      }));
      return { value: null, depth: 0, weight: 0 };
    }
    if (!target.done) {
      report(() => ({
        severity: 'error',
        code: 'yaml/bad-alias',
        message: `The alias \`*${node.source}\` is inside the node anchored \`&${node.source}\`: a value cannot contain itself.`,
        path: '',
        range: at(node),
      }));
      return { value: null, depth: 0, weight: 0 };
    }
    target.aliases++;
    if (limits.maxAliasCount >= 0 && target.aliases * target.weight > limits.maxAliasCount) {
      report(() => ({
        severity: 'error',
        code: 'yaml/alias-bomb',
        message: 'Too many aliases: expanding them would make this document enormous, so it was not read.',
        path: '',
        range: at(node),
      }));
      throw new AliasBomb();
    }
    if (level + target.depth > limits.maxDepth) {
      report(() => tooDeep(at(node), limits.maxDepth));
      return { value: null, depth: 0, weight: 0 };
    }
    return { value: target.value, depth: target.depth, weight: target.aliases * target.weight };
  };

  const make = (node: unknown, level: number): Made => {
    if (isAlias(node)) return alias(node, level);
    const anchor = (node as Node | null)?.anchor;
    const anchored: Anchored | undefined = anchor ? { done: false, value: null, depth: 0, weight: 0, aliases: 0 } : undefined;
    if (anchor && anchored) anchors.set(anchor, anchored);
    const made = isMap(node) ? mapping(node.items, level) : isSeq(node) ? list(node.items, level) : scalar(node);
    if (anchored) Object.assign(anchored, made, { done: true });
    return made;
  };

  const mapping = (items: Pair[], level: number): Made => {
    const out: Record<string, unknown> = {};
    let depth = 0;
    let weight = 0;
    for (const pair of items) {
      const key = make(pair.key, level + 1);
      const made = make(pair.value, level + 1);
      const name = keyOf(pair.key);
      const range = (pair.key as Node | null)?.range;
      if (isScalar(pair.key) && range && Object.hasOwn(out, name)) report(() => duplicateKey(range[0], range[1], positions), false);
      // `__proto__` (and any name objects inherit) becomes an own property, as yaml makes it.
      if (name in out) Object.defineProperty(out, name, { value: made.value, writable: true, enumerable: true, configurable: true });
      else out[name] = made.value;
      depth = Math.max(depth, made.depth);
      weight = Math.max(weight, key.weight, made.weight);
    }
    return { value: out, depth: depth + 1, weight };
  };

  const list = (items: unknown[], level: number): Made => {
    const out: unknown[] = [];
    let depth = 0;
    let weight = 0;
    for (const item of items) {
      const made = make(item, level + 1);
      out.push(made.value);
      depth = Math.max(depth, made.depth);
      weight = Math.max(weight, made.weight);
    }
    return { value: out, depth: depth + 1, weight };
  };

  try {
    const { value } = make(doc.contents, 0);
    return { value: spoiled ? null : value, diagnostics, hidden };
  } catch (error) {
    if (error instanceof AliasBomb) return { value: null, diagnostics, hidden };
    throw error;
  }
}

/** The property name a scalar key gives: its value as text (empty for an empty key), or the text it was written as. */
export function scalarKeyName(key: Scalar): string {
  const value = key.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : (key.source ?? String(value));
}

/** A scalar's value when it is JSON data, else the text it was written as. */
function scalar(node: unknown): Made {
  if (!isScalar(node)) return { value: null, depth: 0, weight: 1 };
  const value = node.value;
  const plain = value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return { value: plain ? value : (node.source ?? String(value)), depth: 0, weight: 1 };
}

import type { JsonSchema } from '@nof/schemas';
import { formatPointer, parentPointer } from '../parse/json-pointer.js';
import { isSchemaObject } from '../schema/schema-graph.js';
import { Acceptance, type Outcome } from './acceptance.js';
import { ASSERTION_KEYWORDS, canonical, compareAssertions, type Report } from './assertions.js';
import {
  aboutValues,
  biggerBump,
  CHANGE_KINDS,
  requiredBump,
  verdictOf,
  type Bump,
  type ChangeKind,
  type SchemaChange,
  type Verdict,
} from './changes.js';
import type { SchemaSet } from './schema-set.js';

/** What `nof schema diff` prints: every change, the bump they need and the bump the versions declare. */
export interface SchemaDiff {
  changes: SchemaChange[];
  /**
   * `breaking` when a change breaks documents or consumers, `unknown` when none is known to but
   * one may (the schemas alone cannot decide), `safe` otherwise.
   */
  verdict: Verdict;
  /** What the verdict rests on: each breaking change, or each undecided one, with its place. */
  reasons: string[];
  requiredBump: Bump | 'none';
  /** `major` when the new side's major version is higher; otherwise the bump the caller says it makes, else `none`. */
  declaredBump: Bump | 'none';
  /** The declared major versions, e.g. `{ old: 1, new: 2 }` (undefined where no file says). */
  versions: { old: number | undefined; new: number | undefined };
  /** True when the changes need a bigger bump than the one declared. */
  bumpTooSmall: boolean;
}

/** Keywords that identify a schema rather than constrain a value. */
const IDENTITY = new Set(['$id', '$schema', '$ref', '$defs', '$anchor']);
/** Keywords whose value is one subschema, compared in place. */
const SUBSCHEMA = ['items', 'contains', 'propertyNames', 'then', 'else'];
/** Keywords whose value is a map of subschemas, compared name by name. */
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];
const HANDLED = new Set([
  ...IDENTITY,
  ...ASSERTION_KEYWORDS,
  ...SUBSCHEMA,
  ...SUBSCHEMA_MAPS,
  'required',
  'dependentRequired',
  'additionalProperties',
  'unevaluatedProperties',
  'oneOf',
  'anyOf',
  'allOf',
  'prefixItems',
]);

type Node = JsonSchema | boolean;

/** Where a `$ref` leads: the schema, its file's role on its side and its pointer there. */
interface RefTarget {
  node: JsonSchema;
  /** `''` for the file being compared on this side (so a file compared with a renamed one still matches). */
  file: string;
  pointer: string;
  /** True when the target's file is itself compared, so it is reported where it is defined. */
  compared: boolean;
}

/**
 * Compares two versions of the NOF schemas (two folders, or two files) and classifies every
 * change by whether it breaks documents, consumers, or neither. `$ref`s that point at the same
 * place on both sides are compared once, where that place is defined; a `$ref` that moved is
 * compared by what it resolves to, as if written inline.
 */
export function diffSchemas(before: SchemaSet, after: SchemaSet, plannedBump?: Bump): SchemaDiff {
  const changes: SchemaChange[] = [];
  const acceptance = new Acceptance();
  const singleFiles = before.compared.size === 1 && after.compared.size === 1;
  const pairs: Array<[string | undefined, string | undefined]> = singleFiles
    ? [[[...before.compared.keys()][0], [...after.compared.keys()][0]]]
    : [...new Set([...before.compared.keys(), ...after.compared.keys()])]
        .sort()
        .map((f) => [before.compared.has(f) ? f : undefined, after.compared.has(f) ? f : undefined]);
  for (const [oldFile, newFile] of pairs) {
    const file = (newFile ?? oldFile) as string;
    const add = (change: ChangeKind, message: string) => changes.push(classified(file, '', change, message));
    if (!oldFile) add('schema-added', `New schema file ${file}: documents and consumers of the old files are unaffected.`);
    else if (!newFile)
      add('schema-removed', `Schema file ${file} was removed: its documents can no longer be checked and consumers lose its kind.`);
    else
      new Walk(before, after, oldFile, newFile, changes, acceptance).compare(
        before.compared.get(oldFile) as JsonSchema,
        after.compared.get(newFile) as JsonSchema,
        '',
      );
  }
  const versions = { old: majorOf(before), new: majorOf(after) };
  const declaredBump: Bump | 'none' =
    versions.old !== undefined && versions.new !== undefined && versions.new > versions.old ? 'major' : (plannedBump ?? 'none');
  const needed = requiredBump(changes);
  // Without a planned bump, only a break within one major version is a mistake.
  const bumpTooSmall = plannedBump === undefined && declaredBump !== 'major' ? needed === 'major' : biggerBump(needed, declaredBump);
  return { changes, ...verdictOf(changes), requiredBump: needed, declaredBump, versions, bumpTooSmall };
}

/** The highest major version the compared files of a side declare. */
function majorOf(side: SchemaSet): number | undefined {
  const majors = [...side.compared.keys()].map((f) => side.majorVersion(f)).filter((v): v is number => v !== undefined);
  return majors.length ? Math.max(...majors) : undefined;
}

function classified(
  file: string,
  pointer: string,
  change: ChangeKind,
  message: string,
  override: { documents?: unknown; consumers?: unknown } = {},
): SchemaChange {
  const effect = CHANGE_KINDS[change];
  return {
    file,
    pointer,
    change,
    breaksDocuments: (override.documents ?? effect.documents) as SchemaChange['breaksDocuments'],
    breaksConsumers: (override.consumers ?? effect.consumers) as SchemaChange['breaksConsumers'],
    message,
  };
}

const child = (pointer: string, ...segments: Array<string | number>) => pointer + formatPointer(segments);
const show = (value: unknown) => `\`${JSON.stringify(value)}\``;
const witnessOf = (outcome: Outcome) => (outcome.holds === false ? outcome.witness : undefined);
const names = (value: unknown) => new Set(Array.isArray(value) ? (value as string[]) : []);
const nodes = (value: unknown) => (Array.isArray(value) ? (value as Node[]) : []);
const entries = (value: unknown): Record<string, unknown> => (isSchemaObject(value) ? value : {});

/** One file pair's comparison. */
class Walk {
  /** Pairs of schema objects already compared: shared and recursive schemas are walked once. */
  private readonly seen = new Map<object, Set<object>>();
  /** The schema each change was found comparing (its pointer), to tell a node's own changes from its children's. */
  private readonly foundAt = new WeakMap<SchemaChange, string>();

  constructor(
    private readonly before: SchemaSet,
    private readonly after: SchemaSet,
    private readonly oldFile: string,
    private readonly newFile: string,
    private readonly changes: SchemaChange[],
    private readonly acceptance: Acceptance,
  ) {}

  private report(pointer: string): Report {
    return (change, at, message, override) => {
      const found = classified(this.newFile, pointer + at, change, message, override);
      this.foundAt.set(found, pointer);
      this.changes.push(found);
    };
  }

  /** True when this pair was compared before; records it otherwise. */
  private visit(oldNode: object, newNode: object): boolean {
    const seenWith = this.seen.get(oldNode) ?? new Set<object>();
    if (seenWith.has(newNode)) return true;
    this.seen.set(oldNode, seenWith.add(newNode));
    return false;
  }

  compare(oldNode: Node, newNode: Node, pointer: string): void {
    if (typeof oldNode === 'boolean' || typeof newNode === 'boolean') return this.compareBooleans(oldNode, newNode, pointer);
    if (this.visit(oldNode, newNode)) return;
    const start = this.changes.length;
    const [o, n] = this.followRefs(oldNode, newNode, pointer);
    compareAssertions(o, n, this.report(pointer));
    this.compareObjects(o, n, pointer);
    for (const keyword of SUBSCHEMA) this.compareOptional(o[keyword], n[keyword], child(pointer, keyword), keyword);
    for (const keyword of SUBSCHEMA_MAPS) if (keyword !== 'properties') this.compareMap(o, n, keyword, pointer);
    this.compareList(o, n, 'oneOf', pointer);
    this.compareList(o, n, 'anyOf', pointer);
    this.compareList(o, n, 'allOf', pointer);
    this.comparePrefixItems(o, n, pointer);
    this.compareUnknown(o, n, pointer);
    this.judgeByValues(oldNode, newNode, pointer, start);
  }

  /**
   * Keyword by keyword, a change inside a union can seem to break what the union as a whole
   * still accepts (a branch narrowed where another covers it; a schema wrapped in a one-branch
   * `anyOf`; an `enum` split into `const`s). So where this schema's changes claim a break, and
   * it holds a union (or the claims are its own), what the old and new schemas accept is
   * compared (acceptance.ts): proved the same, the changes become one `restructured` change;
   * proved harmless on one side, their claims on that side are withdrawn; disproved by a value,
   * the break is reported with it. Where neither can be shown, the claims stand.
   */
  private judgeByValues(oldNode: Node, newNode: Node, pointer: string, start: number): void {
    const made = this.changes.slice(start).filter((c) => aboutValues(c.change));
    const claims = made.filter((c) => c.breaksDocuments !== false || c.breaksConsumers !== false);
    if (!claims.length) return;
    const union = [oldNode, newNode].some((s) => isSchemaObject(s) && ['anyOf', 'oneOf', 'allOf'].some((k) => s[k] !== undefined));
    const own = claims.some((c) => {
      const at = this.foundAt.get(c);
      return at === pointer || (at !== undefined && parentPointer(at) === pointer);
    });
    if (!union && !own) return;
    const old = { node: oldNode, side: this.before };
    const now = { node: newNode, side: this.after };
    // A witness is looked for only where no change already shows the break.
    const shown = (side: 'breaksDocuments' | 'breaksConsumers') => claims.some((c) => c[side] === true);
    const documents = this.acceptance.includes(old, now, 'documents', !shown('breaksDocuments'));
    const consumers = this.acceptance.includes(now, old, 'consumers', !shown('breaksConsumers'));
    const report = this.report(pointer);
    // A removed property breaks consumers by policy (they read it and find nothing), whatever the values.
    const policy = made.some((c) => c.change === 'property-removed');
    if (documents.holds === true && consumers.holds === true && !policy) {
      const kinds = [...new Set(made.map((c) => c.change).filter((k) => k !== 'values-narrowed' && k !== 'values-widened'))].join(', ');
      this.changes.splice(start, this.changes.length - start, ...this.changes.slice(start).filter((c) => !made.includes(c)));
      return report('restructured', '', `Written differently (${kinds}), but it accepts exactly the values it accepted before.`);
    }
    this.settle(claims, 'breaksDocuments', documents, () =>
      report(
        'values-narrowed',
        '',
        `It no longer accepts every value it did: ${show(witnessOf(documents))} was valid here and is not any more.`,
      ),
    );
    this.settle(claims, 'breaksConsumers', consumers, () =>
      report(
        'values-widened',
        '',
        `It accepts values it did not: ${show(witnessOf(consumers))} is valid here now and was not before, so consumers may meet it.`,
      ),
    );
  }

  /**
   * Withdraws the claims on one side that the comparison of values proves wrong, or shows the
   * break it proves: on the one undecided claim, else as a change of its own.
   */
  private settle(claims: SchemaChange[], side: 'breaksDocuments' | 'breaksConsumers', outcome: Outcome, broken: () => void): void {
    if (outcome.holds === true) {
      const why =
        side === 'breaksDocuments'
          ? 'every value the old schema accepted here is still accepted (another branch or the rest of the schema covers it), so no document breaks'
          : 'the new schema accepts nothing here that the old one did not, so consumers are unaffected';
      for (const c of claims)
        if (c[side] !== false && !(side === 'breaksConsumers' && c.change === 'property-removed')) {
          c[side] = false;
          c.message = `${c.message} Yet ${why}.`;
        }
      return;
    }
    if (outcome.holds !== false || claims.some((c) => c[side] === true)) return;
    const undecided = claims.filter((c) => c[side] === 'unknown');
    if (undecided.length !== 1) return broken();
    const [claim] = undecided as [SchemaChange];
    claim[side] = true;
    const proof = side === 'breaksDocuments' ? 'was valid here and is not any more' : 'is valid here now and was not before';
    claim.message = `${claim.message} It does: ${show(outcome.witness)} ${proof}.`;
  }

  /**
   * The two schemas to compare keyword by keyword. A `$ref` that leads to the same place on
   * both sides, defined in a compared file, stays a reference (that place is compared where it
   * is defined); any other `$ref` is replaced by what it resolves to, under the local keywords.
   */
  private followRefs(oldNode: JsonSchema, newNode: JsonSchema, pointer: string): [JsonSchema, JsonSchema] {
    if (oldNode.$ref === undefined && newNode.$ref === undefined) return [oldNode, newNode];
    const from = this.target(this.before, this.oldFile, oldNode);
    const to = this.target(this.after, this.newFile, newNode);
    if (from && to && from.compared && to.compared && from.file === to.file && from.pointer === to.pointer) return [oldNode, newNode];
    // Two targets already compared (a recursive definition reached again): only the local keywords are new.
    if (from && to && this.visit(from.node, to.node)) return [oldNode, newNode];
    const sameRef = oldNode.$ref === newNode.$ref;
    for (const [side, node, target] of [
      ['old', oldNode, from],
      ['new', newNode, to],
    ] as const) {
      if (node.$ref === undefined || target || (sameRef && side === 'new')) continue;
      const which = sameRef ? 'Both schemas’' : `The ${side} schema’s`;
      this.report(pointer)(
        'ref-unresolved',
        '/$ref',
        `${which} $ref ${JSON.stringify(node.$ref)} does not resolve locally, so what it allows cannot be compared.`,
      );
    }
    return [this.inline(this.before, oldNode, new Set()), this.inline(this.after, newNode, new Set())];
  }

  private target(side: SchemaSet, comparedFile: string, node: JsonSchema): RefTarget | undefined {
    if (typeof node.$ref !== 'string') return undefined;
    const resolved = side.graph.resolve(node.$ref, node);
    const at = resolved && side.locate(resolved);
    if (!resolved || !at) return undefined;
    return { node: resolved, file: at.file === comparedFile ? '' : at.file, pointer: at.pointer, compared: side.compared.has(at.file) };
  }

  /** The schema with its `$ref` replaced by the target's keywords (local ones win); a `$ref` cycle stops. */
  private inline(side: SchemaSet, node: JsonSchema, visiting: Set<JsonSchema>): JsonSchema {
    if (typeof node.$ref !== 'string' || visiting.has(node)) return node;
    const resolved = side.graph.resolve(node.$ref, node);
    if (!resolved) return node;
    const { $ref: _ref, ...local } = node;
    const { $defs: _defs, $id: _id, $schema: _schema, ...target } = this.inline(side, resolved, visiting.add(node));
    return { ...target, ...local };
  }

  private compareBooleans(oldNode: Node, newNode: Node, pointer: string): void {
    const allowsAll = (n: Node) => n === true || (isSchemaObject(n) && Object.keys(n).length === 0);
    if (oldNode === newNode || (allowsAll(oldNode) && allowsAll(newNode))) return;
    const report = this.report(pointer);
    if (newNode === false)
      report('schema-forbidden', '', 'Nothing is allowed here any more: documents with a value here are no longer valid.');
    else if (oldNode === false)
      report('schema-allowed', '', 'Values are now allowed where none were: consumers may meet values they never read.');
    else
      report(
        'keyword-changed',
        '',
        'A schema changed between `true` and a schema object: whether old values still pass cannot be told without comparing every keyword.',
      );
  }

  private compareOptional(oldSub: unknown, newSub: unknown, pointer: string, keyword: string): void {
    if (oldSub === undefined && newSub === undefined) return;
    if (oldSub === undefined || newSub === undefined) {
      if (canonical(oldSub) === canonical(newSub)) return;
      const report = this.report(pointer);
      return report(
        'keyword-changed',
        '',
        `\`${keyword}\` was ${oldSub === undefined ? 'added' : 'removed'}: its effect on documents and consumers cannot be classified without comparing it to an absent schema.`,
      );
    }
    this.compare(oldSub as Node, newSub as Node, pointer);
  }

  /** `properties`, `required` and `additionalProperties`: what an object may and must hold. */
  private compareObjects(o: JsonSchema, n: JsonSchema, pointer: string): void {
    const [before, after] = [entries(o.properties), entries(n.properties)];
    const [wasRequired, isRequired] = [names(o.required), names(n.required)];
    const report = this.report(pointer);
    for (const name of Object.keys(before)) {
      const at = child('', 'properties', name);
      if (!(name in after)) {
        const closed = closedTo(n, name);
        const documents =
          closed === 'unknown'
            ? 'a pattern or schema for other properties decides whether documents that keep it stay valid'
            : closed
              ? 'documents that still have it are no longer valid'
              : 'documents that have it stay valid (other properties are allowed)';
        report('property-removed', at, `Property \`${name}\` was removed: ${documents}, and consumers that read it find nothing.`, {
          documents: closed,
        });
      } else {
        this.compare(before[name] as Node, after[name] as Node, child(pointer, 'properties', name));
        if (wasRequired.has(name) && !isRequired.has(name))
          report('required-removed', at, `Property \`${name}\` is now optional: consumers that count on it may find it missing.`);
        if (!wasRequired.has(name) && isRequired.has(name))
          report('required-added', at, `Property \`${name}\` is now required: documents written without it are no longer valid.`);
      }
    }
    for (const name of Object.keys(after)) {
      if (name in before) continue;
      const at = child('', 'properties', name);
      if (isRequired.has(name))
        report('required-added', at, `New required property \`${name}\`: documents written without it are no longer valid.`);
      else {
        const closed = closedTo(o, name);
        const documents = closed === true ? false : 'unknown';
        const why =
          closed === true
            ? 'old documents could not have it, so they stay valid'
            : 'the old schema allowed other properties, so old documents may already use this name with another shape';
        report('property-added', at, `New optional property \`${name}\`: ${why}.`, { documents });
      }
    }
    // Required names without a property schema (`required` alone, as in an anyOf branch).
    for (const name of isRequired)
      if (!wasRequired.has(name) && !(name in after))
        report('required-added', child('', 'required'), `\`${name}\` is now required: documents written without it are no longer valid.`);
    for (const name of wasRequired)
      if (!isRequired.has(name) && !(name in before))
        report(
          'required-removed',
          child('', 'required'),
          `\`${name}\` is no longer required: consumers that count on it may find it missing.`,
        );
    for (const keyword of ['additionalProperties', 'unevaluatedProperties'])
      this.compareAdditional(o[keyword], n[keyword], child(pointer, keyword), keyword);
    this.compareDependentRequired(o, n, pointer);
  }

  private compareAdditional(oldSub: unknown, newSub: unknown, pointer: string, keyword: string): void {
    const open = (s: unknown) => s === undefined || s === true;
    if (open(oldSub) && open(newSub)) return;
    const report = this.report(pointer);
    if (newSub === false && open(oldSub))
      return report(
        'additional-properties-forbidden',
        '',
        `\`${keyword}\` is now false: documents with properties the schema does not name are no longer valid.`,
      );
    if (oldSub === false && open(newSub))
      return report(
        'additional-properties-allowed',
        '',
        `\`${keyword}\` no longer forbids other properties: consumers may meet properties they do not know.`,
      );
    this.compareOptional(open(oldSub) ? undefined : oldSub, open(newSub) ? undefined : newSub, pointer, keyword);
  }

  private compareDependentRequired(o: JsonSchema, n: JsonSchema, pointer: string): void {
    const [before, after] = [entries(o.dependentRequired), entries(n.dependentRequired)];
    const report = this.report(pointer);
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const [was, is] = [names(before[name]), names(after[name])];
      const at = child('', 'dependentRequired', name);
      for (const other of is)
        if (!was.has(other))
          report(
            'required-added',
            at,
            `\`${other}\` is now required whenever \`${name}\` is present: documents that have \`${name}\` without it are no longer valid.`,
          );
      for (const other of was)
        if (!is.has(other))
          report('required-removed', at, `\`${other}\` is no longer required when \`${name}\` is present: consumers may find it missing.`);
    }
  }

  /** `patternProperties`, `dependentSchemas` and `$defs`, compared entry by entry. */
  private compareMap(o: JsonSchema, n: JsonSchema, keyword: string, pointer: string): void {
    const [before, after] = [entries(o[keyword]), entries(n[keyword])];
    const report = this.report(pointer);
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const at = child('', keyword, name);
      if (name in before && name in after) this.compare(before[name] as Node, after[name] as Node, child(pointer, keyword, name));
      else if (keyword === '$defs') {
        if (name in after)
          report(
            'def-added',
            at,
            `New definition \`${name}\`: it changes documents only where a property refers to it, and any such change is reported there.`,
          );
        else
          report(
            'def-removed',
            at,
            `Definition \`${name}\` was removed: schemas outside this folder that referred to it no longer resolve.`,
          );
      } else {
        report(
          'keyword-changed',
          at,
          `\`${keyword}\` entry \`${name}\` was ${name in after ? 'added' : 'removed'}: which properties it governs, and so its effect, cannot be decided from the schemas.`,
        );
      }
    }
  }

  /** `oneOf`/`anyOf` branches and `allOf` members, matched by content, then by what they are, then by position. */
  private compareList(o: JsonSchema, n: JsonSchema, keyword: 'oneOf' | 'anyOf' | 'allOf', pointer: string): void {
    const [before, after] = [nodes(o[keyword]), nodes(n[keyword])];
    if (!before.length && !after.length) return;
    if (keyword !== 'allOf' && (!before.length || !after.length)) {
      const how = keyword === 'oneOf' ? 'exactly one' : 'at least one';
      if (!before.length)
        return this.report(pointer)(
          'alternatives-added',
          `/${keyword}`,
          `\`${keyword}\` added: every value must now match ${how} of its ${after.length} branches, which may reject documents that were valid.`,
        );
      return this.report(pointer)(
        'alternatives-removed',
        `/${keyword}`,
        `\`${keyword}\` removed: values no longer have to match ${how} of its ${before.length} branches, so consumers may meet shapes it ruled out.`,
      );
    }
    const { pairs, removed, added } = matchBranches(before, after);
    for (const [i, j] of pairs) this.compare(before[i] as Node, after[j] as Node, child(pointer, keyword, j));
    const report = this.report(pointer);
    const name = (node: Node) => (isSchemaObject(node) ? (node.title ?? node.$ref ?? '') : '');
    const label = (node: Node) => (name(node) ? ` (${String(name(node))})` : '');
    if (keyword === 'allOf') {
      for (const j of added)
        report(
          'all-of-added',
          child('', keyword, j),
          `New \`allOf\` member${label(after[j] as Node)}: every document must now also pass it, which may reject documents that were valid.`,
        );
      for (const i of removed)
        report(
          'all-of-removed',
          child('', keyword, i),
          `\`allOf\` member${label(before[i] as Node)} removed: consumers that relied on what it guaranteed may misread values.`,
        );
      return;
    }
    for (const j of added) {
      // In a oneOf, a value that matches an old branch and the new one now matches two and fails.
      const documents = keyword === 'oneOf' ? 'unknown' : false;
      const why =
        keyword === 'oneOf'
          ? 'a document that matched an old branch fails if it also matches the new one (cannot be decided from the schemas)'
          : 'old documents stay valid';
      report(
        'branch-added',
        child('', keyword, j),
        `New \`${keyword}\` branch${label(after[j] as Node)}: ${why}, and consumers may meet a shape they never read.`,
        { documents },
      );
    }
    for (const i of removed)
      report(
        'branch-removed',
        child('', keyword, i),
        `\`${keyword}\` branch${label(before[i] as Node)} removed: documents that matched only it are no longer valid.`,
      );
  }

  private comparePrefixItems(o: JsonSchema, n: JsonSchema, pointer: string): void {
    const [before, after] = [nodes(o.prefixItems), nodes(n.prefixItems)];
    for (let i = 0; i < Math.min(before.length, after.length); i++)
      this.compare(before[i] as Node, after[i] as Node, child(pointer, 'prefixItems', i));
    if (before.length !== after.length) {
      this.report(pointer)(
        'keyword-changed',
        '/prefixItems',
        `The number of positional items changed from ${before.length} to ${after.length}: the effect depends on \`items\` and cannot be classified on its own.`,
      );
    }
  }

  /** Keywords NOF does not analyse: any difference is reported as undecided rather than ignored. */
  private compareUnknown(o: JsonSchema, n: JsonSchema, pointer: string): void {
    for (const keyword of [...new Set([...Object.keys(o), ...Object.keys(n)])].sort()) {
      if (HANDLED.has(keyword) || canonical(o[keyword]) === canonical(n[keyword])) continue;
      this.report(pointer)(
        'keyword-changed',
        child('', keyword),
        `\`${keyword}\` changed, and nof schema diff does not analyse that keyword: review its effect by hand.`,
      );
    }
  }
}

/**
 * Whether a schema rejects a property it does not name: true under `additionalProperties: false`
 * (or `unevaluatedProperties: false`), false when other properties are allowed, `unknown` when a
 * pattern or a schema for other properties decides.
 */
function closedTo(schema: JsonSchema, name: string): boolean | 'unknown' {
  const patterns = Object.keys(entries(schema.patternProperties));
  if (
    patterns.some((p) => {
      try {
        return new RegExp(p, 'u').test(name);
      } catch {
        return true;
      }
    })
  )
    return 'unknown';
  const rest = schema.additionalProperties ?? schema.unevaluatedProperties;
  if (rest === false) return true;
  return rest === undefined || rest === true ? false : 'unknown';
}

/** What a branch is, for matching it across versions: its `$ref`, title, or the `const`s that tell branches apart. */
function branchIdentity(node: Node): string | undefined {
  if (!isSchemaObject(node)) return undefined;
  if (typeof node.$ref === 'string') return `ref:${node.$ref}`;
  if (typeof node.title === 'string') return `title:${node.title}`;
  const consts = Object.entries(entries(node.properties)).filter(([, s]) => isSchemaObject(s) && 'const' in s);
  return consts.length ? `const:${canonical(Object.fromEntries(consts.map(([k, s]) => [k, (s as JsonSchema).const])))}` : undefined;
}

function matchBranches(before: Node[], after: Node[]): { pairs: Array<[number, number]>; removed: number[]; added: number[] } {
  const pairs: Array<[number, number]> = [];
  const freeOld = new Set(before.keys());
  const freeNew = new Set(after.keys());
  const pass = (key: (n: Node) => string | undefined) => {
    for (const i of [...freeOld]) {
      const k = key(before[i] as Node);
      const j = k === undefined ? undefined : [...freeNew].find((j) => key(after[j] as Node) === k);
      if (j === undefined) continue;
      pairs.push([i, j]);
      freeOld.delete(i);
      freeNew.delete(j);
    }
  };
  pass(canonical);
  pass(branchIdentity);
  // Same number left over on both sides: most likely the same branches, edited in place.
  if (freeOld.size === freeNew.size) {
    const newLeft = [...freeNew];
    [...freeOld].forEach((i, k) => pairs.push([i, newLeft[k] as number]));
    return { pairs, removed: [], added: [] };
  }
  return { pairs, removed: [...freeOld], added: [...freeNew] };
}

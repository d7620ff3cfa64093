import { NOF_KEYWORD_NAMES, NOF_KEYWORDS, readAnnotations, type JsonSchema } from '@nof/schemas';
import type { Breaks, ChangeKind } from './changes.js';

/** Reports one change found at `pointer` (relative to the schema being compared); `override` for what the site knows better. */
export type Report = (change: ChangeKind, pointer: string, message: string, override?: { documents?: Breaks; consumers?: Breaks }) => void;

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const show = (value: unknown): string => `\`${JSON.stringify(value)}\``;
const list = (values: unknown[]): string => values.map(show).join(', ');

/** The JSON types a schema allows (from `type`, else from its `enum`/`const` values); undefined for any. */
function typesOf(schema: JsonSchema): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined;
  return (
    values && new Set(values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v)))
  );
}

/** True when every type in `a` is allowed by `b` (an integer is a number). */
function within(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((t) => b.has(t) || (t === 'integer' && b.has('number')));
}

function compareType(o: JsonSchema, n: JsonSchema, report: Report): void {
  // Without a `type` on either side, `enum` and `const` say all there is to say.
  if (o.type === undefined && n.type === undefined) return;
  const before = typesOf(o);
  const after = typesOf(n);
  const name = (s: Set<string> | undefined) => (s ? [...s].sort().join(' or ') : 'any type');
  if (before && after && within(before, after) && within(after, before)) return;
  const message = `Type changed from ${name(before)} to ${name(after)}`;
  if (!after || (before && within(before, after)))
    report('type-widened', '/type', `${message}: consumers may meet values of a type they never read before.`);
  else if (!before || within(after, before))
    report('type-narrowed', '/type', `${message}: documents holding the dropped type are no longer valid.`);
  else
    report('type-changed', '/type', `${message}: documents of the old type are no longer valid and consumers meet a type they never read.`);
}

function compareEnum(o: JsonSchema, n: JsonSchema, report: Report): void {
  const before = Array.isArray(o.enum) ? o.enum : undefined;
  const after = Array.isArray(n.enum) ? n.enum : undefined;
  if (!before && !after) return;
  if (!before)
    return report(
      'enum-added',
      '/enum',
      `Values are now limited to ${list(after as unknown[])}: documents with any other value are no longer valid.`,
    );
  if (!after)
    return report('enum-removed', '/enum', `Values are no longer limited to ${list(before)}: consumers may meet values they do not know.`);
  const keys = new Set(after.map(canonical));
  const removed = before.filter((v) => !keys.has(canonical(v)));
  const oldKeys = new Set(before.map(canonical));
  const added = after.filter((v) => !oldKeys.has(canonical(v)));
  if (removed.length)
    report(
      'enum-value-removed',
      '/enum',
      `Value${removed.length > 1 ? 's' : ''} ${list(removed)} removed from the list: documents using ${removed.length > 1 ? 'them' : 'it'} are no longer valid.`,
    );
  if (added.length)
    report(
      'enum-value-added',
      '/enum',
      `Value${added.length > 1 ? 's' : ''} ${list(added)} added to a closed list: consumers that handle each known value may not handle ${added.length > 1 ? 'them' : 'it'}.`,
    );
}

function compareConst(o: JsonSchema, n: JsonSchema, report: Report): void {
  const had = 'const' in o;
  const has = 'const' in n;
  if (!had && !has) return;
  if (!had)
    return report('const-added', '/const', `The value must now be ${show(n.const)}: documents with any other value are no longer valid.`);
  if (!has) return report('const-removed', '/const', `The value is no longer fixed to ${show(o.const)}: consumers may meet other values.`);
  if (canonical(o.const) !== canonical(n.const))
    report(
      'const-changed',
      '/const',
      `The fixed value changed from ${show(o.const)} to ${show(n.const)}: old documents are no longer valid and consumers expecting the old value misread the new.`,
    );
}

const LOWER = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];

function compareBounds(o: JsonSchema, n: JsonSchema, report: Report): void {
  for (const keyword of [...LOWER, ...UPPER]) {
    const before = typeof o[keyword] === 'number' ? (o[keyword] as number) : undefined;
    const after = typeof n[keyword] === 'number' ? (n[keyword] as number) : undefined;
    if (before === after) continue;
    const upper = UPPER.includes(keyword);
    // A bound added, or moved inwards, rejects values that were valid.
    const tightened = before === undefined || (after !== undefined && (upper ? after < before : after > before));
    const what = `\`${keyword}\` ${before === undefined ? `added (${after})` : after === undefined ? `removed (was ${before})` : `changed from ${before} to ${after}`}`;
    if (tightened) report('range-tightened', `/${keyword}`, `${what}: documents with values outside the new limit are no longer valid.`);
    else report('range-loosened', `/${keyword}`, `${what}: consumers may meet values beyond the limit they relied on.`);
  }
  const number = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const [before, after] = [number(o.multipleOf), number(n.multipleOf)];
  if (before === after) return;
  const what = `\`multipleOf\` ${before === undefined ? `added (${after})` : after === undefined ? `removed (was ${before})` : `changed from ${before} to ${after}`}`;
  if (after !== undefined && (before === undefined || Number.isInteger(after / before)))
    report('range-tightened', '/multipleOf', `${what}: values that are not multiples of ${after} are no longer valid.`);
  else if (after === undefined || Number.isInteger((before as number) / after))
    report('range-loosened', '/multipleOf', `${what}: consumers may meet values that are not multiples of ${before}.`);
  else
    report(
      'keyword-changed',
      '/multipleOf',
      `${what}: neither step divides the other, so some old values may be rejected and some new ones were unknown before.`,
    );
}

/** Strings the old or new schema gives as examples of valid values: evidence for pattern changes. */
function samples(schema: JsonSchema): string[] {
  const values = [...(Array.isArray(schema.examples) ? schema.examples : []), schema.default, schema.const];
  return values.filter((v): v is string => typeof v === 'string');
}

function regex(pattern: unknown): RegExp | undefined {
  try {
    return typeof pattern === 'string' ? new RegExp(pattern, 'u') : undefined;
  } catch {
    return undefined;
  }
}

function comparePattern(o: JsonSchema, n: JsonSchema, report: Report): void {
  if (o.pattern === n.pattern) return;
  if (o.pattern === undefined)
    return report(
      'pattern-added',
      '/pattern',
      `Values must now match ${show(n.pattern)}: documents with values that do not are no longer valid.`,
    );
  if (n.pattern === undefined)
    return report(
      'pattern-removed',
      '/pattern',
      `Values no longer have to match ${show(o.pattern)}: consumers that relied on that shape may misread values.`,
    );
  const what = `Pattern changed from ${show(o.pattern)} to ${show(n.pattern)}`;
  const [before, after] = [regex(o.pattern), regex(n.pattern)];
  if (!before || !after)
    return report(
      'pattern-changed',
      '/pattern',
      `${what}, and one of them is not a valid regular expression, so its effect cannot be told.`,
    );
  // Regular languages can't be compared here; the schemas' own examples can prove a break.
  const lost = samples(o).find((s) => before.test(s) && !after.test(s));
  const gained = samples(n).find((s) => after.test(s) && !before.test(s));
  if (lost !== undefined || gained !== undefined) {
    const reasons = [
      lost !== undefined ? `the old example ${show(lost)} no longer matches` : '',
      gained !== undefined ? `the new example ${show(gained)} did not match before` : '',
    ];
    return report('pattern-changed', '/pattern', `${what}: ${reasons.filter(Boolean).join(' and ')}.`, {
      documents: lost !== undefined ? true : 'unknown',
      consumers: gained !== undefined ? true : 'unknown',
    });
  }
  report(
    'pattern-changed',
    '/pattern',
    `${what}: whether every value the old one accepted still matches (and no new shape appears) cannot be decided from the schemas; check by hand.`,
  );
}

function compareFlags(o: JsonSchema, n: JsonSchema, report: Report): void {
  if (o.format !== n.format) {
    if (o.format === undefined)
      report(
        'format-added',
        '/format',
        `Values must now be in the format ${show(n.format)}: documents with values that are not are no longer valid.`,
      );
    else if (n.format === undefined)
      report(
        'format-removed',
        '/format',
        `Values no longer have to be in the format ${show(o.format)}: consumers may meet values they cannot parse.`,
      );
    else
      report(
        'format-changed',
        '/format',
        `Format changed from ${show(o.format)} to ${show(n.format)}: whether old values fit the new format cannot be decided from the schemas.`,
      );
  }
  if ((o.uniqueItems === true) !== (n.uniqueItems === true)) {
    if (n.uniqueItems === true)
      report('unique-items-added', '/uniqueItems', 'Items must now be unique: documents that repeat an item are no longer valid.');
    else report('unique-items-removed', '/uniqueItems', 'Items no longer have to be unique: consumers may meet repeated items.');
  }
  if (canonical(o.default) !== canonical(n.default)) {
    report(
      'default-changed',
      '/default',
      `Default changed from ${'default' in o ? show(o.default) : 'none'} to ${'default' in n ? show(n.default) : 'none'}: a consumer that fills in defaults reads a different value for documents that leave it out.`,
    );
  }
}

function compareAnnotations(o: JsonSchema, n: JsonSchema, report: Report): void {
  for (const keyword of ['title', 'description', 'examples', '$comment']) {
    if (canonical(o[keyword]) !== canonical(n[keyword]))
      report(
        'annotation-changed',
        `/${keyword}`,
        `The ${keyword === '$comment' ? 'comment' : keyword} changed; documents and consumers are unaffected.`,
      );
  }
  const [before, after] = [readAnnotations(o), readAnnotations(n)];
  if (!before.deprecated !== !after.deprecated) {
    const by = after.deprecated?.by !== undefined ? ` in favour of \`${after.deprecated.by}\`` : '';
    if (after.deprecated)
      report(
        'deprecated-added',
        '/deprecated',
        `Deprecated${by}: documents still valid, but it will be removed in the next major version.`,
      );
    else report('deprecated-removed', '/deprecated', 'No longer deprecated.');
  } else if (before.deprecated?.by !== after.deprecated?.by) {
    report(
      'annotation-changed',
      `/${NOF_KEYWORDS.deprecatedBy.keyword}`,
      `The suggested replacement changed to ${show(after.deprecated?.by)}.`,
    );
  }
  if (!before.personalData !== !after.personalData) {
    if (after.personalData)
      report(
        'personal-data-marked',
        `/${NOF_KEYWORDS.personalData.keyword}`,
        "Now marked as possibly holding a child's personal data: consumers must stop sharing it outside the placing authority.",
      );
    else
      report(
        'personal-data-unmarked',
        `/${NOF_KEYWORDS.personalData.keyword}`,
        "No longer marked as possibly holding a child's personal data.",
      );
  }
}

/** NOF's own annotations that change what a value means: a codelist or the target of a reference. */
function compareMeaning(o: JsonSchema, n: JsonSchema, report: Report): void {
  const pairs = [
    ['codelist', 'codelist', 'codes from the codelist'],
    ['refKind', 'reference', 'the id of a document of kind'],
    ['refScope', 'reference', 'the id of an item in'],
  ] as const;
  const [old, now] = [readAnnotations(o), readAnnotations(n)];
  for (const [name, change, meaning] of pairs) {
    const keyword = NOF_KEYWORDS[name].keyword;
    const [before, after] = [old[name], now[name]];
    if (canonical(before) === canonical(after)) continue;
    if (before === undefined)
      report(
        `${change}-added`,
        `/${keyword}`,
        `Values are now ${meaning} ${show(after)}, checked by NOF's rules: old documents whose values are not may now be reported.`,
      );
    else if (after === undefined)
      report(
        `${change}-removed`,
        `/${keyword}`,
        `Values are no longer ${meaning} ${show(before)}: consumers that look them up there may fail.`,
      );
    else
      report(
        `${change}-changed`,
        `/${keyword}`,
        `Values were ${meaning} ${show(before)} and are now ${meaning} ${show(after)}: consumers look them up in the wrong place.`,
      );
  }
}

/** The keywords compared here, as opposed to those that hold subschemas. */
export const ASSERTION_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  ...LOWER,
  ...UPPER,
  'multipleOf',
  'pattern',
  'format',
  'uniqueItems',
  'default',
  'title',
  'description',
  'examples',
  '$comment',
  'deprecated',
  ...NOF_KEYWORD_NAMES,
]);

/** Compares the keywords of two schemas that constrain or describe the value itself. */
export function compareAssertions(o: JsonSchema, n: JsonSchema, report: Report): void {
  compareType(o, n, report);
  compareEnum(o, n, report);
  compareConst(o, n, report);
  compareBounds(o, n, report);
  comparePattern(o, n, report);
  compareFlags(o, n, report);
  compareAnnotations(o, n, report);
  compareMeaning(o, n, report);
}

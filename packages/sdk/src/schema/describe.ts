import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '@nof/schemas';
import { isCollection } from 'yaml';
import type { Diagnostic, Fix, Range } from '../diagnostics/diagnostic.js';
import { formatPointer, parsePointer, valueAt } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { closest } from './closest.js';
import { insertPropertyFix, replaceFix, yamlScalar } from './fixes.js';
import { describeValue, formatPhrase, listValues, patternPhrase, plural, typePhrase } from './phrases.js';
import type { SchemaRegistry } from './registry.js';
import { applicable } from './schema-at.js';
import { isSchemaObject } from './schema-graph.js';

/** What turning ajv errors into diagnostics needs to know about the document. */
export interface DescribeContext {
  doc: ParsedDocument;
  registry: SchemaRegistry;
  kindSchema: JsonSchema;
  /** Pointers of the required properties found missing (`/spec/placingAuthority`). */
  missing: ReadonlySet<string>;
  /** Filled in while describing: missing properties an unknown one stands for, renamed or written in the wrong place. */
  supplied: Set<string>;
}

/** One ajv error as a diagnostic a commissioner can act on. */
export function describeError(e: ErrorObject, ctx: DescribeContext): Diagnostic {
  const params = e.params as Record<string, unknown>;
  const value = valueAt(ctx.doc.value, e.instancePath);
  const subject = subjectOf(e.instancePath, ctx);
  const onValue = (message: string, fixes?: Fix[]): Diagnostic =>
    diagnostic(e, e.instancePath, valueRange(e.instancePath, ctx.doc), message, fixes);
  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return unknownProperty(e, String(params.additionalProperty ?? params.unevaluatedProperty), ctx);
    case 'required':
      return Array.isArray(params.alternatives)
        ? missingEither(e, params.alternatives.map(String), ctx)
        : missingProperty(e, String(params.missingProperty), ctx, '');
    case 'dependentRequired':
      return missingProperty(e, String(params.missingProperty), ctx, ` It is needed when \`${String(params.property)}\` is given.`);
    case 'enum':
    case 'const': {
      const allowed = e.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue];
      const suggestion =
        typeof value === 'string'
          ? closest(
              value,
              allowed.filter((a): a is string => typeof a === 'string'),
            )
          : undefined;
      const expected = allowed.length === 1 ? listValues(allowed) : `one of ${listValues(allowed)}`;
      if (Array.isArray(value) && !allowed.some(Array.isArray)) return notAList(e, subject, value, allowed, ctx);
      const hint = suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
      const target = suggestion ?? (allowed.length === 1 ? allowed[0] : undefined);
      const range = valueRange(e.instancePath, ctx.doc);
      const fixes = target === undefined ? undefined : [replaceFix(`Change to \`${String(target)}\``, range, yamlScalar(target))];
      return diagnostic(e, e.instancePath, range, `${subject} must be ${expected}.${hint}`, fixes);
    }
    case 'type':
      if (Array.isArray(value) && !String(params.type).includes('array'))
        return notAList(e, subject, value, allowedValues(e.instancePath, ctx), ctx);
      return onValue(
        value === null
          ? `${subject} is empty: it must be ${typePhrase(params.type)}.`
          : `${subject} must be ${typePhrase(params.type)}, not ${describeValue(value)}.`,
      );
    case 'format':
      return onValue(`${subject} must be ${formatPhrase(String(params.format), value)}.`);
    case 'pattern':
      return onValue(`${subject} must be ${patternPhrase(e.parentSchema, String(params.pattern))}.`);
    case 'minimum':
      return onValue(`${subject} must be at least ${String(params.limit)}.`);
    case 'exclusiveMinimum':
      return onValue(`${subject} must be more than ${String(params.limit)}.`);
    case 'maximum':
      return onValue(`${subject} must be at most ${String(params.limit)}.`);
    case 'exclusiveMaximum':
      return onValue(`${subject} must be less than ${String(params.limit)}.`);
    case 'multipleOf':
      return onValue(`${subject} must be a multiple of ${String(params.multipleOf)}.`);
    case 'minLength':
      return onValue(
        params.limit === 1
          ? `${subject} must not be empty.`
          : `${subject} must be at least ${plural(Number(params.limit), 'character')} long.`,
      );
    case 'maxLength':
      return onValue(`${subject} must be at most ${plural(Number(params.limit), 'character')} long (it has ${String(value).length}).`);
    case 'minItems':
      return onValue(`${subject} must list at least ${plural(Number(params.limit), 'item')}.`);
    case 'maxItems':
      return onValue(`${subject} must list at most ${plural(Number(params.limit), 'item')}.`);
    case 'minProperties':
      return onValue(
        params.limit === 1
          ? `${subject} must not be empty.`
          : `${subject} must have at least ${plural(Number(params.limit), 'property', 'properties')}.`,
      );
    case 'maxProperties':
      return onValue(`${subject} must have at most ${plural(Number(params.limit), 'property', 'properties')}.`);
    case 'uniqueItems': {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      const pointer = `${e.instancePath}/${second}`;
      return diagnostic(
        e,
        pointer,
        valueRange(pointer, ctx.doc),
        `${subject} lists the same item twice (items ${first + 1} and ${second + 1}).`,
      );
    }
    case 'false schema':
      return onValue(`${subject} is not allowed here.`);
    case 'oneOf':
      return onValue(
        params.passingSchemas
          ? `${subject} fits more than one of the allowed forms; make clear which one it is.`
          : `${subject} does not fit any of the allowed forms.`,
      );
    case 'anyOf':
      return onValue(`${subject} does not fit any of the allowed forms.`);
    case 'not':
      return onValue(`${subject} has a value that is not allowed here.`);
    default:
      return onValue(`${subject} ${e.message ?? 'is not valid'}.`);
  }
}

function diagnostic(e: ErrorObject, path: string, range: Range, message: string, fixes?: Fix[]): Diagnostic {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return {
    severity: 'error',
    code: `schema/${e.keyword === 'false schema' ? 'false-schema' : e.keyword}`,
    message: sentence,
    path,
    range,
    ...(fixes ? { fixes } : {}),
  };
}

function unknownProperty(e: ErrorObject, name: string, ctx: DescribeContext): Diagnostic {
  const pointer = e.instancePath + formatPointer([name]);
  const present = valueAt(ctx.doc.value, e.instancePath);
  const allowed = allowedProperties(e.instancePath, ctx, e);
  const given = allowed.filter((p) => isSchemaObject(present) && p in present);
  const absent = allowed.filter((p) => !given.includes(p));
  const range = ctx.doc.rangeOf(pointer, 'key');
  const where = e.instancePath ? ` in ${subjectOf(e.instancePath, ctx)}` : '';
  const unknown = `Unknown property \`${name}\`${where}.`;
  const home = homeOf(name, e.instancePath, ctx);
  const suggestion = home?.missing ? undefined : closest(name, absent);
  if (suggestion !== undefined) {
    ctx.supplied.add(e.instancePath + formatPointer([suggestion]));
    return diagnostic(e, pointer, range, `${unknown} Did you mean \`${suggestion}\`?`, [
      replaceFix(`Rename to \`${suggestion}\``, range, suggestion),
    ]);
  }
  if (home) {
    ctx.supplied.add(home.pointer + formatPointer([name]));
    const place = home.pointer ? subjectOf(home.pointer, ctx) : 'the document itself';
    const how = home.outward ? 'one level out' : 'one level in';
    const found = home.missing ? ', where it is missing' : '';
    return {
      ...diagnostic(e, pointer, range, `${unknown} It belongs in ${place}${found}: move it ${how}.`),
      related: [{ uri: ctx.doc.uri, range: ctx.doc.rangeOf(home.pointer, 'key'), message: `\`${name}\` belongs here.` }],
    };
  }
  return diagnostic(e, pointer, range, `${unknown}${allowedList(absent, given)}`);
}

/** Most property names an "Allowed here" list shows in full. */
const LIST_ALL = 20;

/**
 * Every property allowed here, those already given marked as such; when there are too many to
 * list, the first of the others, said to be only some.
 */
function allowedList(absent: string[], given: string[]): string {
  if (!absent.length && !given.length) return '';
  if (absent.length + given.length > LIST_ALL) return ` Other allowed properties here: ${listValues(absent, LIST_ALL - 5)}.`;
  if (!absent.length) return ` The properties allowed here are all given already: ${listValues(given, LIST_ALL)}.`;
  const already = given.length ? `, and, already given, ${listValues(given, LIST_ALL)}` : '';
  return ` Allowed here: ${listValues(absent, LIST_ALL)}${already}.`;
}

/**
 * Where a property unknown at `parent` belongs instead: the nearest mapping further out, or a
 * mapping among its neighbours, that allows it and does not have it. A place where it is
 * required and missing wins: the author wrote it there and indented it wrongly.
 */
function homeOf(name: string, parent: string, ctx: DescribeContext): { pointer: string; outward: boolean; missing: boolean } | undefined {
  const segments = parsePointer(parent);
  const candidates: Array<{ pointer: string; outward: boolean }> = [];
  for (let n = segments.length - 1; n >= 0; n--) {
    const pointer = formatPointer(segments.slice(0, n));
    if (isSchemaObject(valueAt(ctx.doc.value, pointer))) {
      candidates.push({ pointer, outward: true });
      break;
    }
  }
  for (const pointer of mappingsIn(parent, ctx)) candidates.push({ pointer, outward: false });
  const fits = candidates.filter((c) => {
    const there = valueAt(ctx.doc.value, c.pointer);
    return isSchemaObject(there) && !(name in there) && allowedProperties(c.pointer, ctx).includes(name);
  });
  const missing = fits.find((c) => ctx.missing.has(c.pointer + formatPointer([name])));
  return missing ? { ...missing, missing: true } : fits[0] && { ...fits[0], missing: false };
}

/** The mappings among a mapping's values, by context and pointer: found once, not once per unknown property (10,000 keys took 8 s). */
const mappingsFound = new WeakMap<DescribeContext, Map<string, string[]>>();

function mappingsIn(parent: string, ctx: DescribeContext): string[] {
  const found = mappingsFound.get(ctx) ?? new Map<string, string[]>();
  mappingsFound.set(ctx, found);
  let pointers = found.get(parent);
  if (!pointers) {
    const value = valueAt(ctx.doc.value, parent);
    pointers = isSchemaObject(value)
      ? Object.entries(value)
          .filter(([, v]) => isSchemaObject(v))
          .map(([key]) => parent + formatPointer([key]))
      : [];
    found.set(parent, pointers);
  }
  return pointers;
}

/** The property names the schema allows in the mapping at `pointer` (the ajv error's own schema first). */
function allowedProperties(pointer: string, ctx: DescribeContext, e?: ErrorObject): string[] {
  const own = e?.keyword === 'additionalProperties' && isSchemaObject(e.parentSchema?.properties) ? [e.parentSchema.properties] : [];
  const schemas = own.length
    ? own
    : (ctx.registry.schemaAt(ctx.kindSchema, pointer, ctx.doc.value)?.schemas ?? []).map((s) => s.properties);
  return [...new Set(schemas.filter(isSchemaObject).flatMap((p) => Object.keys(p)))];
}

function missingProperty(e: ErrorObject, name: string, ctx: DescribeContext, why: string): Diagnostic {
  const pointer = e.instancePath + formatPointer([name]);
  // The schema that requires the property declares it: the right branch even inside a oneOf.
  const declared = isSchemaObject(e.parentSchema?.properties) ? e.parentSchema.properties[name] : undefined;
  const schemas = isSchemaObject(declared)
    ? applicable(declared, undefined, ctx.registry.graph)
    : (ctx.registry.schemaAt(ctx.kindSchema, pointer, ctx.doc.value)?.schemas ?? []);
  const propertyTitle = schemas.map((s) => s.title).find((t): t is string => typeof t === 'string');
  const title = propertyTitle && propertyTitle.toLowerCase() !== name.toLowerCase() ? ` (${propertyTitle})` : '';
  const where = e.instancePath ? ` in ${subjectOf(e.instancePath, ctx)}` : '';
  const fix = insertPropertyFix(ctx.doc, e.instancePath, name, placeholder(schemas));
  return diagnostic(
    e,
    pointer,
    ctx.doc.rangeOf(e.instancePath, 'key'),
    `Missing required property \`${name}\`${title}${where}.${why}`,
    fix ? [fix] : undefined,
  );
}

/** A mapping that needs one of several properties (`clause` or `schedule`) and has none. */
function missingEither(e: ErrorObject, names: string[], ctx: DescribeContext): Diagnostic {
  const where = e.instancePath ? ` in ${subjectOf(e.instancePath, ctx)}` : '';
  // One fix for each: neither is the obvious one.
  const fixes = names.flatMap((name) => {
    const schemas = ctx.registry.schemaAt(ctx.kindSchema, e.instancePath + formatPointer([name]), ctx.doc.value)?.schemas ?? [];
    const fix = insertPropertyFix(ctx.doc, e.instancePath, name, placeholder(schemas));
    return fix ? [{ ...fix, preferred: false }] : [];
  });
  const choice = names.map((n) => `\`${n}\``).join(' or ');
  return diagnostic(
    e,
    e.instancePath,
    ctx.doc.rangeOf(e.instancePath, 'key'),
    `Missing required property${where}: give ${choice}.`,
    fixes.length ? fixes : undefined,
  );
}

/** A list written where one value goes: say so, with the values allowed, and unwrap a list of one. */
function notAList(e: ErrorObject, subject: string, list: unknown[], allowed: unknown[], ctx: DescribeContext): Diagnostic {
  const range = valueRange(e.instancePath, ctx.doc);
  const values = allowed.length === 1 ? `: ${listValues(allowed)}` : allowed.length ? `: one of ${listValues(allowed)}` : '';
  const only = list.length === 1 && (list[0] === null || typeof list[0] !== 'object') ? list[0] : undefined;
  const fixes = only === undefined ? undefined : [replaceFix(`Change to \`${String(only)}\``, range, yamlScalar(only))];
  return { ...diagnostic(e, e.instancePath, range, `${subject} takes one value, not a list${values}.`, fixes), code: 'schema/type' };
}

/** The fixed values (`enum`, `const`) the schema allows at a pointer, if it lists them. */
function allowedValues(pointer: string, ctx: DescribeContext): unknown[] {
  for (const s of ctx.registry.schemaAt(ctx.kindSchema, pointer, ctx.doc.value)?.schemas ?? []) {
    if (Array.isArray(s.enum)) return s.enum;
    if ('const' in s) return [s.const];
  }
  return [];
}

/**
 * What to write for a newly added property: its only possible value when it has one, else an
 * empty value of its type, which the next check flags until the author fills it in.
 */
function placeholder(schemas: JsonSchema[]): string {
  for (const s of schemas) if ('const' in s) return yamlScalar(s.const);
  const type = schemas.map((s) => s.type).find((t) => t !== undefined);
  const first = Array.isArray(type) ? type[0] : type;
  if (first === 'object' || schemas.some((s) => isSchemaObject(s.properties))) return '{}';
  if (first === 'array' || schemas.some((s) => s.items !== undefined)) return '[]';
  if (first === 'integer' || first === 'number') return '0';
  if (first === 'boolean') return 'false';
  return '""';
}

/**
 * How a message names the value at a pointer: `` `start` (Start date) ``, `` item 2 of `members` ``,
 * or "The document" for the root.
 */
function subjectOf(pointer: string, ctx: DescribeContext): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  if (last === undefined) return 'The document';
  const title = ctx.registry.schemaAt(ctx.kindSchema, pointer, ctx.doc.value)?.title;
  if (/^[0-9]+$/.test(last)) {
    const owner = [...segments].reverse().find((s) => !/^[0-9]+$/.test(s));
    const item = `item ${Number(last) + 1}${owner ? ` of \`${owner}\`` : ''}`;
    return title ? `${item} (${title})` : item;
  }
  return title && title.toLowerCase() !== last.toLowerCase() ? `\`${last}\` (${title})` : `\`${last}\``;
}

/**
 * Where a finding about a value is shown: the value itself when it is a scalar or written
 * inline, but the property's name for a block mapping or list, which may run for many lines.
 */
function valueRange(pointer: string, doc: ParsedDocument): Range {
  const { node, found } = doc.nodeAt(pointer);
  const block = found && isCollection(node) && !node.flow;
  return doc.rangeOf(pointer, block ? 'key' : 'value');
}

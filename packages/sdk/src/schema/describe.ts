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
      return missingProperty(e, String(params.missingProperty), ctx, '');
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
      const hint = suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
      const target = suggestion ?? (allowed.length === 1 ? allowed[0] : undefined);
      const range = valueRange(e.instancePath, ctx.doc);
      const fixes = target === undefined ? undefined : [replaceFix(`Change to \`${String(target)}\``, range, yamlScalar(target))];
      return diagnostic(e, e.instancePath, range, `${subject} must be ${expected}.${hint}`, fixes);
    }
    case 'type':
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
  const allowed = allowedProperties(e, ctx).filter((p) => !(isSchemaObject(present) && p in present));
  const suggestion = closest(name, allowed);
  const range = ctx.doc.rangeOf(pointer, 'key');
  const where = e.instancePath ? ` in ${subjectOf(e.instancePath, ctx)}` : '';
  if (suggestion !== undefined) {
    return diagnostic(e, pointer, range, `Unknown property \`${name}\`${where}. Did you mean \`${suggestion}\`?`, [
      replaceFix(`Rename to \`${suggestion}\``, range, suggestion),
    ]);
  }
  const list = allowed.length ? ` Allowed here: ${listValues(allowed, 20)}.` : '';
  return diagnostic(e, pointer, range, `Unknown property \`${name}\`${where}.${list}`);
}

/** The property names the schema allows where the unknown one was written. */
function allowedProperties(e: ErrorObject, ctx: DescribeContext): string[] {
  const own = e.keyword === 'additionalProperties' && isSchemaObject(e.parentSchema?.properties) ? [e.parentSchema.properties] : [];
  const schemas = own.length
    ? own
    : (ctx.registry.schemaAt(ctx.kindSchema, e.instancePath, ctx.doc.value)?.schemas ?? []).map((s) => s.properties);
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

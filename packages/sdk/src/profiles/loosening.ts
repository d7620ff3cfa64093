import { formatPointer } from '../parse/json-pointer.js';
import { jsonEqual } from './merge-patch.js';
import { isRecord } from '../model/is-record.js';

/** A place in a profile's patch that would loosen the national schema, and why. */
export interface Loosening {
  /** JSON pointer inside the patch. */
  path: string;
  message: string;
}

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
/** Keywords whose value is one schema that a profile may narrow. */
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames']);
/** Lower bounds a profile may raise, and upper bounds it may lower. */
const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);
/** Words for people, which a profile may reword freely. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'default']);

const show = (value: unknown) => `\`${JSON.stringify(value)}\``;

/**
 * Where a merge patch over a national schema would remove or loosen a national rule: a profile
 * may add properties and constraints, never take one away (the OCDS extension and Open
 * Referral profile model). Anything this cannot prove narrower is refused.
 */
export function loosenings(base: unknown, patch: unknown, path: string[] = []): Loosening[] {
  const at = (...more: string[]) => formatPointer([...path, ...more]);
  if (!isRecord(patch)) {
    if (base === undefined || patch === false) return [];
    return [{ path: at(), message: `replaces a national schema with ${show(patch)}; a profile may only add to it.` }];
  }
  if (base === true || base === undefined) return [];
  if (base === false) return [{ path: at(), message: 'reopens a place the national schema forbids.' }];
  if (!isRecord(base)) return [];
  const out: Loosening[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const old = base[key];
    const fail = (message: string, ...more: string[]) => out.push({ path: at(key, ...more), message });
    if (value === null) {
      if (old !== undefined) fail(`removes the national \`${key}\`; a profile may not take national rules away.`);
      continue;
    }
    if (old === undefined) {
      // New keywords only narrow, except new patterns of extra properties on a closed object.
      if (key === 'patternProperties' && base.additionalProperties === false)
        fail('lets properties the national schema forbids in by pattern; add them by name under `properties`.');
      continue;
    }
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isRecord(value) && isRecord(old)) {
      for (const [name, schema] of Object.entries(value)) {
        if (schema === null && old[name] !== undefined)
          fail(`deletes the national \`${name}\`; a profile may not take national rules away.`, name);
        else if (old[name] === undefined && key === 'patternProperties' && base.additionalProperties === false)
          fail('lets properties the national schema forbids in by pattern.', name);
        else out.push(...loosenings(old[name], schema, [...path, key, name]));
      }
    } else if (key === 'additionalProperties' && old === false && value !== false) {
      fail(
        `sets \`additionalProperties\` to ${show(value)}, but the national schema closes this object; add new fields by name under \`properties\`.`,
      );
    } else if (SUBSCHEMAS.has(key)) {
      out.push(...loosenings(old, value, [...path, key]));
    } else if (key === 'required') {
      const missing = Array.isArray(old) && Array.isArray(value) ? old.filter((r) => !value.includes(r)) : old;
      if (!Array.isArray(missing) || missing.length)
        fail(`drops national required ${show(missing)}; list every national one and add yours.`);
    } else if (key === 'type') {
      const wider = toList(value).filter((t) => !toList(old).includes(t));
      if (wider.length) fail(`widens the type with ${show(wider)}; a profile may only narrow it.`);
    } else if (key === 'enum') {
      const wider = Array.isArray(value) && Array.isArray(old) ? value.filter((v) => !old.some((o) => jsonEqual(o, v))) : [value];
      if (wider.length) fail(`adds ${show(wider)} to the national list of values; a profile may only leave values out.`);
    } else if (LOWER.has(key) || UPPER.has(key)) {
      const looser = typeof value !== 'number' || typeof old !== 'number' || (LOWER.has(key) ? value < old : value > old);
      if (looser) fail(`relaxes \`${key}\` from ${show(old)} to ${show(value)}.`);
    } else if (key === 'uniqueItems') {
      if (old === true && value !== true) fail('allows repeated items the national schema forbids.');
    } else if (key === 'allOf') {
      const kept = Array.isArray(value) && Array.isArray(old) && old.every((o) => value.some((v) => jsonEqual(o, v)));
      if (!kept) fail('drops national `allOf` conditions; keep them all and append yours.');
    } else if (!jsonEqual(old, value)) {
      fail(`changes the national \`${key}\` from ${show(old)} to ${show(value)}; a profile may only add constraints.`);
    }
  }
  return out;
}

function toList(type: unknown): unknown[] {
  return Array.isArray(type) ? type : [type];
}

import type { ErrorObject } from 'ajv';
import { valueAt } from '../parse/json-pointer.js';
import { commonConflict, aimedBranch } from './branches.js';
import type { SchemaRegistry } from './registry.js';

/**
 * ajv with `allErrors` reports the failures of every `oneOf`/`anyOf` branch. A person wrote the
 * value with one branch in mind, so keep only that branch's errors: the branch its fixed-value
 * properties (`type: framework`) point at, else the one with the fewest errors. Each branch is
 * re-checked on its own (its errors cannot be told apart from the mixed list reliably, as
 * errors inside a `$ref` carry paths relative to the referenced file), outermost first.
 */
export function collapseAlternatives(errors: ErrorObject[], registry: SchemaRegistry, data: unknown): ErrorObject[] {
  let result = errors;
  const done = new Set<string>();
  for (;;) {
    const next = result
      .filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && !done.has(identity(e)))
      .sort((a, b) => a.instancePath.length - b.instancePath.length)[0];
    if (!next) return result;
    done.add(identity(next));
    const branchErrors = checkBranches(next, registry, data) ?? errorsByBranch(next, result);
    if (!branchErrors) continue;
    const fromBranches = new Set(branchErrors.flat().map(signature));
    const chosen = chooseBranch(next, branchErrors, registry, data);
    result = [...result.filter((e) => e !== next && !fromBranches.has(signature(e))), ...chosen];
  }
}

/** Each branch's errors for the value, with paths from the document root; undefined when not traceable. */
function checkBranches(error: ErrorObject, registry: SchemaRegistry, data: unknown): ErrorObject[][] | undefined {
  const location = registry.graph.locate(error.parentSchema);
  const branches = error.schema;
  // Several branches passing (`oneOf` only) is its own finding, with nothing to collapse.
  if (!location || !Array.isArray(branches) || (error.params as { passingSchemas?: unknown }).passingSchemas) return undefined;
  const value = valueAt(data, error.instancePath);
  try {
    return branches.map((_, i) => {
      const validate = registry.validatorAt(`${location.baseId}#${location.pointer}/${error.keyword}/${i}`);
      validate(value);
      return (validate.errors ?? []).map((e) => ({ ...e, instancePath: error.instancePath + e.instancePath }));
    });
  } catch {
    return undefined;
  }
}

/**
 * Each branch's errors picked from the mixed list by their schema path, for a branch that cannot
 * be compiled on its own (`{required: [clause]}` without a type fails ajv's strict mode);
 * undefined when some branch's errors cannot be found that way.
 */
function errorsByBranch(error: ErrorObject, errors: ErrorObject[]): ErrorObject[][] | undefined {
  const branches = Array.isArray(error.schema) ? error.schema : [];
  const found = branches.map((_, i) => errors.filter((e) => e.schemaPath.startsWith(`${error.schemaPath}/${i}/`)));
  return found.length && found.every((list) => list.length > 0) ? found : undefined;
}

/** When each branch wants just one more property (`clause` or `schedule`), one error naming them all. */
function eitherMissing(branchErrors: ErrorObject[][]): ErrorObject | undefined {
  const [first] = branchErrors[0] ?? [];
  const alone = branchErrors.every(
    (list) => list.length === 1 && list[0]?.keyword === 'required' && list[0].instancePath === first?.instancePath,
  );
  if (!first || !alone) return undefined;
  const names = branchErrors.map((list) => String((list[0]!.params as { missingProperty?: unknown }).missingProperty));
  return { ...first, params: { missingProperty: names[0], alternatives: [...new Set(names)] } };
}

function chooseBranch(error: ErrorObject, branchErrors: ErrorObject[][], registry: SchemaRegistry, data: unknown): ErrorObject[] {
  const branches = error.schema as unknown[];
  const either = eitherMissing(branchErrors);
  if (either) return [either];
  const value = valueAt(data, error.instancePath);
  const aimed = aimedBranch(branches, value, registry.graph);
  if (aimed !== undefined) return branchErrors[aimed] ?? [];
  const conflict = commonConflict(branches, value, registry.graph);
  if (conflict) {
    // No branch accepts the discriminator (`type: blok`): that one value is the whole problem.
    const property = conflict.property.replace(/~/g, '~0').replace(/\//g, '~1');
    return [
      {
        ...error,
        keyword: 'enum',
        instancePath: `${error.instancePath}/${property}`,
        params: { allowedValues: conflict.allowed },
        schema: conflict.allowed,
        parentSchema: {},
      },
    ];
  }
  let fewest = 0;
  branchErrors.forEach((list, i) => {
    if (list.length < (branchErrors[fewest]?.length ?? Infinity)) fewest = i;
  });
  return branchErrors[fewest] ?? [];
}

function identity(e: ErrorObject): string {
  return `${e.instancePath}|${e.schemaPath}|${e.keyword}`;
}

/** What makes two errors the same finding, wherever in the schemas they came from. */
function signature(e: ErrorObject): string {
  return `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
}

/** Keywords that judge a single value; one such finding per value is enough. */
const VALUE_KEYWORDS = [
  'type',
  'const',
  'enum',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
];

/**
 * One error per root cause: drops `if` (its `then` errors say what is wrong), the same error
 * reached through several `$ref`s or `allOf` members, and all but the most telling of the
 * value checks on one value (a wrong type makes its pattern and length moot; a pattern's
 * description says more than a bare format).
 */
export function rootCauses(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const byValue = new Map<string, ErrorObject>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const rank = VALUE_KEYWORDS.indexOf(e.keyword);
    if (rank >= 0) {
      const current = byValue.get(e.instancePath);
      if (!current || rank < VALUE_KEYWORDS.indexOf(current.keyword)) byValue.set(e.instancePath, e);
      continue;
    }
    const sig = signature(e);
    if (!seen.has(sig)) {
      seen.add(sig);
      out.push(e);
    }
  }
  return [...out, ...byValue.values()];
}

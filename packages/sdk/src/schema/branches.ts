import type { JsonSchema } from '@nof/schemas';
import { isSchemaObject, type SchemaGraph } from './schema-graph.js';

/** The schema itself and every schema it pulls in unconditionally (`$ref`, `allOf`). */
export function withRefs(schema: JsonSchema, graph: SchemaGraph, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out = [schema];
  if (typeof schema.$ref === 'string') {
    const target = graph.resolve(schema.$ref, schema);
    if (target) out.push(...withRefs(target, graph, seen));
  }
  if (Array.isArray(schema.allOf)) {
    for (const sub of schema.allOf) if (isSchemaObject(sub)) out.push(...withRefs(sub, graph, seen));
  }
  return out;
}

/** Properties a branch pins to fixed values (`type: {const: framework}`): its discriminators. */
function discriminators(branch: JsonSchema, graph: SchemaGraph): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const schema of withRefs(branch, graph)) {
    if (!isSchemaObject(schema.properties)) continue;
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!isSchemaObject(property)) continue;
      for (const s of withRefs(property, graph)) {
        if ('const' in s) out.set(name, [s.const]);
        else if (Array.isArray(s.enum)) out.set(name, s.enum);
      }
    }
  }
  return out;
}

/** How a value's fixed-value properties compare with one branch's discriminators. */
interface BranchFit {
  matches: number;
  conflicts: string[];
}

function fit(branch: JsonSchema, value: unknown, graph: SchemaGraph): BranchFit {
  const result: BranchFit = { matches: 0, conflicts: [] };
  if (!isSchemaObject(value)) return result;
  for (const [name, allowed] of discriminators(branch, graph)) {
    if (!(name in value)) continue;
    if (allowed.some((a) => a === value[name])) result.matches++;
    else result.conflicts.push(name);
  }
  return result;
}

/**
 * The branch of a `oneOf`/`anyOf` the value evidently aims at: the one whose fixed-value
 * properties (`type`, `kind`...) it matches without contradicting any; undefined when the
 * value does not say.
 */
export function aimedBranch(branches: unknown[], value: unknown, graph: SchemaGraph): number | undefined {
  let best: number | undefined;
  let bestMatches = 0;
  branches.forEach((branch, i) => {
    if (!isSchemaObject(branch)) return;
    const f = fit(branch, value, graph);
    if (f.conflicts.length === 0 && f.matches > bestMatches) {
      best = i;
      bestMatches = f.matches;
    }
  });
  return best;
}

/**
 * When every branch is ruled out by the same property (`type: blok` where the branches want
 * `framework` or `block`), that property and every value the branches allow for it.
 */
export function commonConflict(
  branches: unknown[],
  value: unknown,
  graph: SchemaGraph,
): { property: string; allowed: unknown[] } | undefined {
  const fits = branches.filter(isSchemaObject).map((b) => ({ branch: b, fit: fit(b, value, graph) }));
  const first = fits[0]?.fit.conflicts[0];
  if (first === undefined || !fits.every((f) => f.fit.conflicts.includes(first))) return undefined;
  const allowed = new Set<unknown>();
  for (const f of fits) for (const v of discriminators(f.branch, graph).get(first) ?? []) allowed.add(v);
  return { property: first, allowed: [...allowed] };
}

/**
 * The branch a value most likely follows, for looking things up (hover, completion, titles):
 * the one its fixed-value properties point at, else the one declaring the most of its keys.
 */
export function likelyBranch(branches: unknown[], value: unknown, graph: SchemaGraph): number | undefined {
  const aimed = aimedBranch(branches, value, graph);
  if (aimed !== undefined || !isSchemaObject(value)) return aimed;
  const keys = Object.keys(value);
  let best: number | undefined;
  let bestCount = 0;
  branches.forEach((branch, i) => {
    if (!isSchemaObject(branch)) return;
    const declared = new Set(withRefs(branch, graph).flatMap((s) => (isSchemaObject(s.properties) ? Object.keys(s.properties) : [])));
    const count = keys.filter((k) => declared.has(k)).length - keys.filter((k) => !declared.has(k)).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}

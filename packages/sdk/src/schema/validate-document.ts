import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema } from '@nof/schemas';
import { MAX_PER_DOCUMENT, moreProblems } from '../diagnostics/cap.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isAlias } from 'yaml';
import { formatPointer, parsePointer } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { collapseAlternatives, rootCauses } from './collapse.js';
import { describeError } from './describe.js';
import { schemaForDocument, type EnvelopeDocument } from './envelope.js';
import { SchemaLoadError, type SchemaRegistry } from './registry.js';
import type { ProfileCatalog } from '../profiles/profiles.js';

/**
 * Checks one document against the schema of its `apiVersion` and `kind` (with the local
 * profiles it names, from `profiles`). A valid document costs one call of a precompiled
 * validator; the compiled one, positions, messages and fixes are worked out only for errors.
 */
export function validateDocument(doc: ParsedDocument, registry: SchemaRegistry, profiles?: ProfileCatalog): Diagnostic[] {
  const envelope = schemaForDocument(doc, registry, profiles);
  if ('problem' in envelope) return [envelope.problem];
  let validate: ValidateFunction;
  try {
    if (registry.isValid(envelope.schema, doc.value)) return envelope.problems;
    validate = registry.validatorFor(envelope.schema);
  } catch (error) {
    if (!(error instanceof SchemaLoadError)) throw error;
    // A broken schema file is the tool's fault, but the user still deserves a located message.
    const message = `The schema for ${doc.kind} could not be loaded, so this document was not checked: ${error.message}`;
    return [
      ...envelope.problems,
      { severity: 'error', code: 'nof/schema-unavailable', message, path: '/kind', range: doc.rangeOf('/kind') },
    ];
  }
  if (validate(doc.value)) return envelope.problems;
  const all = validate.errors ?? [];
  // The first findings are explained (each costs a walk of the document and maybe a check of
  // each `oneOf` branch again); the rest are only counted.
  const diagnostics = describeErrors(
    collapseAlternatives(all.slice(0, MAX_PER_DOCUMENT), registry, doc.value),
    doc,
    registry,
    envelope.schema,
  );
  const hidden = all.length > MAX_PER_DOCUMENT ? rootCauses(all.slice(MAX_PER_DOCUMENT)).length : 0;
  if (hidden > 0) diagnostics.push(moreProblems(hidden, 'schema', 'error', doc.startLine()));
  return envelope.problems.concat(diagnostics);
}

/**
 * True when {@link validateDocument} would find nothing, worked out from the value alone: a
 * document read without a syntax tree is checked so (no range is asked for when nothing is found).
 */
export function findsNothing(doc: EnvelopeDocument, registry: SchemaRegistry, profiles?: ProfileCatalog): boolean {
  const envelope = schemaForDocument(doc, registry, profiles);
  if ('problem' in envelope || envelope.problems.length > 0) return false;
  try {
    return registry.isValid(envelope.schema, doc.value);
  } catch (error) {
    if (error instanceof SchemaLoadError) return false;
    throw error;
  }
}

/** ajv's errors for a document as diagnostics, one for each root cause. */
export function describeErrors(all: ErrorObject[], doc: ParsedDocument, registry: SchemaRegistry, kindSchema: JsonSchema): Diagnostic[] {
  // Unknown properties first: `typ: x` where `type` is required, or `name` indented into the
  // wrong mapping, is one mistake, so the "missing" finding the unknown one stands for goes.
  const errors = rootCauses(all).sort(
    (a, b) => Number(b.keyword === 'additionalProperties') - Number(a.keyword === 'additionalProperties'),
  );
  const ctx = { doc, registry, kindSchema, missing: new Set(errors.flatMap(missingPointers)), supplied: new Set<string>() };
  const described = errors.map((e) => describeError(e, ctx));
  return oncePerHolder(
    described.filter((_, i) => !missingPointers(errors[i]!).some((p) => ctx.supplied.has(p))),
    doc,
  );
}

/** Where the properties a `required` error asks for would be (either of them, when it names alternatives). */
function missingPointers(e: ErrorObject): string[] {
  if (e.keyword !== 'required') return [];
  const names = Array.isArray(e.params.alternatives) ? e.params.alternatives : [e.params.missingProperty];
  return names.map((name) => e.instancePath + formatPointer([String(name)]));
}

/**
 * A value written once under an anchor (`&terms`) and used through aliases (`*terms`) is checked
 * at every use, but it is one text with one problem: keep one finding per node, preferring the
 * one reached without an alias, which is reported where the anchor is defined.
 */
function oncePerHolder(diagnostics: Diagnostic[], doc: ParsedDocument): Diagnostic[] {
  if (!/[&*]/.test(doc.positions.text)) return diagnostics;
  const kept = new Map<unknown, Map<string, { d: Diagnostic; viaAlias: boolean }>>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const at = doc.nodeAt(d.path);
    const node = isAlias(at.node) ? at.node.resolve(doc.yaml) : at.node;
    const viaAlias = at.viaAlias || isAlias(at.node);
    const key = `${d.code}|${parsePointer(d.path).slice(at.depth).join('/')}`;
    const seen = kept.get(node) ?? new Map<string, { d: Diagnostic; viaAlias: boolean }>();
    kept.set(node, seen);
    const before = seen.get(key);
    if (!before) {
      seen.set(key, { d, viaAlias });
      out.push(d);
    } else if (before.viaAlias && !viaAlias) {
      out[out.indexOf(before.d)] = d;
      seen.set(key, { d, viaAlias });
    }
  }
  return out;
}

import type { ValidateFunction } from 'ajv';
import { MAX_PER_DOCUMENT, moreProblems } from '../diagnostics/cap.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPointer, parentPointer } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { collapseAlternatives, rootCauses } from './collapse.js';
import { describeError } from './describe.js';
import { schemaForDocument } from './envelope.js';
import { SchemaLoadError, type SchemaRegistry } from './registry.js';

/**
 * Checks one document against the schema of its `apiVersion` and `kind`. A valid document
 * costs one ajv call; positions, messages and fixes are worked out only for errors.
 */
export function validateDocument(doc: ParsedDocument, registry: SchemaRegistry): Diagnostic[] {
  const envelope = schemaForDocument(doc, registry);
  if ('problem' in envelope) return [envelope.problem];
  let validate: ValidateFunction;
  try {
    validate = registry.validatorFor(envelope.schema);
  } catch (error) {
    if (!(error instanceof SchemaLoadError)) throw error;
    // A broken schema file is the tool's fault, but the user still deserves a located message.
    const message = `The schema for ${doc.kind} could not be loaded, so this document was not checked: ${error.message}`;
    return [{ severity: 'error', code: 'nof/schema-unavailable', message, path: '/kind', range: doc.rangeOf('/kind') }];
  }
  if (validate(doc.value)) return [];
  const all = validate.errors ?? [];
  // The first findings are explained (each costs a walk of the document and maybe a check of
  // each `oneOf` branch again); the rest are only counted.
  const errors = rootCauses(collapseAlternatives(all.slice(0, MAX_PER_DOCUMENT), registry, doc.value));
  const ctx = { doc, registry, kindSchema: envelope.schema };
  const diagnostics = withoutRenamedRequired(errors.map((e) => describeError(e, ctx)));
  const hidden = all.length > MAX_PER_DOCUMENT ? rootCauses(all.slice(MAX_PER_DOCUMENT)).length : 0;
  if (hidden > 0) diagnostics.push(moreProblems(hidden, 'schema', 'error', doc.startLine()));
  return diagnostics;
}

/**
 * `typ: x` where `type` is required is one mistake, not two: the unknown property's rename
 * fix supplies the missing one, so the "missing `type`" diagnostic goes.
 */
function withoutRenamedRequired(diagnostics: Diagnostic[]): Diagnostic[] {
  const supplied = new Set<string>();
  for (const d of diagnostics) {
    const rename = d.code === 'schema/additionalProperties' ? d.fixes?.[0]?.edits[0]?.newText : undefined;
    if (rename !== undefined) supplied.add(parentPointer(d.path) + formatPointer([rename]));
  }
  return diagnostics.filter((d) => !(d.code === 'schema/required' && supplied.has(d.path)));
}

import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatPointer, parentPointer } from '../parse/json-pointer.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { collapseAlternatives, rootCauses } from './collapse.js';
import { describeError } from './describe.js';
import { schemaForDocument } from './envelope.js';
import { SchemaLoadError, type SchemaRegistry } from './registry.js';
import type { ProfileCatalog } from '../profiles/profiles.js';

/**
 * Checks one document against the schema of its `apiVersion` and `kind` (with the local
 * profiles it names, from `profiles`). A valid document costs one ajv call; positions,
 * messages and fixes are worked out only for errors.
 */
export function validateDocument(doc: ParsedDocument, registry: SchemaRegistry, profiles?: ProfileCatalog): Diagnostic[] {
  const envelope = schemaForDocument(doc, registry, profiles);
  if ('problem' in envelope) return [envelope.problem];
  let validate: ValidateFunction;
  try {
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
  const errors = rootCauses(collapseAlternatives([...(validate.errors ?? [])], registry, doc.value));
  const ctx = { doc, registry, kindSchema: envelope.schema };
  return [...envelope.problems, ...withoutRenamedRequired(errors.map((e) => describeError(e, ctx)))];
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

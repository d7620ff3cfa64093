import { closest } from '../../schema/closest.js';
import type { ParsedDocument } from '../../parse/parsed-document.js';
import { validateText } from '../../validate.js';
import type { SchemaRegistry } from '../../schema/registry.js';
import { finding, INTEROP_CODES, type InteropDiagnostic, type Locator } from '../diagnostics.js';
import { readJsonItems } from '../json-input.js';
import { setAt } from '../pointer-write.js';
import { documentYaml, type ImportedDocument } from '../yaml-documents.js';
import { standardValueProblem } from './check-value.js';
import { STANDARD_FIELDS } from './fields.js';
import { FIELD_MAPPINGS, type FieldMapping, type Target } from './mapping.js';

/** Options for {@link importPlacementsStandard}. */
export interface PlacementsStandardImportOptions {
  /**
   * The GSS code of the local authority whose records these are: the standard does not name it,
   * so it becomes the request's requesting authority, the agreement's placing authority and the
   * owner of both. Without it, those required fields are left for the user to fill in.
   */
  authority?: string;
  /** The provider profile id whose settings include an Ofsted URN, when the workspace has one. */
  providerForUrn?(urn: string): string | undefined;
  /** The schemas to check the new documents against (default: the shipped ones). */
  registry?: SchemaRegistry;
}

/** What an import made and what it could not map. */
export interface ImportResult {
  documents: ImportedDocument[];
  diagnostics: InteropDiagnostic[];
}

const FIELDS = new Map(STANDARD_FIELDS.map((f) => [f.name, f]));
const MAPPINGS = new Map(FIELD_MAPPINGS.map((m) => [m.field, m]));
const FIELD_NAMES = STANDARD_FIELDS.map((f) => f.name);

/**
 * Imports records of the Placements Data Standard v2 (JSON: one object per placement, or a list
 * of them, fields by the standard's names) as NOF documents: a PlacementRequest per record, and a
 * PlacementAgreement when the record describes the actual placement. Every field of the standard
 * has a home in NOF ({@link FIELD_MAPPINGS}); anything else in a record, any value that is not one
 * of the standard's, and anything a new document still lacks is a located diagnostic in the input
 * file. Never throws for bad input.
 */
export function importPlacementsStandard(text: string, uri: string, options: PlacementsStandardImportOptions = {}): ImportResult {
  const { source, items, diagnostics } = readJsonItems(text, uri);
  const ids = new Set<string>();
  const documents: ImportedDocument[] = [];
  for (const { value: record, pointer } of items) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      diagnostics.push(
        finding(source!, pointer, 'error', INTEROP_CODES.badInput, "a record must be a JSON object of the standard's fields"),
      );
      continue;
    }
    const made = importRecord(record as Record<string, unknown>, pointer, source!, ids, options);
    for (const document of made.documents) documents.push(document);
    for (const problem of made.diagnostics) diagnostics.push(problem);
  }
  return { documents, diagnostics };
}

function importRecord(
  record: Record<string, unknown>,
  at: string,
  source: ParsedDocument,
  ids: Set<string>,
  options: PlacementsStandardImportOptions,
): ImportResult {
  const diagnostics: InteropDiagnostic[] = [];
  const specs: Record<Target, Record<string, unknown> | undefined> = { request: { spec: {} }, agreement: undefined };
  for (const [name, value] of Object.entries(record)) {
    const field = FIELDS.get(name);
    if (!field) {
      const suggestion = closest(name, FIELD_NAMES);
      diagnostics.push(
        finding(
          source,
          `${at}/${name}`,
          'error',
          INTEROP_CODES.unknownField,
          `'${name}' is not a field of the Placements Data Standard v2, so it is not imported${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
          'key',
        ),
      );
      continue;
    }
    // An optional field left empty (null) says nothing: the standard's 0..1.
    if (value === null && field.cardinality === '0..1') continue;
    const problem = standardValueProblem(field, value);
    if (problem) {
      diagnostics.push(finding(source, `${at}/${name}`, 'error', INTEROP_CODES.invalidValue, `${name} ${problem}; not imported`));
      continue;
    }
    const mapping = MAPPINGS.get(name)!;
    for (const target of mapping.targets) {
      if (target === 'agreement' && mapping.field === 'childId') continue;
      specs[target] ??= { spec: {} };
      setAt(specs[target]!, mapping.pointer, mapping.codec.toNof(value));
    }
  }
  for (const field of STANDARD_FIELDS) {
    // The placement's own fields are required only of a record that describes a placement.
    const placementOnly = !MAPPINGS.get(field.name)!.targets.includes('request');
    if (field.cardinality !== '0..1' && record[field.name] === undefined && (specs.agreement || !placementOnly)) {
      diagnostics.push(
        finding(source, at, 'warning', INTEROP_CODES.missingField, `the record has no ${field.name}, which the standard requires`),
      );
    }
  }
  const documents = [requestDocument(specs.request!, ids, options)];
  if (specs.agreement) documents.push(agreementDocument(specs.agreement, documents[0]!, ids, options));
  for (const document of documents)
    for (const problem of incompleteness(document, source, at, record, options.registry)) diagnostics.push(problem);
  return { documents, diagnostics };
}

function requestDocument(body: Record<string, unknown>, ids: Set<string>, options: PlacementsStandardImportOptions): ImportedDocument {
  const spec = body.spec as Record<string, unknown>;
  const child = spec.child as { localReference?: string } | undefined;
  const reference = child?.localReference ?? 'unknown';
  const id = uniqueId(`req-${slug(reference)}`, ids);
  return {
    kind: 'PlacementRequest',
    id,
    value: {
      apiVersion: 'nof/v1',
      kind: 'PlacementRequest',
      metadata: envelope(id, `Placement request ${reference}`, options),
      spec: { ...(options.authority ? { requestingAuthority: options.authority } : {}), ...spec },
    },
  };
}

function agreementDocument(
  body: Record<string, unknown>,
  request: ImportedDocument,
  ids: Set<string>,
  options: PlacementsStandardImportOptions,
): ImportedDocument {
  const spec = body.spec as Record<string, unknown>;
  const requestSpec = request.value.spec as Record<string, unknown>;
  requestSpec.status = 'placed';
  const reference = (requestSpec.child as { localReference?: string } | undefined)?.localReference;
  const setting = spec.setting as { ofstedUrn?: string } | undefined;
  const provider = setting?.ofstedUrn === undefined ? undefined : options.providerForUrn?.(setting.ofstedUrn);
  const fees = spec.fees as { totalWeeklyCost?: number } | undefined;
  const id = uniqueId(`ipa-${slug(reference ?? 'unknown')}`, ids);
  return {
    kind: 'PlacementAgreement',
    id,
    value: {
      apiVersion: 'nof/v1',
      kind: 'PlacementAgreement',
      metadata: envelope(id, `Individual Placement Agreement ${reference ?? ''}`.trim(), options),
      spec: {
        ...(reference === undefined ? {} : { child: { localReference: reference } }),
        ...(options.authority ? { placingAuthority: options.authority } : {}),
        ...(provider ? { provider } : {}),
        ...spec,
        request: request.id,
        // The standard's total weekly cost is "the actual weekly fee paid": with no itemised
        // services it is also the weekly fee, which the agreement requires.
        ...(fees?.totalWeeklyCost === undefined ? {} : { fees: { weeklyFee: { amount: fees.totalWeeklyCost, per: 'week' }, ...fees } }),
      },
    },
  };
}

function envelope(id: string, name: string, options: PlacementsStandardImportOptions): Record<string, unknown> {
  // Internal: the records carry free text about the child and officers' names.
  return {
    id,
    name,
    ...(options.authority ? { owner: options.authority } : {}),
    sharing: 'internal',
    labels: ['placements-data-standard'],
  };
}

/**
 * What the new document still lacks or gets wrong by its schema, reported at the record field it
 * came from (or the record, for what the standard does not give at all).
 */
function incompleteness(
  document: ImportedDocument,
  source: Locator,
  at: string,
  record: Record<string, unknown>,
  registry: SchemaRegistry | undefined,
): InteropDiagnostic[] {
  const target: Target = document.kind === 'PlacementRequest' ? 'request' : 'agreement';
  const checked = validateText(documentYaml(document), `${document.id}.yaml`, registry ? { registry } : {});
  return checked.diagnostics.map((d) => {
    const from = mappingAt(d.path, target, record);
    const missing = d.code === 'schema/required';
    const said = d.message.replace(/\.$/, '');
    const message = missing
      ? `${document.kind} '${document.id}' ${said.replace(/^missing/i, 'lacks')}${from ? '' : ', which the Placements Data Standard does not record: fill it in'}`
      : `${document.kind} '${document.id}': ${said}`;
    return finding(
      source,
      from ? `${at}/${from.field}` : at,
      missing ? 'warning' : 'error',
      missing ? INTEROP_CODES.missingField : INTEROP_CODES.invalidValue,
      message,
    );
  });
}

/** The record field that fed the value at `path` of a document, when one did. */
function mappingAt(path: string, target: Target, record: Record<string, unknown>): FieldMapping | undefined {
  return FIELD_MAPPINGS.find(
    (m) => m.targets.includes(target) && record[m.field] !== undefined && (path === m.pointer || path.startsWith(`${m.pointer}/`)),
  );
}

/** A NOF id from a local reference: `LDS/2015-0042` → `lds-2015-0042`. */
function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'record'
  );
}

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

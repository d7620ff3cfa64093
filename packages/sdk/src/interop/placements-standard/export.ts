import type { RuleDocument } from '../../rules/rule.js';
import { valueAt } from '../../parse/json-pointer.js';
import { finding, INTEROP_CODES, type InteropDiagnostic } from '../diagnostics.js';
import { standardValueProblem } from './check-value.js';
import { STANDARD_FIELDS, type StandardRecord } from './fields.js';
import { FIELD_MAPPINGS, type Target } from './mapping.js';

/** What an export wrote and what it could not. */
export interface PlacementsStandardExport {
  records: StandardRecord[];
  diagnostics: InteropDiagnostic[];
}

const MAPPINGS = new Map(FIELD_MAPPINGS.map((m) => [m.field, m]));

/**
 * Exports PlacementRequest and PlacementAgreement documents as records of the Placements Data
 * Standard v2, fields in the standard's order. A request and the agreement that names it
 * (`spec.request`) make one record; a request not yet placed makes a referral-only record, and
 * an agreement whose request is not among the documents a placement-only one. Values the
 * standard cannot hold, and fields it requires that the documents do not give, are located
 * diagnostics in the NOF documents.
 */
export function exportPlacementsStandard(documents: readonly RuleDocument[]): PlacementsStandardExport {
  const diagnostics: InteropDiagnostic[] = [];
  const requests = documents.filter((d) => d.kind === 'PlacementRequest');
  const agreements = documents.filter((d) => d.kind === 'PlacementAgreement');
  for (const other of documents.filter((d) => d.kind !== 'PlacementRequest' && d.kind !== 'PlacementAgreement')) {
    diagnostics.push(
      finding(
        other,
        '/kind',
        'info',
        INTEROP_CODES.notExported,
        `a ${other.kind ?? 'document without a kind'} has no place in the Placements Data Standard; only placement requests and agreements are exported`,
      ),
    );
  }
  const pairs: Array<Partial<Record<Target, RuleDocument>>> = [];
  const answered = new Set<RuleDocument>();
  // Agreements by the request they answer, found once rather than again for every request.
  const byRequest = new Map<unknown, RuleDocument[]>();
  for (const agreement of agreements) {
    const request = valueAt(agreement.value, '/spec/request');
    const list = byRequest.get(request) ?? [];
    list.push(agreement);
    byRequest.set(request, list);
  }
  for (const request of requests) {
    const placed = byRequest.get(request.id) ?? [];
    for (const agreement of placed) {
      answered.add(agreement);
      pairs.push({ request, agreement });
    }
    if (placed.length === 0) pairs.push({ request });
  }
  for (const agreement of agreements) if (!answered.has(agreement)) pairs.push({ agreement });
  const records = pairs.map((pair) => exportRecord(pair, diagnostics));
  return { records, diagnostics };
}

function exportRecord(pair: Partial<Record<Target, RuleDocument>>, diagnostics: InteropDiagnostic[]): StandardRecord {
  const record: StandardRecord = {};
  // Required referral fields of a placement whose request is not exported: said once, not per field.
  const referralGaps: string[] = [];
  for (const field of STANDARD_FIELDS) {
    const mapping = MAPPINGS.get(field.name)!;
    const target = mapping.targets.find((t) => pair[t] !== undefined);
    const document = target === undefined ? undefined : pair[target];
    if (document === undefined) {
      // A referral-only record has no placement fields: the standard's own shape for it.
      if (field.cardinality !== '0..1' && mapping.targets.includes('request')) referralGaps.push(field.name);
      continue;
    }
    const value = valueAt(document.value, mapping.pointer);
    if (value === undefined) {
      if (field.cardinality !== '0..1')
        diagnostics.push(
          finding(
            document,
            mapping.pointer,
            'warning',
            INTEROP_CODES.missingField,
            `the standard requires ${field.name}, but ${mapping.pointer.slice(1).replaceAll('/', '.')} is not given`,
          ),
        );
      continue;
    }
    const converted = mapping.codec.fromNof(value);
    if ('problem' in converted) {
      diagnostics.push(
        finding(
          document,
          mapping.pointer,
          converted.value === undefined ? 'error' : 'warning',
          converted.value === undefined ? INTEROP_CODES.invalidValue : INTEROP_CODES.partlyMapped,
          `${field.name}: ${converted.problem}`,
        ),
      );
      if (converted.value === undefined) continue;
    }
    const problem = 'problem' in converted ? undefined : standardValueProblem(field, converted.value);
    if (problem) {
      diagnostics.push(finding(document, mapping.pointer, 'error', INTEROP_CODES.invalidValue, `${field.name} ${problem}; not exported`));
      continue;
    }
    record[field.name] = converted.value;
  }
  if (referralGaps.length) {
    diagnostics.push(
      finding(
        pair.agreement!,
        '/spec/request',
        'warning',
        INTEROP_CODES.missingField,
        `no placement request is among the documents exported, so the record lacks the referral fields the standard requires: ${referralGaps.join(', ')}`,
      ),
    );
  }
  return record;
}

import { Codelists } from '../../codelists/codelists.js';
import { valueAt } from '../../parse/json-pointer.js';
import type { RuleDocument } from '../../rules/rule.js';
import { toCsv } from '../csv.js';
import { finding, INTEROP_CODES, type InteropDiagnostic } from '../diagnostics.js';

/**
 * The SSDA903 Header columns (one row per child), in the DfE return's order. SEX and DOB are
 * filled only from internal documents; NOF does not record ETHNIC, UPN, MOTHER or MC_DOB, which are
 * left blank for the authority's case management system to supply.
 */
export const SSDA903_HEADER_COLUMNS = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'] as const;

/**
 * The SSDA903 Episodes columns (one row per placement episode), in the DfE return's order. NOF
 * does not record RNE, CIN, DEC, REC, REASON_PLACE_CHANGE, HOME_POST or PL_POST: those columns
 * are left blank for the authority's case management system to supply.
 */
export const SSDA903_COLUMNS = [
  'CHILD',
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PLACE',
  'PLACE_PROVIDER',
  'DEC',
  'REC',
  'REASON_PLACE_CHANGE',
  'HOME_POST',
  'PL_POST',
  'URN',
] as const;

export type Ssda903Column = (typeof SSDA903_COLUMNS)[number];
export type Ssda903Row = Partial<Record<Ssda903Column, string>>;
export type Ssda903HeaderRow = Partial<Record<(typeof SSDA903_HEADER_COLUMNS)[number], string>>;

/** Options for {@link exportSsda903}. */
export interface Ssda903Options {
  /** The collection year, by the year it ends: 2025 is 1 April 2024 to 31 March 2025. */
  year: number;
  codelists?: Codelists;
}

export interface Ssda903Export {
  /** The Episodes table. */
  rows: Ssda903Row[];
  csv: string;
  /** The Header table: one row per child, with SEX and DOB from internal documents. */
  header: { rows: Ssda903HeaderRow[]; csv: string };
  diagnostics: InteropDiagnostic[];
}

/** SSDA903 sex codes: 1 male, 2 female. NOF's `other` and `not-known` have none. */
const SEX: Record<string, string> = { male: '1', female: '2' };

/**
 * PLACE_PROVIDER from the provider's profile: a private company (an agency, a home operator, an
 * independent school) is PR4, a charity or voluntary organisation PR5, an authority's own
 * provision PR1 when it is the placing authority's and PR2 when another authority's.
 */
function placeProvider(provider: RuleDocument, placingAuthority: unknown): { code?: string; problem?: string } {
  const organisation = valueAt(provider.value, '/spec/organisation') as
    | { type?: string; charityNumber?: string; authority?: string }
    | undefined;
  if (!organisation?.type) return {};
  if (organisation.type === 'local-authority') {
    if (organisation.authority === undefined) {
      return {
        problem:
          'the provider is a local authority whose profile names no `organisation.authority`, so PLACE_PROVIDER (PR1 own authority or PR2 another) is left blank',
      };
    }
    return { code: organisation.authority === placingAuthority ? 'PR1' : 'PR2' };
  }
  if (organisation.type === 'voluntary' || organisation.charityNumber !== undefined) return { code: 'PR5' };
  return { code: 'PR4' };
}

/**
 * Replacements the DfE guidance gives that the codelist does not record as successors: H5 and
 * P2 placements became registered supported accommodation (K3) when it was introduced in 2024-25.
 */
const GUIDANCE_REPLACEMENTS: Record<string, string[]> = { H5: ['K3'], P2: ['K3'] };

/**
 * Exports placement agreements as SSDA903 episode rows for one collection year: each agreement
 * open at some point in the year (started by 31 March, not planned to end before 1 April) is one
 * row. Placement types are checked against the year's codelist: a code retired or not yet valid
 * in that year is an error naming the year and the replacement. CHILD is the pseudonymous local
 * reference. SEX and DOB go in the Header table, one row per child, and come only from documents
 * shared `internal`. PLACE_PROVIDER is filled when the provider's profile is among the documents.
 */
export function exportSsda903(documents: readonly RuleDocument[], options: Ssda903Options): Ssda903Export {
  const codelists = options.codelists ?? new Codelists();
  const yearStart = `${options.year - 1}-04-01`;
  const yearEnd = `${options.year}-03-31`;
  const label = `${options.year - 1}-${String(options.year).slice(2)}`;
  const providers = new Map(documents.filter((d) => d.kind === 'ProviderProfile').map((d) => [d.id, d]));
  const diagnostics: InteropDiagnostic[] = [];
  const rows: Array<{ row: Ssda903Row; start: string }> = [];
  const header = new Map<string, Ssda903HeaderRow>();
  for (const agreement of documents.filter((d) => d.kind === 'PlacementAgreement')) {
    const at = (pointer: string) => valueAt(agreement.value, pointer);
    const start = at('/spec/startDate');
    const plannedEnd = at('/spec/plannedEndDate');
    if (typeof start !== 'string') {
      diagnostics.push(
        finding(
          agreement,
          '/spec/startDate',
          'error',
          INTEROP_CODES.missingField,
          'the agreement has no start date, which DECOM needs; not exported',
        ),
      );
      continue;
    }
    if (start > yearEnd || (typeof plannedEnd === 'string' && plannedEnd < yearStart)) continue;
    const internal = at('/metadata/sharing') === 'internal';
    const child = text(at('/spec/child/localReference'));
    const person: Ssda903HeaderRow = header.get(child) ?? { CHILD: child };
    header.set(child, person);
    const row: Ssda903Row = {
      CHILD: child,
      DECOM: ukDate(start),
      LS: text(at('/spec/legalStatus')),
      PLACE: placeCode(agreement, text(at('/spec/placementType')), lastDay(plannedEnd, yearEnd), label, codelists, diagnostics),
      URN: text(at('/spec/setting/ofstedUrn')),
    };
    if (internal) {
      const gender = at('/spec/child/gender');
      if (typeof gender === 'string') {
        person.SEX = SEX[gender] ?? '';
        if (!SEX[gender])
          diagnostics.push(
            finding(
              agreement,
              '/spec/child/gender',
              'warning',
              INTEROP_CODES.invalidValue,
              `SSDA903 SEX has codes for male (1) and female (2) only; '${gender}' leaves it blank`,
            ),
          );
      }
      const birth = at('/spec/child/dateOfBirth');
      if (typeof birth === 'string') person.DOB = ukDate(birth);
    }
    const provider = providers.get(text(at('/spec/provider')));
    const placed = provider ? placeProvider(provider, at('/spec/placingAuthority')) : {};
    if (placed.code) row.PLACE_PROVIDER = placed.code;
    if (placed.problem) diagnostics.push(finding(agreement, '/spec/provider', 'warning', INTEROP_CODES.missingField, placed.problem));
    rows.push({ row, start });
  }
  rows.sort((a, b) => (a.row.CHILD ?? '').localeCompare(b.row.CHILD ?? '') || a.start.localeCompare(b.start));
  const out = rows.map((r) => r.row);
  const people = [...header.values()].sort((a, b) => (a.CHILD ?? '').localeCompare(b.CHILD ?? ''));
  return {
    rows: out,
    csv: toCsv(SSDA903_COLUMNS, out as Array<Record<string, string>>),
    header: { rows: people, csv: toCsv(SSDA903_HEADER_COLUMNS, people as Array<Record<string, string>>) },
    diagnostics,
  };
}

/**
 * The placement type if it is valid on the episode's last day in the year; otherwise an error
 * naming the collection year and the codes to use instead, and the code is written unchanged so
 * the row stays whole.
 */
function placeCode(
  agreement: RuleDocument,
  code: string,
  date: string,
  year: string,
  codelists: Codelists,
  diagnostics: InteropDiagnostic[],
): string {
  const status = codelists.status('ssda903-placement-types', code, date);
  if (status.state === 'valid') return code;
  let message: string;
  if (status.state === 'retired') {
    // Only codes valid in the same year are any use: P2 stopped part-way through 2023-24, before K3 began.
    const named = [...new Set([...status.successors.map((s) => s.code), ...(GUIDANCE_REPLACEMENTS[code] ?? [])])];
    const replacements = named.filter((c) => codelists.status('ssda903-placement-types', c, date).state === 'valid');
    const retired = status.entry.validTo ? ` (not valid after ${status.entry.validTo})` : '';
    message = `placement type ${code} is retired in the ${year} SSDA903 collection${retired}; ${replacements.length ? `use ${orList(replacements)} instead` : 'no replacement code is valid in that year: see the DfE guidance for it'}`;
  } else if (status.state === 'not-yet-valid') {
    message = `placement type ${code} is not yet valid in the ${year} SSDA903 collection (valid from ${status.entry.validFrom})`;
  } else {
    message = `'${code}' is not an SSDA903 placement type`;
  }
  diagnostics.push(finding(agreement, '/spec/placementType', 'error', INTEROP_CODES.invalidValue, message));
  return code;
}

function orList(codes: string[]): string {
  return codes.length === 1 ? codes[0]! : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}

/** The episode's last day within the collection year: the planned end when it comes first. */
function lastDay(plannedEnd: unknown, yearEnd: string): string {
  return typeof plannedEnd === 'string' && plannedEnd < yearEnd ? plannedEnd : yearEnd;
}

/** SSDA903 writes dates as DD/MM/YYYY. */
function ukDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import type { Workspace } from '../workspace/workspace.js';
import type { InteropDiagnostic } from './diagnostics.js';
import { exportJson } from './json/export.js';
import { exportOcds, OCDS_EXTENSIONS, PLACEHOLDER_OCID_PREFIX } from './ocds/export.js';
import { exportPlacementsStandard } from './placements-standard/export.js';
import { exportSsda903 } from './ssda903/export.js';

/** A format NOF documents export to: what `nof export` offers and an editor's export command lists. */
export interface ExportFormat {
  id: 'placements-standard' | 'ssda903' | 'ocds' | 'json';
  /** What it writes, in a sentence. */
  description: string;
  /** The file extension of what it writes. */
  fileExtension: 'json' | 'csv';
  /** True when it needs `year` (SSDA903: the collection year). */
  needsYear: boolean;
}

/** Every export format, in the order offered. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'placements-standard',
    description:
      'placement requests and agreements as Placements Data Standard v2 records (a JSON list; a request and the agreement naming it make one record)',
    fileExtension: 'json',
    needsYear: false,
  },
  {
    id: 'ssda903',
    description:
      'placement agreements as SSDA903 rows (CSV) for a collection year: the Episodes table, or the Header table (CHILD, SEX, DOB...)',
    fileExtension: 'csv',
    needsYear: true,
  },
  {
    id: 'ocds',
    description: "a consortium's arrangements as OCDS 1.1 releases (a release package)",
    fileExtension: 'json',
    needsYear: false,
  },
  {
    id: 'json',
    description: 'the documents as plain JSON with $schema, for any JSON Schema validator',
    fileExtension: 'json',
    needsYear: false,
  },
];

export interface ExportOptions {
  /** ssda903 (required): the collection year ending 31 March of this year. */
  year?: number;
  /** ssda903: the Episodes table (default) or the Header table. */
  table?: 'episodes' | 'header';
  /** ocds: the release date, an ISO 8601 date and time (default: now). */
  date?: string;
  /** ocds: the publisher's registered ocid prefix (default: a placeholder). */
  ocidPrefix?: string;
  /** ocds: only this arrangement. */
  arrangement?: string;
}

/** What an export wrote, and what it could not map. */
export interface Exported {
  text: string;
  diagnostics: InteropDiagnostic[];
  /** json: each document's own file name and text (`<id>.json`). */
  perDocument?: Array<[string, string]>;
}

/** An export asked for what the documents or options cannot give (no year for SSDA903, not one consortium for OCDS). */
export class ExportError extends Error {}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * NOF documents in one of the {@link EXPORT_FORMATS}: the text to write and, as located
 * diagnostics, what could not be mapped. The documents should be free of YAML and schema errors.
 */
export function exportDocuments(format: ExportFormat['id'], documents: readonly ParsedDocument[], options: ExportOptions = {}): Exported {
  switch (format) {
    case 'placements-standard': {
      const { records, diagnostics } = exportPlacementsStandard([...documents]);
      return { text: json(records), diagnostics };
    }
    case 'ssda903': {
      if (options.year === undefined) throw new ExportError('ssda903 needs the collection year (the year whose 31 March ends it)');
      const { csv, header, diagnostics } = exportSsda903([...documents], { year: options.year });
      return { text: options.table === 'header' ? header.csv : csv, diagnostics };
    }
    case 'ocds': {
      const consortia = documents.filter((d) => d.kind === 'Consortium');
      if (consortia.length !== 1) throw new ExportError(`ocds exports one consortium; the documents hold ${consortia.length}`);
      const date = options.date ?? new Date().toISOString();
      const { releases, diagnostics } = exportOcds(consortia[0]!, {
        date,
        providers: documents.filter((d) => d.kind === 'ProviderProfile'),
        ...(options.ocidPrefix ? { ocidPrefix: options.ocidPrefix } : {}),
        ...(options.arrangement ? { arrangement: options.arrangement } : {}),
      });
      const publisher = releases[0]?.buyer as { name?: string } | undefined;
      const pack = {
        uri: `urn:nof:${options.ocidPrefix ?? PLACEHOLDER_OCID_PREFIX}:${consortia[0]!.id}`,
        version: '1.1',
        extensions: [...OCDS_EXTENSIONS],
        publishedDate: date,
        publisher: { name: publisher?.name ?? String(consortia[0]!.id) },
        releases,
      };
      return { text: json(pack), diagnostics };
    }
    case 'json': {
      const { documents: out, diagnostics } = exportJson([...documents]);
      const values = out.map((d) => d.value);
      return {
        text: json(values.length === 1 ? values[0] : values),
        diagnostics,
        perDocument: out.map((d) => [`${d.id ?? 'document'}.json`, json(d.value)]),
      };
    }
  }
}

/**
 * The diagnostics that stop an export: YAML and schema errors. A missing required property stops
 * only the json format (whose point is schema-valid output): the other converters say themselves
 * which of their fields a document leaves empty, so a document just imported from the Placements
 * Data Standard, still to be completed, exports back to it.
 */
export function exportBlockers(format: ExportFormat['id'], diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' && (format === 'json' || d.code !== 'schema/required'));
}

/**
 * The documents of one file of a workspace exported (for ocds, with the workspace's provider
 * profiles, which name the providers on its lots), or the errors that stop it: what an editor's
 * export command gets, from the text the editor holds.
 */
export function exportFromWorkspace(
  workspace: Workspace,
  uri: string,
  format: ExportFormat['id'],
  options: ExportOptions = {},
): { status: 'ok'; exported: Exported } | { status: 'has-errors'; errors: Diagnostic[] } {
  const errors = exportBlockers(format, workspace.diagnostics(uri).diagnostics);
  if (errors.length) return { status: 'has-errors', errors };
  const own = workspace.file(uri)?.documents ?? [];
  const providers = format === 'ocds' ? workspace.documents().filter((d) => d.kind === 'ProviderProfile' && !own.includes(d)) : [];
  return { status: 'ok', exported: exportDocuments(format, [...own, ...providers], options) };
}

import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isNofText, validateText, type ParsedDocument } from '@nof/sdk';
import {
  exportJson,
  exportOcds,
  exportPlacementsStandard,
  exportSsda903,
  OCDS_EXTENSIONS,
  PLACEHOLDER_OCID_PREFIX,
  type InteropDiagnostic,
} from '@nof/sdk/interop';
import { collectInputs, profilesOf, type Inputs } from '../files/collect.js';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { isFolderTarget, reportFindings, writeFiles } from './interop-output.js';

const FORMATS = ['placements-standard', 'ssda903', 'ocds', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: nof export <format> <paths...> [options]

Converts NOF documents (files or folders of YAML) into another format. Documents with YAML or
schema errors are not exported: fix them first (\`nof validate\`); only the json format also
refuses a document that lacks a required property. What cannot be mapped is
reported as file:line:col diagnostics on standard error; the exit code is 1 when any of them is
an error, 0 otherwise, 2 for a usage error.

Formats:
  placements-standard  placement requests and agreements as Placements Data Standard v2 records
                       (a JSON list; a request and the agreement naming it make one record)
  ssda903              placement agreements as SSDA903 rows (CSV) for --year: the Episodes
                       table, or with --table header the Header table (CHILD, SEX, DOB...)
  ocds                 a consortium's arrangements as OCDS 1.1 releases (a release package)
  json                 the documents as plain JSON with $schema, for any JSON Schema validator

Options:
  --year <YYYY>           ssda903: the collection year ending 31 March YYYY
  --table <name>          ssda903: episodes (default) or header
  --ocid-prefix <prefix>  ocds: your registered ocid prefix (default ${PLACEHOLDER_OCID_PREFIX}, a placeholder)
  --arrangement <id>      ocds: only this arrangement
  --date <date-time>      ocds: the release date (default: now)
  --out <file|folder>     write to this file (json: one <id>.json per document into a folder)
  --force                 overwrite existing files
  -h, --help              show this help
`;

/** `nof export`: NOF documents into the sector's other formats. */
export const exportCommand: Command = {
  summary: 'convert NOF documents to Placements Data Standard, SSDA903, OCDS or plain JSON',
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(
      args,
      {
        year: { type: 'string' },
        table: { type: 'string', default: 'episodes' },
        'ocid-prefix': { type: 'string' },
        arrangement: { type: 'string' },
        date: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
      },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const [format, ...paths] = positionals;
    if (format === undefined || paths.length === 0)
      throw new UsageError(`give a format (${FORMATS.join(', ')}) and the files or folders to export`);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (choose ${FORMATS.join(', ')})`);
    const year = format === 'ssda903' ? parseYear(values.year) : undefined;
    if (values.table !== 'episodes' && values.table !== 'header')
      throw new UsageError(`--table takes episodes or header, not '${values.table}'`);
    const date = values.date ?? new Date().toISOString();
    if (Number.isNaN(Date.parse(date)) || !/^\d{4}-\d{2}-\d{2}T/.test(date))
      throw new UsageError(`--date takes an ISO 8601 date and time such as 2025-07-21T09:00:00Z, not '${date}'`);

    const { documents, errors } = await readDocuments(await collectInputs(paths, io.cwd), format as Format, io);
    if (errors.length) {
      reportFindings(errors, io);
      io.err(`nof: not exported: fix the errors above first (\`nof validate\`).\n`);
      return EXIT.problems;
    }
    const { text, diagnostics, perDocument } = convert(format as Format, documents, {
      year,
      table: values.table,
      date,
      ocidPrefix: values['ocid-prefix'],
      arrangement: values.arrangement,
    });
    const code = reportFindings(diagnostics, io);
    if (values.out === undefined) io.out(text);
    else if (perDocument && isFolderTarget(values.out, io.cwd)) {
      writeFiles(new Map(perDocument.map(([name, body]) => [join(resolve(io.cwd, values.out!), name), body])), values.force === true, io);
    } else writeFiles(new Map([[resolve(io.cwd, values.out), text]]), values.force === true, io);
    return code;
  },
};

function parseYear(value: string | undefined): number {
  if (value === undefined) throw new UsageError('ssda903 needs --year YYYY, the collection year ending 31 March YYYY');
  if (!/^(19|20)\d{2}$/.test(value)) throw new UsageError(`--year takes a year such as 2025, not '${value}'`);
  return Number(value);
}

/**
 * Every document of the files, and the YAML and schema errors that stop the export. A missing
 * required property stops only the JSON export (whose point is schema-valid output): the other
 * converters say themselves which of their fields a document leaves empty, so a document just
 * imported from the Placements Data Standard, still to be completed, exports back to it.
 */
async function readDocuments(
  inputs: Inputs,
  format: Format,
  io: Io,
): Promise<{ documents: ParsedDocument[]; errors: InteropDiagnostic[] }> {
  const documents: ParsedDocument[] = [];
  const errors: InteropDiagnostic[] = [];
  const profiles = await profilesOf(inputs, io.cwd);
  for (const file of inputs.files) {
    const path = resolve(io.cwd, file.path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read '${relative(io.cwd, path)}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    // A file a search found that holds no NOF document is not one to export (as `nof validate` skips it).
    if (!file.named && !isNofText(text)) continue;
    const checked = validateText(text, path, { profiles });
    const blocking = checked.diagnostics.filter((d) => d.severity === 'error' && (format === 'json' || d.code !== 'schema/required'));
    for (const d of blocking) errors.push({ ...d, uri: path });
    for (const document of checked.documents) documents.push(document);
  }
  return { documents, errors };
}

interface Converted {
  text: string;
  diagnostics: InteropDiagnostic[];
  /** For `--out <folder>`: file name and text of each document. */
  perDocument?: Array<[string, string]>;
}

function convert(
  format: Format,
  documents: ParsedDocument[],
  options: {
    year: number | undefined;
    table: 'episodes' | 'header';
    date: string;
    ocidPrefix: string | undefined;
    arrangement: string | undefined;
  },
): Converted {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (format) {
    case 'placements-standard': {
      const { records, diagnostics } = exportPlacementsStandard(documents);
      return { text: json(records), diagnostics };
    }
    case 'ssda903': {
      const { csv, header, diagnostics } = exportSsda903(documents, { year: options.year! });
      return { text: options.table === 'header' ? header.csv : csv, diagnostics };
    }
    case 'ocds': {
      const consortia = documents.filter((d) => d.kind === 'Consortium');
      if (consortia.length !== 1) throw new UsageError(`ocds exports one consortium; the paths hold ${consortia.length}`);
      const { releases, diagnostics } = exportOcds(consortia[0]!, {
        date: options.date,
        providers: documents.filter((d) => d.kind === 'ProviderProfile'),
        ...(options.ocidPrefix ? { ocidPrefix: options.ocidPrefix } : {}),
        ...(options.arrangement ? { arrangement: options.arrangement } : {}),
      });
      const publisher = releases[0]?.buyer as { name?: string } | undefined;
      const pack = {
        uri: `urn:nof:${options.ocidPrefix ?? PLACEHOLDER_OCID_PREFIX}:${consortia[0]!.id}`,
        version: '1.1',
        extensions: [...OCDS_EXTENSIONS],
        publishedDate: options.date,
        publisher: { name: publisher?.name ?? String(consortia[0]!.id) },
        releases,
      };
      return { text: json(pack), diagnostics };
    }
    case 'json': {
      const { documents: out, diagnostics } = exportJson(documents);
      const values = out.map((d) => d.value);
      return {
        text: json(values.length === 1 ? values[0] : values),
        diagnostics,
        perDocument: out.map((d) => [`${d.id ?? 'document'}.json`, json(d.value)]),
      };
    }
  }
}

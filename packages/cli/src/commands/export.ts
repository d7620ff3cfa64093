import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isNofText, validateText, type ParsedDocument } from '@nof/sdk';
import {
  EXPORT_FORMATS,
  exportBlockers,
  exportDocuments,
  ExportError,
  PLACEHOLDER_OCID_PREFIX,
  type ExportFormat,
  type InteropDiagnostic,
} from '@nof/sdk/interop';
import { collectInputs, profilesOf, type Inputs } from '../files/collect.js';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { isFolderTarget, reportFindings, writeFiles } from './interop-output.js';

const FORMATS = EXPORT_FORMATS.map((f) => f.id);
type Format = ExportFormat['id'];

/** The SDK's formats as help lines: the name, then its description wrapped in a column. */
function formatLines(): string {
  const width = 96;
  const indent = ' '.repeat(23);
  return EXPORT_FORMATS.map((f) => {
    const lines: string[] = [];
    let line = `  ${f.id.padEnd(19)}  `;
    for (const word of f.description.split(' ')) {
      if (line.trim() !== f.id && line.length + word.length > width) {
        lines.push(line.trimEnd());
        line = indent;
      }
      line += `${word} `;
    }
    return [...lines, line.trimEnd()].join('\n');
  }).join('\n');
}

const HELP = `Usage: nof export <format> <paths...> [options]

Converts NOF documents (files or folders of YAML) into another format. Documents with YAML or
schema errors are not exported: fix them first (\`nof validate\`); only the json format also
refuses a document that lacks a required property. What cannot be mapped is
reported as file:line:col diagnostics on standard error; the exit code is 1 when any of them is
an error, 0 otherwise, 2 for a usage error.

Formats:
${formatLines()}

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
    let exported: ReturnType<typeof exportDocuments>;
    try {
      exported = exportDocuments(format as Format, documents, {
        ...(year !== undefined ? { year } : {}),
        table: values.table,
        date,
        ...(values['ocid-prefix'] ? { ocidPrefix: values['ocid-prefix'] } : {}),
        ...(values.arrangement ? { arrangement: values.arrangement } : {}),
      });
    } catch (error) {
      if (error instanceof ExportError) throw new UsageError(error.message);
      throw error;
    }
    const { text, diagnostics, perDocument } = exported;
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

/** Every document of the files, and the errors that stop the export (`exportBlockers`). */
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
    for (const d of exportBlockers(format, checked.diagnostics)) errors.push({ ...d, uri: path });
    for (const document of checked.documents) documents.push(document);
  }
  return { documents, errors };
}

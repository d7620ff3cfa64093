import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentsYaml, documentYaml, importJson, importPlacementsStandard, type ImportedDocument } from '@nof/sdk/interop';
import { loadWorkspace, modeline } from '@nof/sdk/node';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { isFolderTarget, reportFindings, writeFiles } from './interop-output.js';

const FORMATS = ['placements-standard', 'json'] as const;

const HELP = `Usage: nof import <format> <file> [options]

Converts records of another format into NOF YAML documents (each with an editor modeline).
What cannot be mapped is reported as file:line:col diagnostics on standard error; the exit code
is 1 when any of them is an error, 0 otherwise, 2 for a usage error.

Formats:
  placements-standard  Placements Data Standard v2 records (JSON: one object per placement, or a
                       list of them) -> a PlacementRequest per record and a PlacementAgreement
                       when the record describes the placement
  json                 NOF documents as plain JSON (what \`nof export json\` writes) -> YAML

Options:
  --authority <GSS>     the local authority whose records these are (the standard does not say):
                        requesting/placing authority and owner of the new documents
  --workspace <folder>  find each setting's provider among this workspace's provider profiles
  --out <file|folder>   write to this file, or one <id>.yaml per document into this folder
                        (default: standard output)
  --force               overwrite existing files
  -h, --help            show this help
`;

/** `nof import`: other formats into NOF documents. */
export const importCommand: Command = {
  summary: 'convert Placements Data Standard records (or plain JSON) into NOF documents',
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(
      args,
      {
        authority: { type: 'string' },
        workspace: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
      },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const [format, input, ...extra] = positionals;
    if (format === undefined || input === undefined || extra.length)
      throw new UsageError(`give a format (${FORMATS.join(', ')}) and one file`);
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`cannot import '${format}' (import takes ${FORMATS.join(' or ')}; ssda903 and ocds are export-only)`);
    }
    if (values.authority !== undefined && !/^E(06|08|09|10)[0-9]{6}$/.test(values.authority))
      throw new UsageError(`--authority takes a GSS code such as E08000035, not '${values.authority}'`);
    const file = resolve(io.cwd, input);
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: '${input}'`);
    const text = readFileSync(file, 'utf8');
    const result =
      format === 'json'
        ? importJson(text, file)
        : importPlacementsStandard(text, file, {
            ...(values.authority ? { authority: values.authority } : {}),
            ...(await providerLookup(values.workspace, io)),
          });
    const code = reportFindings(result.diagnostics, io);
    write(result.documents, values.out, values.force === true, io);
    return code;
  },
};

/** `--workspace`: the provider profile whose settings include a URN. */
async function providerLookup(folder: string | undefined, io: Io): Promise<{ providerForUrn?: (urn: string) => string | undefined }> {
  if (folder === undefined) return {};
  const dir = resolve(io.cwd, folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: '${folder}'`);
  const byUrn = new Map<string, string>();
  for (const profile of (await loadWorkspace(dir)).documents().filter((d) => d.kind === 'ProviderProfile' && d.id)) {
    const settings = (profile.value as { spec?: { settings?: Array<{ ofstedUrn?: unknown }> } }).spec?.settings ?? [];
    for (const s of settings) if (typeof s.ofstedUrn === 'string') byUrn.set(s.ofstedUrn, profile.id!);
  }
  return { providerForUrn: (urn) => byUrn.get(urn) };
}

function write(documents: ImportedDocument[], out: string | undefined, force: boolean, io: Io): void {
  if (documents.length === 0) return;
  if (out === undefined) {
    io.out(documentsYaml(documents, { modeline: (kind) => modeline(kind) }));
    return;
  }
  const files = new Map<string, string>();
  if (isFolderTarget(out, io.cwd)) {
    for (const d of documents) {
      const file = join(resolve(io.cwd, out), `${d.id}.yaml`);
      files.set(file, documentYaml(d, { modeline: (kind) => modeline(kind, { file }) }));
    }
  } else {
    const file = resolve(io.cwd, out);
    files.set(file, documentsYaml(documents, { modeline: (kind) => modeline(kind, { file }) }));
  }
  writeFiles(files, force, io);
}

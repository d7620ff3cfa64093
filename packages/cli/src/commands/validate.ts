import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Codelists, DEFAULT_LIMITS, mergeSettings, tooLarge, type LoadedConfig } from '@nof/sdk';
import { registryForFolder, validateBatch, type BatchInput, type BatchResult } from '@nof/sdk/node';
import { commandArgs } from '../args.js';
import { collectInputs, profilesOf } from '../files/collect.js';
import { FORMATTERS } from '../format/index.js';
import { count, shownPath, summarise, type FileReport } from '../format/report.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { commandLineSettings, parseMaxWarnings } from '../options.js';
import { progressBar } from '../progress.js';

const HELP = `Usage: nof validate [paths...] [options]

Checks NOF YAML files against the NOF schemas and rules, as one workspace: references between
documents are followed across every file checked. Paths may be files, folders (searched for
.yaml and .yml files, skipping node_modules, hidden files and folders and the nof.config.yaml
\`ignore\` patterns), globs such as 'examples/**/*.{yaml,yml}', or - for standard input. A file
a folder search or a glob finds is checked only when it holds a NOF document (apiVersion:
nof/...); a file named on its own is always checked. With no path, the current folder is
checked. The nof.config.yaml at or above the first path sets rule levels, asOf, codelist pins
and ignore patterns, and its folder's profiles/ the local profiles; the options below override it.

Options:
  --format <name>       pretty (default on a terminal), text (default otherwise), json, sarif
                        (SARIF 2.1.0 for code scanning) or github (workflow annotations)
  --max-warnings <n>    exit 1 when there are more than n warnings
  --rule <id=level>     set a rule to off, info, warn or error (repeatable)
  --as-of <YYYY-MM-DD>  judge dates as on this day (default: the config's asOf, else today)
  --quiet               report errors only
  --schemas <folder>    check against the schema files in this folder instead of the built-in
                        ones (schema checks only: rules are written for the built-in schemas)
  --debug               show the stack trace of an internal error
  -h, --help            show this help

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or internal error.
`;

/** How standard input is named in output. */
const STDIN = '<stdin>';

/** `nof validate`: check files as one workspace and print their diagnostics. */
export const validateCommand: Command = {
  summary: 'check NOF YAML files against the schemas and rules',
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(
      args,
      {
        format: { type: 'string' },
        schemas: { type: 'string' },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        'as-of': { type: 'string' },
        quiet: { type: 'boolean' },
      },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const formatName = values.format ?? (io.outIsTerminal ? 'pretty' : 'text');
    const formatter = Object.hasOwn(FORMATTERS, formatName) ? FORMATTERS[formatName] : undefined;
    if (!formatter) throw new UsageError(`unknown format '${formatName}' (choose ${Object.keys(FORMATTERS).join(', ')})`);
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const codelists = new Codelists();
    const commandLine = commandLineSettings(values.rule ?? [], values['as-of'], codelists);
    const registry = values.schemas === undefined ? undefined : checkSchemas(resolve(io.cwd, values.schemas));
    const paths = positionals.length ? positionals : ['.'];

    const found = await collectInputs(paths, io.cwd, codelists);
    const { config, files, unreadable } = found;
    const settings = mergeSettings(config.config.settings, commandLine);
    const profiles = await profilesOf(found, io.cwd, registry);
    const inputs = await readInputs(paths, files, io);

    const bar = io.errIsTerminal && !io.env.CI && inputs.length > 1 ? progressBar(io) : undefined;
    const results = await validateBatch(
      inputs.filter((i) => i.input !== undefined).map((i) => i.input!),
      {
        codelists,
        settings: settings.rules,
        asOf: settings.asOf,
        profiles,
        ...(registry ? { schemaDir: resolve(io.cwd, values.schemas!), rules: [] } : {}),
        onProgress: bar?.update,
      },
    );
    bar?.done();

    const reports: FileReport[] = [
      ...configReport(config, io),
      ...unreadable.map((u) => toReport({ ...u, documents: 0 }, shownPath(u.uri, io.cwd))),
    ];
    let next = 0;
    for (const named of inputs) {
      const result: BatchResult =
        named.input === undefined
          ? { uri: named.shown, documents: 0, diagnostics: [tooLarge(DEFAULT_LIMITS.maxBytes + 1, DEFAULT_LIMITS.maxBytes)] }
          : results[next++]!;
      if (!result.skipped) reports.push(toReport(result, named.shown));
    }
    if (values.quiet) for (const r of reports) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
    const summary = summarise(reports);
    const texts = new Map(inputs.map((i) => [i.shown, i.input?.text]));
    io.out(
      formatter(reports, summary, {
        color: io.outHasColor,
        cwd: io.cwd,
        source: (file) => texts.get(file) ?? readQuietly(resolve(io.cwd, file)),
      }),
    );
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      io.err(`nof: ${count(summary.warnings, 'warning')}, more than --max-warnings ${maxWarnings}.\n`);
      return EXIT.problems;
    }
    return summary.errors > 0 ? EXIT.problems : EXIT.ok;
  },
};

function checkSchemas(dir: string) {
  try {
    return registryForFolder(dir);
  } catch {
    throw new UsageError(`cannot read schemas from '${dir}'`);
  }
}

interface NamedInput {
  /** The path as the user named it (or \`<stdin>\`). */
  shown: string;
  /** What to check; undefined for standard input over the size limit. */
  input?: BatchInput;
}

/** The files found, in the order their paths were given, with standard input read once (and no further than the size limit) if \`-\` is among them. */
async function readInputs(paths: string[], files: Array<{ path: string; named: boolean }>, io: Io): Promise<NamedInput[]> {
  const out: NamedInput[] = files.map((f) => ({
    shown: f.path.replace(/\\/g, '/'),
    input: { uri: resolve(io.cwd, f.path), named: f.named },
  }));
  if (paths.includes('-')) {
    const text = await io.readStdin(DEFAULT_LIMITS.maxBytes);
    const stdin = { shown: STDIN, ...(text === undefined ? {} : { input: { uri: STDIN, text, named: true } }) };
    if (paths[0] === '-') out.unshift(stdin);
    else out.push(stdin);
  }
  return out;
}

function toReport(result: Pick<BatchResult, 'documents' | 'diagnostics'>, shown: string): FileReport {
  return { file: shown, documents: result.documents, diagnostics: result.diagnostics };
}

/** The config file's own problems, when it has any, as the first report. */
function configReport(config: LoadedConfig, io: Io): FileReport[] {
  const result = config.result;
  if (!result || result.diagnostics.length === 0) return [];
  return [{ file: shownPath(result.uri, io.cwd), documents: 0, diagnostics: result.diagnostics }];
}

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  Codelists,
  IgnoreList,
  loadConfig,
  SchemaRegistry,
  validateBatch,
  type BatchInput,
  type BatchResult,
  type LoadedConfig,
} from '@nof/sdk';
import { commandArgs } from '../args.js';
import { collectFiles } from '../files/collect.js';
import { FORMATTERS } from '../format/index.js';
import { count, summarise, type FileReport } from '../format/report.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { parseAsOf, parseMaxWarnings, parseRuleOptions } from '../options.js';
import { progressBar } from '../progress.js';

const HELP = `Usage: nof validate [paths...] [options]

Checks NOF YAML files against the NOF schemas and rules, as one workspace: references between
documents are followed across every file checked. Paths may be files, folders (searched for
.yaml and .yml files, skipping node_modules, hidden folders and the nof.config.yaml \`ignore\`
patterns), globs such as 'examples/**/*.yaml', or - for standard input. With no path, the
current folder is checked. The nof.config.yaml at or above the first path sets rule levels,
asOf and ignore patterns; the options below override it.

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
    const asOf = parseAsOf(values['as-of']);
    const schemaDir = values.schemas === undefined ? undefined : checkSchemas(resolve(io.cwd, values.schemas));
    const paths = positionals.length ? positionals : ['.'];

    const codelists = new Codelists();
    const firstPath = paths.find((p) => p !== '-');
    const config = loadConfig(resolve(io.cwd, firstPath && !firstPath.includes('*') ? firstPath : '.'), codelists);
    const settings = { ...config.config.rules, ...parseRuleOptions(values.rule ?? []) };
    const inputs = await readInputs(paths, io, config);

    const bar = io.errIsTerminal && !io.env.CI && inputs.length > 1 ? progressBar(io) : undefined;
    const results = await validateBatch(
      inputs.map((i) => i.input),
      { codelists, settings, asOf: asOf ?? config.config.asOf, ...(schemaDir ? { schemaDir, rules: [] } : {}), onProgress: bar?.update },
    );
    bar?.done();

    const reports: FileReport[] = [...configReport(config, io), ...results.map((r, i) => toReport(r, inputs[i]!))];
    if (values.quiet) for (const r of reports) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
    const summary = summarise(reports);
    const texts = new Map(inputs.map((i) => [i.shown, i.input.text]));
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

function checkSchemas(dir: string): string {
  try {
    SchemaRegistry.forDir(dir);
    return dir;
  } catch {
    throw new UsageError(`cannot read schemas from '${dir}'`);
  }
}

interface NamedInput {
  /** The path as the user named it (or `<stdin>`). */
  shown: string;
  input: BatchInput;
}

/** The files the paths name, with standard input read once if `-` is among them. */
async function readInputs(paths: string[], io: Io, config: LoadedConfig): Promise<NamedInput[]> {
  const root = config.config.path ? dirname(config.config.path) : io.cwd;
  const ignored = { list: new IgnoreList(config.config.ignore), root };
  const out: NamedInput[] = [];
  for (const path of paths) {
    if (path === '-') {
      if (!out.some((i) => i.shown === STDIN)) out.push({ shown: STDIN, input: { uri: STDIN, text: await io.readStdin() } });
      continue;
    }
    for (const file of collectFiles([path], io.cwd, ignored)) {
      const shown = file.replace(/\\/g, '/');
      if (!out.some((i) => i.shown === shown)) out.push({ shown, input: { uri: resolve(io.cwd, file) } });
    }
  }
  return out;
}

function toReport(result: BatchResult, named: NamedInput): FileReport {
  return { file: named.shown, documents: result.documents, diagnostics: result.diagnostics };
}

/** The config file's own problems, when it has any, as the first report. */
function configReport(config: LoadedConfig, io: Io): FileReport[] {
  const result = config.result;
  if (!result || result.diagnostics.length === 0) return [];
  return [{ file: relativeOrAbsolute(result.uri, io.cwd), documents: 0, diagnostics: result.diagnostics }];
}

function relativeOrAbsolute(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

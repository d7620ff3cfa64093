import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, SchemaRegistry, tooLarge, validateText } from '@nof/sdk';
import { collectFiles } from '../files/collect.js';
import { FORMATTERS } from '../format/index.js';
import { summarise, type FileReport } from '../format/report.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';

const HELP = `Usage: nof validate [paths...] [options]

Checks NOF YAML files against the NOF schemas. Paths may be files, folders (searched for
.yaml and .yml files, skipping node_modules and hidden folders) or globs such as 'examples/**/*.yaml'.
With no path, the current folder is checked.

Options:
  --format <text|json>  output format (default: text)
  --schemas <folder>    use the schema files in this folder instead of the built-in ones
  -h, --help            show this help

Exit codes: 0 no errors, 1 errors found, 2 usage error.
`;

/** `nof validate`: schema-check files and print their diagnostics. */
export const validateCommand: Command = {
  summary: 'check NOF YAML files against the schemas',
  run(args: string[], io: Io): number {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        schemas: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const formatter = FORMATTERS[values.format];
    if (!Object.hasOwn(FORMATTERS, values.format) || !formatter) {
      throw new UsageError(`unknown format '${values.format}' (choose ${Object.keys(FORMATTERS).join(' or ')})`);
    }
    const registry = values.schemas === undefined ? SchemaRegistry.forDir() : loadRegistry(resolve(io.cwd, values.schemas));
    const files = collectFiles(positionals.length ? positionals : ['.'], io.cwd);
    const reports = files.map((file) => checkFile(file, io.cwd, registry));
    const summary = summarise(reports);
    io.out(formatter(reports, summary));
    return summary.errors > 0 ? EXIT.problems : EXIT.ok;
  },
};

function loadRegistry(dir: string): SchemaRegistry {
  try {
    return SchemaRegistry.forDir(dir);
  } catch {
    throw new UsageError(`cannot read schemas from '${dir}'`);
  }
}

function checkFile(file: string, cwd: string, registry: SchemaRegistry): FileReport {
  const path = resolve(cwd, file);
  const shown = file.replace(/\\/g, '/');
  let text: string;
  try {
    // Checked before reading, so a huge file is never loaded into memory.
    const size = statSync(path).size;
    if (size > DEFAULT_LIMITS.maxBytes) return { file: shown, documents: 0, diagnostics: [tooLarge(size, DEFAULT_LIMITS.maxBytes)] };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const result = validateText(text, path, { registry });
  return { file: shown, documents: result.documents.length, diagnostics: result.diagnostics };
}

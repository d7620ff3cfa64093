import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Codelists, readConfig } from '@nof/sdk';
import { loadWorkspace } from '@nof/sdk/node';
import { renderReportHtml, renderReportMarkdown, reportFromWorkspace } from '@nof/sdk/report';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { host } from '../files/collect.js';
import { parseAsOf } from '../options.js';
import { writeOutput } from '../write-file.js';

const HELP = `Usage: nof report <consortium-file> [options]

Writes the summary a commissioner circulates about a consortium: members (and former,
joining and interested ones) and leads, governance and resourcing, each arrangement's term
with days remaining, lots and tiers with providers, pricing, openness, scope, eligibility,
procurement, call-off, monitoring, the suspension protocol, and every variation from the
national contract beside the national clause and the rationale; then savings, evaluations,
benefits, plans and where the sources disagree. The HTML page draws a term timeline and a lots
by tiers grid beside their tables. Providers and national contracts are read from the
surrounding workspace: the consortium file's folder up to the nof.config.yaml above it, or
--workspace (which may be a folder that does not contain the file).

Options:
  --format <md|html>     Markdown (default) or one self-contained, printable HTML page
  --out <file>           write to this file instead of standard output
  --as-of <YYYY-MM-DD>   judge everything as on this day: statuses, retired codes, days
                         remaining (default: the workspace's asOf, else today)
  --workspace <folder>   the folder holding the other documents
  -h, --help             show this help
`;

/** The folder whose documents the report may use: the one given, else the config's (the nearest nof.config.yaml above the file), else the file's. */
async function workspaceDir(file: string, given: string | undefined, cwd: string): Promise<string> {
  if (given !== undefined) {
    const dir = resolve(cwd, given);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: '${given}'`);
    return dir;
  }
  const { path } = (await readConfig(host, dirname(file), new Codelists())).config;
  return dirname(path ?? file);
}

/** `nof report`: a consortium's summary as Markdown or HTML. */
export const reportCommand: Command = {
  summary: "write a consortium's summary report (Markdown or HTML)",
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(
      args,
      { format: { type: 'string', default: 'md' }, out: { type: 'string' }, 'as-of': { type: 'string' }, workspace: { type: 'string' } },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    if (values.format !== 'md' && values.format !== 'html') throw new UsageError(`unknown format '${values.format}' (choose md or html)`);
    if (positionals.length !== 1) throw new UsageError('give one consortium file');
    const file = resolve(io.cwd, positionals[0]!);
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: '${positionals[0]}'`);
    const given = parseAsOf(values['as-of']);
    const workspace = await loadWorkspace(await workspaceDir(file, values.workspace, io.cwd), given ? { settings: { asOf: given } } : {});
    // A file outside the folder, or one its config ignores, is still the one asked for: check it with the rest.
    if (!workspace.has(file)) workspace.set(file, readFileSync(file, 'utf8'));
    const shown = relative(io.cwd, file);
    const result = reportFromWorkspace(workspace, file);
    if (result.status === 'has-errors') {
      for (const d of result.errors)
        io.err(`${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} error ${d.message} [${d.code}]\n`);
      io.err(`nof: '${shown}' has errors; fix them (\`nof validate ${shown}\`) before reporting on it.\n`);
      return EXIT.problems;
    }
    if (result.status === 'no-consortium') throw new UsageError(`'${positionals[0]}' holds no Consortium document`);
    const { report } = result;
    const text = values.format === 'html' ? await renderReportHtml(report) : renderReportMarkdown(report);
    writeOutput(text, values.out, io);
    return EXIT.ok;
  },
};

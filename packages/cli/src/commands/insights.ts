import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadWorkspace } from '@nof/sdk/node';
import {
  renderInsightsCsv,
  renderInsightsHtml,
  renderInsightsJson,
  renderInsightsMarkdown,
  workspaceInsights,
  type Insights,
} from '@nof/sdk/insights';
import { commandArgs } from '../args.js';
import { locatedLine } from '../format/text.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { parseAsOf } from '../options.js';
import { writeOutput } from '../write-file.js';

const HELP = `Usage: nof insights [folder] [options]

Answers the 2015 consortia review's questions from a workspace's documents, one section each:
value for money (weekly cost by route, consortium, arrangement, lot and level of need, beside
outcomes and how long placements last; fees against maximum and tendered prices; savings),
outcomes (by provider, arrangement and over time; not rated and why), compliance per placing
authority (IPAs late or without purpose or outcomes, tier order not followed, emergencies known
earlier, placements off the arrangements and why), sufficiency (requests by urgency, age, area
and need against capacity; declined and unfilled), monitoring (settings not visited within their
arrangement's interval, settings visited twice) and a directory (memberships and their cost,
re-opening dates, contacts). Figures about children are suppressed below a threshold (c), as
official statistics do, and every table says what it was computed from. Only documents without
YAML or schema errors are read; the others are counted and named on standard error.

The folder (default: the current one) is loaded as a workspace, as the language server loads
it: every NOF file below it, and the nof.config.yaml at or above it, which sets asOf, ignore and
the insights settings (ipaLateAfterDays, emergencyKnownAfterDays, suppressBelow).

Options:
  --format <md|html|json|csv>  Markdown (default), one self-contained printable HTML page with
                               charts, JSON (schemas/insights.schema.json) or CSV (one line per
                               figure: section,table,row,column,value)
  --out <file>                 write to this file (replacing it) instead of standard output
  --as-of <YYYY-MM-DD>         judge as on this day (default: the config's asOf, else today)
  -h, --help                   show this help
`;

const FORMATS = ['md', 'html', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const RENDER: Record<Format, (insights: Insights) => string | Promise<string>> = {
  md: renderInsightsMarkdown,
  html: renderInsightsHtml,
  json: renderInsightsJson,
  csv: renderInsightsCsv,
};

/** `nof insights`: the review's questions answered from a workspace. */
export const insightsCommand: Command = {
  summary: 'answer value for money, outcomes, compliance, sufficiency, monitoring and directory questions from a workspace',
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(
      args,
      { format: { type: 'string', default: 'md' }, out: { type: 'string' }, 'as-of': { type: 'string' } },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const format = values.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}' (choose ${FORMATS.join(', ')})`);
    if (positionals.length > 1) throw new UsageError('give one folder');
    const folder = resolve(io.cwd, positionals[0] ?? '.');
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`no such folder: '${positionals[0]}'`);
    const given = parseAsOf(values['as-of']);
    const workspace = await loadWorkspace(folder, given ? { settings: { asOf: given } } : {});
    const config = workspace.config?.result;
    for (const d of config?.diagnostics ?? []) io.err(`${locatedLine(relative(io.cwd, config!.uri), d)}\n`);
    const insights = workspaceInsights(workspace);
    const { leftOut } = insights.about;
    if (leftOut)
      io.err(
        `nof: ${leftOut} document${leftOut === 1 ? '' : 's'} left out of the insights because ${leftOut === 1 ? 'it' : 'they'} could not be checked (YAML or schema errors, or an unknown profile): run \`nof validate\` on the same folder to see why.\n`,
      );
    for (const { uri } of workspace.loadProblems) io.err(`nof: '${relative(io.cwd, uri)}' could not be read and is left out.\n`);
    const text = await RENDER[format](insights);
    writeOutput(text, values.out, io);
    return EXIT.ok;
  },
};

import { dirname, resolve } from 'node:path';
import {
  buildInsights,
  checkFile,
  Codelists,
  IgnoreList,
  loadConfig,
  renderInsightsCsv,
  renderInsightsHtml,
  renderInsightsJson,
  renderInsightsMarkdown,
  SchemaRegistry,
  today,
  type Insights,
  type InsightsInput,
} from '@nof/sdk';
import { commandArgs } from '../args.js';
import { collectFiles } from '../files/collect.js';
import { locatedLine } from '../format/text.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { parseAsOf } from '../options.js';
import { progressBar } from '../progress.js';
import { writeOutput } from '../write-file.js';

const HELP = `Usage: nof insights [paths...] [options]

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

Paths are files or folders (searched for .yaml/.yml, as nof validate does; default: the current
folder). The nof.config.yaml at or above the first path sets asOf, ignore and the insights
settings (ipaLateAfterDays, emergencyKnownAfterDays, suppressBelow).

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

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

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
    const given = parseAsOf(values['as-of']);
    const paths = positionals.length ? positionals : ['.'];
    const codelists = new Codelists();
    const first = paths[0]!;
    const config = loadConfig(resolve(io.cwd, first.includes('*') ? '.' : first), codelists);
    for (const d of config.result?.diagnostics ?? []) io.err(`${locatedLine(config.result!.uri, d)}\n`);
    const root = config.config.path ? dirname(config.config.path) : io.cwd;
    const files = collectFiles(paths, io.cwd, { list: new IgnoreList(config.config.ignore), root });

    // Files are read one at a time and only the plain values of documents without errors are
    // kept, so a whole country's placements fit in memory.
    const registry = SchemaRegistry.forDir();
    const documents: InsightsInput[] = [];
    let leftOut = 0;
    const unread: string[] = [];
    const bar = io.errIsTerminal && !io.env.CI && files.length > 1 ? progressBar(io) : undefined;
    files.forEach((file, i) => {
      const uri = resolve(io.cwd, file);
      const check = checkFile({ uri }, registry);
      if (check.documents.length === 0 && check.ownDiagnostics.some((d) => d.severity === 'error')) unread.push(file);
      for (const d of check.documents) {
        if (d.checkable) documents.push({ uri, kind: d.kind, apiVersion: d.apiVersion, id: d.id, value: d.value, rangeOf: () => START });
        else leftOut++;
      }
      bar?.update({ stage: 'parse', done: i + 1, total: files.length });
    });
    bar?.done();

    const asOf = given ?? config.config.asOf ?? today();
    const insights = buildInsights(documents, { asOf, ...config.config.insights, leftOut }, codelists);
    if (leftOut)
      io.err(
        `nof: ${leftOut} document${leftOut === 1 ? '' : 's'} with YAML or schema errors left out of the insights: run \`nof validate\` on the same paths.\n`,
      );
    for (const file of unread) io.err(`nof: '${file}' could not be read and is left out.\n`);
    const text = await RENDER[format](insights);
    writeOutput(text, values.out, io);
    return EXIT.ok;
  },
};

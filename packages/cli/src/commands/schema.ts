import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { diffSchemas, renderSchemaDocs, SchemaSet, SchemaSetError, type Bump, type SchemaChange, type SchemaDiff } from '@nof/sdk/node';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';

const HELP = `Usage: nof schema diff <old> <new> [--format text|json] [--bump major|minor|patch]
       nof schema docs [--out <folder>] [--schemas <folder>]

diff  Compares two versions of the NOF schemas (two folders such as schemas/v1 and schemas/v2,
      or two schema files) and classifies every change: does it break existing documents,
      does it break consumers (code that read the old shape), or neither. The verdict is
      breaking, safe, or unknown where the schemas alone cannot decide (counted as breaking).
      Unions (anyOf, oneOf, a type list, an enum split into consts) are compared by the values
      they accept. See schemas/VERSIONING.md.
      Exits 1 when a change needs a bigger version bump than the one declared: a new major
      version (v1 → v2) allows anything; otherwise --bump says which bump you plan, and without
      it any breaking change fails.
docs  Writes the Markdown reference of every kind, version and codelist (default: into
      schemas/docs, from the built-in schemas).

Options:
  --format <text|json>  diff output (json: {changes, verdict, reasons, requiredBump, declaredBump, versions})
  --bump <level>        diff: the bump planned within the same major version
  --out <folder>        docs: where to write (default: schemas/docs)
  --schemas <folder>    docs: the schemas folder to document (default: the built-in schemas)
  -h, --help            show this help

Exit codes: 0 fine, 1 the version bump is too small, 2 usage error.
`;

const BUMPS = ['major', 'minor', 'patch'] as const;

/** `nof schema diff|docs`: compare schema versions, or write their reference docs. */
export const schemaCommand: Command = {
  summary: 'compare two schema versions (diff) or write the schema reference (docs)',
  run(args: string[], io: Io): number {
    const parsed = commandArgs(
      args,
      {
        format: { type: 'string', default: 'text' },
        bump: { type: 'string' },
        out: { type: 'string', default: 'schemas/docs' },
        schemas: { type: 'string' },
      },
      HELP,
      io,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const [sub, ...rest] = positionals;
    if (sub === undefined) {
      io.out(HELP);
      return EXIT.usage;
    }
    if (sub === 'diff') return diff(rest, values, io);
    if (sub === 'docs') return docs(rest, values, io);
    throw new UsageError(`unknown schema command '${sub}' (choose diff or docs)`);
  },
};

function diff(paths: string[], values: { format?: string; bump?: string }, io: Io): number {
  if (paths.length !== 2) throw new UsageError('give the old and the new schema folder or file');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format '${values.format}' (choose text or json)`);
  const bump = values.bump;
  if (bump !== undefined && !(BUMPS as readonly string[]).includes(bump))
    throw new UsageError(`unknown bump '${bump}' (choose ${BUMPS.join(', ')})`);
  let result: SchemaDiff;
  try {
    const [before, after] = paths.map((p) => SchemaSet.load(resolve(io.cwd, p))) as [SchemaSet, SchemaSet];
    result = diffSchemas(before, after, bump as Bump | undefined);
  } catch (error) {
    if (error instanceof SchemaSetError) throw new UsageError(error.message);
    throw error;
  }
  io.out(values.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : text(result));
  return result.bumpTooSmall ? EXIT.problems : EXIT.ok;
}

const yesNo = (b: SchemaChange['breaksDocuments']) => (b === 'unknown' ? 'maybe' : b ? 'yes' : 'no');

function text(result: SchemaDiff): string {
  const lines = result.changes.map(
    (c) =>
      `${c.file}#${c.pointer} ${c.change} (breaks documents: ${yesNo(c.breaksDocuments)}, consumers: ${yesNo(c.breaksConsumers)})\n  ${c.message}`,
  );
  const { old: from, new: to } = result.versions;
  const versions = from === undefined || to === undefined ? 'the files declare no version' : `v${from} → v${to}`;
  const count = `${result.changes.length} change${result.changes.length === 1 ? '' : 's'}`;
  const need = result.bumpTooSmall
    ? `they need a ${result.requiredBump} version, but ${result.declaredBump === 'none' ? 'no bump is declared' : `the bump declared is ${result.declaredBump}`} (${versions}).`
    : `they need ${result.requiredBump === 'none' ? 'no new version' : `a ${result.requiredBump} version`}; declared: ${result.declaredBump} (${versions}).`;
  // Undecided changes count as breaking (schemas/VERSIONING.md), and the reader must know why.
  const verdict =
    result.verdict === 'unknown'
      ? `unknown (the schemas alone cannot decide ${result.reasons.length === 1 ? 'one change' : `${result.reasons.length} changes`}, marked "maybe"; counted as breaking)`
      : result.verdict;
  return `${[...lines, `${count}, ${verdict}: ${need}`].join('\n')}\n`;
}

function docs(extra: string[], values: { out?: string; schemas?: string }, io: Io): number {
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const out = resolve(io.cwd, values.out ?? 'schemas/docs');
  const source = values.schemas === undefined ? undefined : resolve(io.cwd, values.schemas);
  let pages: Map<string, string>;
  try {
    pages = renderSchemaDocs(source);
  } catch (error) {
    throw new UsageError(
      `cannot read schemas from '${values.schemas ?? 'the built-in schemas'}' (${(error as Error).message.split('\n')[0]})`,
    );
  }
  // Pages of kinds or codelists that no longer exist must go, or the docs would describe them still.
  for (const stale of markdownFiles(out).filter((f) => !pages.has(f))) rmSync(join(out, stale));
  for (const [path, page] of pages) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), page);
  }
  io.out(`Wrote ${pages.size} pages to ${values.out ?? 'schemas/docs'}.\n`);
  return EXIT.ok;
}

/** Every `.md` file under a folder, by path relative to it (none when it does not exist yet). */
function markdownFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\\/g, '/'))
      .sort();
  } catch {
    return [];
  }
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNofText, migrateText, SchemaRegistry, unifiedDiff } from '@nof/sdk';
import { collectInputs } from '../files/collect.js';
import { locatedLine } from '../format/text.js';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { writeFileAtomically } from '../write-file.js';
import type { Command } from '../main.js';

const HELP = `Usage: nof migrate <paths...> --to <apiVersion> [--write]

Converts NOF documents to another API version (for example nof/v1 to nof/v2) through the
declared conversion for each kind and version step. Only what the conversion has to change is
touched: comments, key order and formatting stay as written. Kinds the target version does not
define stay as they are. Paths are files, folders or globs, as for \`nof validate\`.

By default prints a unified diff of every change and writes nothing. With --write, rewrites
the files (each through a temporary file in the same folder, then renamed over it).

When a conversion needs a human decision (a fee not stated per week, a service funded
'shared', a v2-only fact going back to v1...) or a document is not valid where it stands, it
says where and why, and no file is written.

Options:
  --to <apiVersion>  the version to convert to, e.g. nof/v2 (required)
  --write            rewrite the files instead of printing the diff
  -h, --help         show this help

Exit codes: 0 converted (or nothing to do), 1 a decision is needed (nothing written), 2 usage or internal error.
`;

/** `nof migrate`: convert documents between API versions, as a diff or in place. */
export const migrateCommand: Command = {
  summary: 'convert documents to another API version (diff, or --write)',
  async run(args: string[], io: Io): Promise<number> {
    const parsed = commandArgs(args, { to: { type: 'string' }, write: { type: 'boolean' } }, HELP, io);
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const to = values.to;
    const known = SchemaRegistry.shipped().apiVersions();
    if (to === undefined) throw new UsageError(`--to is required (one of ${known.join(', ')})`);
    if (!known.includes(to)) throw new UsageError(`unknown API version '${to}' (choose ${known.join(', ')})`);
    if (positionals.length === 0) throw new UsageError('name the files or folders to migrate');

    // A file a search found that holds no NOF document is left alone (as `nof validate` skips it).
    const found = (await collectInputs(positionals, io.cwd)).files.map((f) => ({
      ...f,
      text: readFileSync(resolve(io.cwd, f.path), 'utf8'),
    }));
    const files = found.filter((f) => f.named || isNofText(f.text));
    const migrations = files.map((f) => ({ file: f.path.replace(/\\/g, '/'), before: f.text, migration: migrateText(f.text, f.path, to) }));

    for (const { file, migration } of migrations) for (const d of migration.diagnostics) io.err(`${locatedLine(file, d)}\n`);
    const blocked = migrations.filter((m) => m.migration.blocked);
    if (blocked.length) {
      io.err(
        `nof: ${blocked.length} of ${files.length} file(s) need a decision before they can be converted to ${to}; no file was written.\n`,
      );
      return EXIT.problems;
    }
    const changed = migrations.filter((m) => m.migration.changed);
    if (values.write) {
      for (const { file, migration } of changed) writeFileAtomically(resolve(io.cwd, file), migration.text);
      io.err(`nof: ${changed.length} of ${files.length} file(s) converted to ${to}.\n`);
    } else {
      for (const { file, before, migration } of changed) io.out(unifiedDiff(before, migration.text, `a/${file}`, `b/${file}`));
      io.err(`nof: ${changed.length} of ${files.length} file(s) would change; run with --write to convert them.\n`);
    }
    return EXIT.ok;
  },
};

import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { redactText } from '@nof/sdk';
import { commandArgs } from '../args.js';
import { locatedLine } from '../format/text.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { writeFileAtomically } from '../write-file.js';

const HELP = `Usage: nof redact <file> [--out FILE] [--force]

Writes a copy of a NOF YAML file with every field the schemas mark as a child's personal data
removed (names, dates of birth, free-text notes...), ready to send outside the authority. The
copy leaves out comments too. The original file is never changed. Lists the fields removed (by
path, never their content) on standard error.

Options:
  --out <file>  write the copy there instead of standard output (refuses to overwrite without --force)
  --force       overwrite --out if it exists
  -h, --help    show this help
`;

/** `nof redact <file>`: a shareable copy without personal data. */
export const redactCommand: Command = {
  summary: "copy a document without the child's personal data, to share it",
  run(args: string[], io: Io): number {
    const parsed = commandArgs(args, { out: { type: 'string' }, force: { type: 'boolean', default: false } }, HELP, io);
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('give exactly one file to redact');
    const file = resolve(io.cwd, positionals[0]!);
    if (!existsSync(file)) throw new UsageError(`no such file: '${positionals[0]}'`);
    const shown = relative(io.cwd, file) || file;
    const result = redactText(readFileSync(file, 'utf8'), file);
    for (const d of result.diagnostics) io.err(`${locatedLine(shown, d)}\n`);
    if (result.text === undefined) {
      io.err(`nof: ${shown} has YAML errors; nothing was redacted.\n`);
      return EXIT.problems;
    }
    for (const r of result.removed)
      io.err(`removed ${r.pointer}${result.removed.some((o) => o.document > 0) ? ` (document ${r.document + 1})` : ''}\n`);
    if (values.out === undefined) {
      io.out(result.text);
      return EXIT.ok;
    }
    const out = resolve(io.cwd, values.out);
    if (out === file) throw new UsageError('--out must not be the file being redacted');
    if (existsSync(out) && !values.force) throw new UsageError(`'${values.out}' already exists; not overwriting without --force`);
    writeFileAtomically(out, result.text);
    return EXIT.ok;
  },
};

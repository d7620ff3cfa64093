import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closest, kindFromName, kindSlugs, scaffold } from '@nof/sdk/node';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';

const SLUGS = kindSlugs();

const HELP = `Usage: nof new <kind> --id <id> [--out FILE]

Writes a minimal valid document of a kind to <id>.yaml in the current folder (or FILE), with a
modeline for editors and comments explaining each section. Never overwrites a file.

Kinds: ${SLUGS.join(', ')}

Options:
  --id <id>     the document's metadata.id: lower-case words joined by hyphens
  --out <file>  where to write it (default: <id>.yaml)
  -h, --help    show this help
`;

/** `nof new`: scaffold a document. */
export const newCommand: Command = {
  summary: 'write a new document of a kind, ready to fill in',
  run(args: string[], io: Io): number {
    const parsed = commandArgs(args, { id: { type: 'string' }, out: { type: 'string' } }, HELP, io);
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    const [name] = positionals;
    if (name === undefined || positionals.length > 1) throw new UsageError(`give one kind (${SLUGS.join(', ')})`);
    const kind = kindFromName(name);
    if (!kind) {
      const suggestion = closest(name.toLowerCase(), SLUGS);
      throw new UsageError(`unknown kind '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; kinds are ${SLUGS.join(', ')}`);
    }
    if (values.id === undefined) throw new UsageError('--id is required');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.id))
      throw new UsageError(`--id must be lower-case letters and digits joined by hyphens, not '${values.id}'`);
    const file = resolve(io.cwd, values.out ?? `${values.id}.yaml`);
    try {
      // 'wx' fails when the file exists, so nothing is ever overwritten.
      writeFileSync(file, scaffold(kind, values.id, { file }), { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'EEXIST'
          ? `'${values.out ?? `${values.id}.yaml`}' already exists; not overwriting it`
          : `cannot write '${file}' (${code ?? 'error'})`,
      );
    }
    io.out(`Wrote ${values.out ?? `${values.id}.yaml`}\n`);
    return EXIT.ok;
  },
};

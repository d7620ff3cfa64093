import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
/** What node's parseArgs returns for these options (its own result type is not exported). */
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O & typeof HELP_OPTION }>
>;

/**
 * A command's arguments, parsed strictly (an unknown option is a usage error) with `-h/--help`
 * for every command: undefined once the help has been printed, so the command just returns.
 */
export function commandArgs<O extends Options>(args: string[], options: O, help: string, io: Io): Parsed<O> | undefined {
  const parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP_OPTION } });
  if ((parsed.values as { help?: boolean }).help) {
    io.out(help);
    return undefined;
  }
  return parsed;
}

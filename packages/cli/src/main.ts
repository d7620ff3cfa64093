import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { insightsCommand } from './commands/insights.js';
import { migrateCommand } from './commands/migrate.js';
import { newCommand } from './commands/new.js';
import { redactCommand } from './commands/redact.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { sampleCommand } from './commands/sample.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { describeError } from '@nof/sdk/node';
import { EXIT, UsageError, type Io } from './io.js';
import { version } from './version.js';

/** A subcommand: gets its own arguments, returns the exit code. */
export interface Command {
  summary: string;
  run(args: string[], io: Io): number | Promise<number>;
}

/** Every subcommand, by name. */
export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  report: reportCommand,
  insights: insightsCommand,
  new: newCommand,
  rules: rulesCommand,
  schema: schemaCommand,
  migrate: migrateCommand,
  import: importCommand,
  export: exportCommand,
  redact: redactCommand,
  sample: sampleCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: nof <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`nof <command> --help\` for a command's options; add --debug to see the stack trace of an internal error.\n`;
}

/**
 * Runs the `nof` command line and returns the exit code: 0 clean, 1 problems found, 2 usage
 * or internal error. Both are one line on stderr, never a stack trace unless `--debug`.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  // `--debug` anywhere: show the stack of an internal error instead of one line.
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(usage());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.out(`${version()}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      // parseArgs appends advice about `--`; its first sentence says what went wrong.
      const whole = (error as Error).message;
      const message = (error instanceof UsageError ? whole : whole.split(/\.\s/)[0]!).replace(/\.$/, '');
      io.err(`nof: ${message}. Run \`nof --help\` for usage.\n`);
      return EXIT.usage;
    }
    // Whatever was thrown says what failed: never "[object Object]", with --debug or without.
    const message = describeError(error);
    io.err(
      debug
        ? `nof: internal error: ${message}\n${error instanceof Error && error.stack ? `${error.stack}\n` : ''}`
        : `nof: internal error: ${message.split('\n')[0]} (run with --debug for details)\n`,
    );
    return EXIT.usage;
  }
}

/** node:util parseArgs reports bad options with these codes. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

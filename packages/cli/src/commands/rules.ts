import { getRule, listRules } from '@nof/sdk';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { knownRuleId } from '../options.js';

const HELP = `Usage: nof rules [id] [--format text|json]

Lists every rule with its id, default severity and description; with an id, prints that rule's
documentation (why it exists, what passes, what fails, how to fix).

Options:
  --format <text|json>  json: an array of {id, severity, description}
  -h, --help            show this help
`;

/** `nof rules [id]`: the rules NOF ships, or one rule's docs. */
export const rulesCommand: Command = {
  summary: "list the rules, or show one rule's documentation",
  run(args: string[], io: Io): number {
    const parsed = commandArgs(args, { format: { type: 'string', default: 'text' } }, HELP, io);
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    if (values.format !== 'text' && values.format !== 'json')
      throw new UsageError(`unknown format '${values.format}' (choose text or json)`);
    if (positionals.length > 1) throw new UsageError('give at most one rule id');
    const [id] = positionals;
    if (id !== undefined) {
      const rule = getRule(knownRuleId(id));
      if (!rule) throw new UsageError(`'${id}' is not a rule but a finding about suppression comments`);
      io.out(
        values.format === 'json'
          ? JSON.stringify(
              {
                id: rule.id,
                severity: rule.severity,
                description: rule.description,
                kinds: rule.kinds,
                apiVersions: rule.apiVersions,
                docs: rule.docs.trim(),
              },
              null,
              2,
            ) + '\n'
          : `${rule.id} (${rule.severity}; ${rule.kinds.join(', ')}; ${rule.apiVersions.join(', ')})\n\n${rule.description}\n\n${rule.docs.trim()}\n`,
      );
      return EXIT.ok;
    }
    const rules = listRules();
    if (values.format === 'json') {
      io.out(
        JSON.stringify(
          rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description })),
          null,
          2,
        ) + '\n',
      );
      return EXIT.ok;
    }
    const idWidth = Math.max(...rules.map((r) => r.id.length));
    io.out(rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n') + '\n');
    return EXIT.ok;
  },
};

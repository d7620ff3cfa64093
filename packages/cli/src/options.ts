import { checkSettingsValue, Codelists, listRules, type SettingsLayer } from '@nof/sdk';
import { closest } from '@nof/sdk/node';
import { UsageError } from './io.js';

/** `--max-warnings N`: a whole number, 0 or more. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return Number(value);
}

/** A rule id the user typed (`nof rules <id>`), checked: unknown ids are a usage error with a did-you-mean. */
export function knownRuleId(id: string): string {
  const ids = listRules().map((r) => r.id);
  if (ids.includes(id)) return id;
  const suggestion = closest(id, ids);
  throw new UsageError(`no rule is called '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; run \`nof rules\` to list them`);
}

/**
 * The command line's settings layer (`--rule id=level`, repeatable, and `--as-of`), checked by
 * the SDK's one settings checker exactly as nof.config.yaml is (an unknown rule id, an impossible
 * date such as 2025-02-30): every problem is a usage error naming its option.
 */
export function commandLineSettings(rules: string[], asOf: string | undefined, codelists: Codelists): SettingsLayer {
  const value: { rules?: Record<string, string>; asOf?: string } = {};
  for (const option of rules) {
    const match = /^([^=]+)=(.*)$/.exec(option);
    if (!match) throw new UsageError(`--rule takes id=level, such as consortium/lead-is-member=warn, not '${option}'`);
    value.rules = { ...value.rules, [match[1]!.trim()]: match[2]!.trim() };
  }
  if (asOf !== undefined) value.asOf = asOf;
  const { layer, problems } = checkSettingsValue(value, 'config', codelists);
  const [problem] = problems;
  if (problem) {
    const option = problem.setting === 'asOf' ? '--as-of' : `--rule ${problem.setting.replace(/^rules\.?/, '')}`;
    throw new UsageError(`${option.trim()}: ${problem.message.replace(/\.$/, '')}`);
  }
  return layer;
}

/** `--as-of YYYY-MM-DD` on its own (commands without rule settings): a real calendar day. */
export function parseAsOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : commandLineSettings([], value, new Codelists()).asOf;
}

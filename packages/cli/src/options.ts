import { listRules, RULE_SETTINGS, SUPPRESSION_CODES, closest, type RuleSetting } from '@nof/sdk';
import { UsageError } from './io.js';

/** `--max-warnings N`: a whole number, 0 or more. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
  return Number(value);
}

/** `--as-of YYYY-MM-DD`: a real calendar day. */
export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--as-of takes a date as YYYY-MM-DD, not '${value}'`);
  }
  return value;
}

/** A rule id the user typed, checked: unknown ids are a usage error with a did-you-mean. */
export function knownRuleId(id: string, what = 'rule'): string {
  const ids = [...listRules().map((r) => r.id), ...Object.values(SUPPRESSION_CODES)];
  if (ids.includes(id)) return id;
  const suggestion = closest(id, ids);
  throw new UsageError(
    `no ${what} is called '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; run \`nof rules\` to list them`,
  );
}

/** Every `--rule id=level`, as nof.config.yaml `rules` settings. */
export function parseRuleOptions(values: string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes id=level, such as consortium/lead-is-member=warn, not '${value}'`);
    const level = match[2]!.trim() as RuleSetting;
    if (!RULE_SETTINGS.includes(level)) throw new UsageError(`--rule level must be ${RULE_SETTINGS.join(', ')}, not '${match[2]}'`);
    out[knownRuleId(match[1]!.trim())] = level;
  }
  return out;
}

import type { Severity } from '../diagnostics/diagnostic.js';

/** What nof.config.yaml may set a rule to (ESLint's spelling: `warn`, not `warning`). */
export const RULE_SETTINGS = ['off', 'info', 'warn', 'error'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Per diagnostic code, the setting chosen in nof.config.yaml. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

const SEVERITY_OF: Record<Exclude<RuleSetting, 'off'>, Severity> = { info: 'info', warn: 'warning', error: 'error' };

/**
 * The severity a finding is reported at: the configured setting when there is one (it wins
 * over a finding's own severity, so `warn` really quietens a rule), else the finding's own,
 * else the default. `undefined` means the code is turned off.
 */
export function effectiveSeverity(settings: RuleSettings | undefined, code: string, fallback: Severity): Severity | undefined {
  const setting = settings?.[code];
  if (setting === undefined) return fallback;
  return setting === 'off' ? undefined : SEVERITY_OF[setting];
}

import * as all from './all.js';
import type { Rule } from './rule.js';

const RULES: readonly Rule[] = Object.values(all as Record<string, Rule>).sort((a, b) => a.id.localeCompare(b.id));
const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Every rule NOF ships, sorted by id. */
export function listRules(): readonly Rule[] {
  return RULES;
}

/** The rule with this id, if NOF ships one. */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

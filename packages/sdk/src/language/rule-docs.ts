import { pathToFileURL } from 'node:url';
import { ruleAnchor } from '../rules/docs.js';
import { getRule } from '../rules/registry.js';

/** Where the rules are documented: RULES.md shipped beside the SDK, read offline. */
const RULES_FILE = new URL('../../RULES.md', import.meta.url);

/**
 * A link to the documentation of the rule that reported a diagnostic code, for an editor's
 * "more about this problem" link; undefined for codes that are not rules (`schema/...`, `yaml/...`).
 */
export function ruleDocsUrl(code: string): string | undefined {
  if (!getRule(code)) return undefined;
  return `${pathToFileURL(decodeURIComponent(RULES_FILE.pathname)).href}#${ruleAnchor(code)}`;
}

import { pathToFileURL } from 'node:url';
import { getRule } from '../rules/registry.js';

/**
 * The anchor of a rule's section in RULES.md: the id with everything but letters, digits and
 * hyphens removed, as a Markdown renderer makes of a heading that is the id (`reference/unresolved`
 * → `referenceunresolved`). RULES.md headings must be the bare rule ids for links to land.
 */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

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

import { ruleAnchor } from './docs.js';
import { getRule } from './registry.js';

/** Where every rule is documented: RULES.md in the repository (also shipped in @nof/sdk). */
export const RULES_DOCS = 'https://github.com/nof-sector/nof/blob/main/packages/sdk/RULES.md';

/**
 * A link to the documentation of the rule that reported a diagnostic code, for an editor's "more
 * about this problem" link: an https address, so it opens wherever the editor or the package is
 * installed. Undefined for codes that are not rules (`schema/...`, `yaml/...`).
 */
export function ruleDocsUrl(code: string): string | undefined {
  return getRule(code) ? `${RULES_DOCS}#${ruleAnchor(code)}` : undefined;
}

import { KINDS } from '@nof/schemas';
import { SUPPRESSION_CODES } from '../diagnostics/suppression.js';
import { RULE_ERROR_CODE } from './engine.js';
import type { Rule } from './rule.js';

/**
 * The anchor of a rule's section in RULES.md: the id with everything but letters, digits and
 * hyphens removed, as a Markdown renderer makes of a heading that is the id (`reference/unresolved`
 * → `referenceunresolved`). The headings are the bare rule ids so that links land.
 */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

function kindsOf(rule: Rule): string {
  return rule.kinds.length === KINDS.length ? 'every kind' : rule.kinds.join(', ');
}

function versionsOf(rule: Rule): string {
  return rule.apiVersions.join(', ');
}

/** RULES.md: every rule's id, severity, kinds, description and docs, from the rules themselves. */
export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const table = rules.map(
    (r) => `| [\`${r.id}\`](#${ruleAnchor(r.id)}) | ${r.severity} | ${kindsOf(r)} | ${versionsOf(r)} | ${r.description} |`,
  );
  const sections = rules.map(
    (r) =>
      `## \`${r.id}\`\n\n**Severity**: ${r.severity} · **Kinds**: ${kindsOf(r)} · **Versions**: ${versionsOf(r)}\n\n${r.description}\n\n${r.docs.trim()}\n`,
  );
  return `# NOF rules

<!-- Generated from packages/sdk/src/rules by \`pnpm --filter @nof/sdk rules-md\`. Do not edit: a test fails when it is stale. -->

The checks \`nof validate\` and the editor run on documents that are valid against their schema,
beyond what the schema says. Each checks the kinds and the apiVersions it names (a document's
version is part of what it is: a rule written for \`nof/v1\` agreements does not guess at \`nof/v2\`
ones), and reads other documents only when they are valid too. The reference rules also check the
well-formed references of a document that has schema errors elsewhere. Each rule has an id, used
in three places:

- **nof.config.yaml** sets its level or turns it off: \`rules: { reference/unresolved: warn }\`
  (\`off\`, \`info\`, \`warn\` or \`error\`).
- **\`# nof-disable-next-line <id> -- <reason>\`** turns it off for the next line of YAML, and
  **\`# nof-disable <id> -- <reason>\`** for the whole document the comment is in. A suppression
  without a reason is reported as \`${SUPPRESSION_CODES.missingReason}\`, one that suppresses
  nothing as \`${SUPPRESSION_CODES.unused}\` (both warnings, which nof.config.yaml can set too).
- A rule that fails unexpectedly leaves \`${RULE_ERROR_CODE}\` naming it instead of its findings.

| Rule | Severity | Kinds | Versions | Description |
|---|---|---|---|---|
${table.join('\n')}

${sections.join('\n')}`;
}

// Writes packages/sdk/RULES.md from the built rules (run after `pnpm build`).
import { writeFileSync } from 'node:fs';
import { listRules } from '../dist/rules/registry.js';
import { renderRulesMarkdown } from '../dist/rules/docs.js';

writeFileSync(new URL('../RULES.md', import.meta.url), renderRulesMarkdown(listRules()));

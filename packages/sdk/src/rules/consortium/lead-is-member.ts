import type { Fix } from '../../diagnostics/diagnostic.js';
import { defineRule, type RuleDocument } from '../rule.js';
import { authorityName } from './_consortium.js';

/**
 * Adds `{ authority: <code> }` as the first member, in the style the list is written in: a
 * block list starts on the line after `members:`, a flow list (`[...]`) on the same line.
 */
function addMemberFix(document: RuleDocument, code: string, name: string): Fix {
  const key = document.rangeOf('/spec/members', 'key');
  const list = document.rangeOf('/spec/members', 'value');
  const title = `Add ${name} to the members`;
  if (list.start.line > key.start.line) {
    const at = list.start;
    return {
      title,
      edits: [{ range: { start: at, end: at }, newText: `- authority: ${code}\n${' '.repeat(at.character)}` }],
      preferred: true,
    };
  }
  const at = document.rangeOf('/spec/members/0', 'value').start;
  return { title, edits: [{ range: { start: at, end: at }, newText: `{ authority: ${code} }, ` }], preferred: true };
}

export default defineRule({
  id: 'consortium/lead-is-member',
  description: 'The lead authority is listed among the consortium members.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `The lead authority carries legal accountability for the consortium's procurement (section 2
of the 2015 review: "legal accountability for the process is with a single lead local authority"),
and is marked (L) among the members in the review's tables. A lead that is not itself a member
usually means the members list is incomplete, so reports built from it (who pays, who monitors,
who may call off) would leave the lead out.

**Fails**: \`leadAuthority: E08000035\` (Leeds) with members Barnsley and Bradford only.

**Passes**: the same lead with \`- authority: E08000035\` among the members, or no \`leadAuthority\`
at all (East London Solutions has no lead).

**Fix**: add the lead to \`members\` (offered as a fix), or correct \`leadAuthority\`.`,
  check({ document, codelists, report }) {
    const spec = document.value.spec;
    const lead = spec.leadAuthority;
    if (lead === undefined || spec.members.some((m) => m.authority === lead)) return;
    const name = authorityName(codelists, lead);
    report({
      path: '/spec/leadAuthority',
      message: `The lead authority ${name} is not among the consortium's members: add it to the members list.`,
      fixes: [addMemberFix(document, lead, name)],
    });
  },
});

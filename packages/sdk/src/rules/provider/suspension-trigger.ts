import { describeTarget, routeTarget } from '../agreement/_documents.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'provider/suspension-trigger',
  description:
    'A setting graded Inadequate triggers the suspension protocol of an arrangement the provider is on, but no suspension is recorded.',
  severity: 'warning',
  kinds: ['ProviderProfile'],
  apiVersions: ['nof/v1'],
  docs: `Some consortia operate a suspension protocol "which enabled them to suspend providers from
a framework if there were safeguarding concerns or where an OFSTED grading was inadequate" (the
2015 review, section 4.2.2.4), and the review notes their wish "to respond rapidly". The review
also found that these mechanisms "would not enable cross consortia communication": a provider
profile shared by every consortium can show each of them when its own protocol is triggered.

For each arrangement the provider is on (as of the workspace's \`asOf\` date) whose
\`suspensionProtocol.triggers\` include \`ofsted-inadequate\`, every setting whose latest grade is
Inadequate should be matched by a suspension by that consortium (for all its arrangements or that
one) current on \`asOf\`.

**Fails**: a setting graded \`inadequate\`, the provider on a White Rose arrangement whose
protocol is triggered by \`ofsted-inadequate\`, and no current White Rose suspension.

**Passes**: the same with a suspension by White Rose from the inspection date and no \`to\`; or
an arrangement whose protocol has no \`ofsted-inadequate\` trigger.

**Fix**: record the suspension the consortium applied, or update the setting's grade if it has
been re-inspected.`,
  check({ document, workspace, asOf, report }) {
    const spec = document.value.spec;
    const inadequate = spec.settings.map((setting, i) => ({ setting, i })).filter(({ setting }) => setting.latestGrade === 'inadequate');
    if (inadequate.length === 0) return;
    for (const q of spec.arrangements ?? []) {
      if ((q.from !== undefined && q.from > asOf) || (q.to !== undefined && q.to <= asOf)) continue;
      const target = routeTarget(workspace, q);
      const triggers: readonly string[] = target?.arrangement.suspensionProtocol?.triggers ?? [];
      if (!target || !triggers.includes('ofsted-inadequate')) continue;
      const suspended = (spec.suspensions ?? []).some(
        (s) =>
          s.consortium === q.consortium &&
          (s.arrangement === undefined || s.arrangement === q.arrangement) &&
          s.from <= asOf &&
          (s.to === undefined || asOf < s.to),
      );
      if (suspended) continue;
      for (const { setting, i } of inadequate) {
        report({
          path: `/spec/settings/${i}/latestGrade`,
          message: `Setting "${setting.name}" (${setting.ofstedUrn}) is graded Inadequate, which triggers the suspension protocol of ${describeTarget(target)}, but no suspension by "${q.consortium}" is recorded as of ${asOf}.`,
          related: [
            { document: target.consortium, path: `${target.arrangementPath}/suspensionProtocol`, message: 'The suspension protocol.' },
          ],
        });
      }
    }
  },
});

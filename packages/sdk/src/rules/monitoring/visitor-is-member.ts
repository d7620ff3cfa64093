import { memberOn, membersOf } from '../../model/membership.js';
import { authorityName } from '../consortium/_consortium.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'monitoring/visitor-is-member',
  description: 'The authority that monitored for a consortium, and those it monitored for, were members on the day.',
  severity: 'warning',
  kinds: ['MonitoringVisit'],
  apiVersions: ['nof/v1'],
  docs: `Shared monitoring works only when members trust each other's visits (section 4.2.2.4 of the
2015 review: "a lack of consensus regarding accountability where another local authority's
monitoring practice does not identify risks"). A visit done for a consortium by an authority that
was not a member then, or for authorities that were not, is monitoring the other members cannot
rely on, and the insights would count it for the wrong members.

Members are those of the arrangement named (where it lists its own members), else of the
consortium, on the day of the visit: not an authority that is only interested or joining, that
joined later or had already left. A membership whose month or year of joining or leaving may fall
either side of the day is not reported.

**Fails**: a visit for \`dales\` by Bradford (E08000032) when Bradford is not among its members;
a visit on behalf of an authority that left the consortium before the visit.

**Passes**: a visit by a member, on behalf of all members or of other members.

**Fix**: correct the visiting authority or the consortium, or record the membership.`,
  check({ document, workspace, codelists, report }) {
    const spec = document.value.spec;
    if (spec.consortium === undefined) return;
    const consortium = workspace.get('Consortium', spec.consortium);
    if (!consortium) return;
    const members = membersOf(consortium.value.spec, spec.arrangement);
    const whose =
      spec.arrangement !== undefined && members !== consortium.value.spec.members
        ? `arrangement "${spec.arrangement}"`
        : `Consortium "${spec.consortium}"`;
    const check = (code: string, path: string, subject: (name: string) => string) => {
      const states = members.filter((m) => m.authority === code).map((m) => memberOn(m, spec.date));
      if (states.includes('member') || states.includes('unknown')) return;
      const why = states.length ? `was not a member of ${whose} on ${spec.date}` : `is not a member of ${whose}`;
      report({ path, message: `${subject(authorityName(codelists, code))} ${why}.` });
    };
    check(spec.visitingAuthority, '/spec/visitingAuthority', (name) => `The visiting authority, ${name},`);
    (spec.onBehalfOf?.authorities ?? []).forEach((code, i) =>
      check(code, `/spec/onBehalfOf/authorities/${i}`, (name) => `${name}, which the monitoring was done for,`),
    );
  },
});

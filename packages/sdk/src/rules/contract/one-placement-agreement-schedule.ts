import { defineRule } from '../rule.js';

export default defineRule({
  id: 'contract/one-placement-agreement-schedule',
  description: 'Exactly one schedule of a national contract is the Individual Placement Agreement.',
  severity: 'warning',
  kinds: ['NationalContract'],
  apiVersions: ['nof/v1'],
  docs: `National contracts "set out standard terms and conditions under which individual placements
can be made or 'called-off'" (2015 review, section 2.2); each placement is made on the
Individual Placement Agreement (IPA) schedule: Schedule 4 of the National Fostering Contract,
Schedule 5 of the residential contract. NOF's PlacementAgreement documents stand for that
schedule, so a contract should mark exactly one schedule \`isPlacementAgreement: true\`.

**Fails**: two schedules marked as the IPA (an error: which one is the call-off contract?); no
schedule marked (a warning: the contract is recorded without its IPA).

**Passes**: \`- { id: schedule-4-ipa, number: 4, title: Individual Placement Agreement, isPlacementAgreement: true }\`
and no other schedule marked.

**Fix**: mark the IPA schedule, and only it, with \`isPlacementAgreement: true\`; add the schedule if
it is missing.`,
  check({ document, report }) {
    const schedules = (document.value.spec.schedules ?? []).map((s, i) => ({ s, pointer: `/spec/schedules/${i}` }));
    const marked = schedules.filter(({ s }) => s.isPlacementAgreement);
    if (marked.length === 0) {
      report({
        path: schedules.length ? '/spec/schedules' : '/spec',
        target: 'key',
        message:
          'No schedule is marked as the Individual Placement Agreement: mark the IPA schedule with isPlacementAgreement: true, adding it if it is missing.',
      });
      return;
    }
    const [first, ...others] = marked;
    for (const { s, pointer } of others) {
      report({
        path: `${pointer}/isPlacementAgreement`,
        severity: 'error',
        message: `Schedule ${s.number} (${s.title}) is marked as the Individual Placement Agreement, but so is schedule ${first!.s.number} (${first!.s.title}): a contract has one IPA.`,
        related: [
          { document, path: `${first!.pointer}/isPlacementAgreement`, message: `Schedule ${first!.s.number}, also marked as the IPA.` },
        ],
      });
    }
  },
});

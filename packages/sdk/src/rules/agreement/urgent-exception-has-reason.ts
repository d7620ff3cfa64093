import { defineRule } from '../rule.js';

export default defineRule({
  id: 'agreement/urgent-exception-has-reason',
  description: 'A call-off marked urgent records why the usual procedure was not followed.',
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `When a placement is needed so urgently that providers cannot be approached tier by tier,
the referral often goes to every tier at once. The 2015 review found this was the most common
departure from prescribed call-off procedures and that it happened without any record, which
procurement leads feared was a breach of contract. Most consortia require the reason to be
written down whenever the tiers are not followed; an \`urgent\` flag on its own does not say why.

**Fails**: \`callOff: { urgent: true, approaches: [...] }\` with no \`exceptionReason\`.

**Passes**: \`callOff: { urgent: true, exceptionReason: "Emergency: same-day placement needed after
a placement breakdown; all tiers approached at once", approaches: [...] }\`.

**Fix**: add \`exceptionReason\` describing the circumstances (not the child).`,
  check({ document, report }) {
    const callOff = document.value.spec.callOff;
    if (callOff?.urgent !== true || callOff.exceptionReason !== undefined) return;
    report({
      path: '/spec/callOff/urgent',
      target: 'key',
      message:
        'The call-off is marked urgent but gives no `exceptionReason`: record why providers could not be approached tier by tier (the circumstances, not the child).',
    });
  },
});

import { repeatsIn } from '../consortium/_duplicates.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'provider/setting-urns-unique',
  description: "Each of a provider's settings has its own Ofsted URN.",
  severity: 'error',
  kinds: ['ProviderProfile'],
  apiVersions: ['nof/v1'],
  docs: `Ofsted gives every registered setting its own unique reference number, and placement
agreements name the setting a child lives in by it, so that its grade and suspensions can be
checked. Two settings in one profile with the same URN make that lookup ambiguous: one of them is
mistyped, or the same setting is listed twice.

**Fails**: two settings both with \`ofstedUrn: SC123456\`. The second is reported, linked to the first.

**Passes**: settings with URNs SC123456 and 1234567.

**Fix**: correct the URN from the setting's Ofsted registration, or remove the duplicate.`,
  check({ document, report }) {
    const settings = document.value.spec.settings;
    for (const repeat of repeatsIn(settings.map((s, i) => ({ value: s.ofstedUrn, pointer: `/spec/settings/${i}/ofstedUrn` })))) {
      report({
        path: repeat.pointer,
        message: `Another setting of this provider already has the Ofsted URN ${repeat.value}: each registered setting has its own.`,
        related: [{ document, path: repeat.first, message: `The first setting with URN ${repeat.value}.` }],
      });
    }
  },
});

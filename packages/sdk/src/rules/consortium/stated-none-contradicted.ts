import { defineRule } from '../rule.js';
import { arrangementsOf, describeArrangement } from './_consortium.js';

export default defineRule({
  id: 'consortium/stated-none-contradicted',
  description:
    'A fact stated as "none" (no lots, no tiers, no provider cap, no suspension protocol) is not contradicted by what the document lists.',
  severity: 'error',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `The 2015 review often states an absence as a fact: "a framework contract which has no tiers"
(NE7), "there are no lots or tiers" (Mid Southern), "unlimited number of providers at tier 2"
(West Sussex and Brighton and Hove). NOF records such facts explicitly, so that leaving a property
out still means "not known": \`hasLots: false\`, \`hasTiers: false\`, a tier's
\`unlimitedProviders: true\`, \`hasSuspensionProtocol: false\`. A document that states the
absence and then lists the thing says two different things, and readers cannot tell which holds.

**Fails**: \`hasLots: false\` beside a non-empty \`lots\` list; \`hasTiers: false\` with tiers on the
arrangement or on any lot; a tier with both \`unlimitedProviders: true\` and \`maximumProviders\`;
\`hasSuspensionProtocol: false\` beside a \`suspensionProtocol\`.

**Passes**: \`hasLots: false\` and no lots; \`hasLots: true\` with no lots listed (lots the source
does not describe).

**Fix**: remove the one that is wrong.`,
  check({ document, report }) {
    for (const { item: a, pointer } of arrangementsOf(document)) {
      const where = describeArrangement(a);
      const What = where.charAt(0).toUpperCase() + where.slice(1);
      if (a.hasLots === false && (a.lots ?? []).length > 0) {
        report({ path: `${pointer}/hasLots`, message: `${What} says it has no lots (hasLots: false) but lists ${a.lots!.length}.` });
      }
      const tiered = [
        ...(a.tiers?.length ? [`${pointer}/tiers`] : []),
        ...(a.lots ?? []).flatMap((lot, i) => (lot.tiers?.length || lot.tierCount ? [`${pointer}/lots/${i}`] : [])),
      ];
      if (a.hasTiers === false && tiered.length > 0) {
        report({
          path: `${pointer}/hasTiers`,
          message: `${What} says it has no tiers (hasTiers: false) but tiers are given at ${tiered.join(', ')}.`,
        });
      }
      const tierLists = [
        { tiers: a.tiers ?? [], at: `${pointer}/tiers` },
        ...(a.lots ?? []).map((lot, i) => ({ tiers: lot.tiers ?? [], at: `${pointer}/lots/${i}/tiers` })),
      ];
      for (const { tiers, at } of tierLists) {
        tiers.forEach((tier, i) => {
          if (tier.unlimitedProviders && tier.maximumProviders !== undefined) {
            report({
              path: `${at}/${i}/maximumProviders`,
              message: `Tier "${tier.id}" of ${where} is said to have no cap on providers (unlimitedProviders: true) and a cap of ${tier.maximumProviders}.`,
            });
          }
        });
      }
      if (a.hasSuspensionProtocol === false && a.suspensionProtocol) {
        report({
          path: `${pointer}/hasSuspensionProtocol`,
          message: `${What} says it has no suspension protocol (hasSuspensionProtocol: false) but describes one.`,
        });
      }
    }
  },
});

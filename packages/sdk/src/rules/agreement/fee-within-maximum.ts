import { defineRule } from '../rule.js';
import { describeTarget, routeTarget } from './_documents.js';
import { coreFee, describeMoney, maximumPrice, pounds, weekly } from './_money.js';

export default defineRule({
  id: 'agreement/fee-within-maximum',
  description: "The weekly fee is within the maximum price of the lot (or arrangement) for the child's age band.",
  severity: 'warning',
  kinds: ['PlacementAgreement'],
  apiVersions: ['nof/v1', 'nof/v2'],
  docs: `Frameworks set maximum prices per lot, often per age band, and the review found that
"within frameworks there is a good deal of flexibility for negotiation of additional services to
meet need with the starting point for negotiations being the framework price". A weekly fee above
the ceiling means either the placement was not really bought on the framework's terms or the
ceiling has been breached: either way the commissioner should know, since consortia justify
themselves by the savings their prices bring.

The ceiling is the lot's \`maximumPrices\` (or, for an arrangement without lots, its
\`pricing.maximumPrices\`): the one for the age band containing \`child.ageAtStart\` when there is
one, else the one for all ages. Ceilings for a particular level of need are not used (which level
applies is a matter of judgement), nor are amounts per placement or one-off. Fees and ceilings per
night, month or year are compared as weekly amounts; additional services are not counted, as they
are negotiated on top of the framework price.

**Fails**: a weekly fee of £1,250 on a lot whose maximum price for ages 11-18 is £1,100 a week,
for a child aged 12 at the start.

**Passes**: a weekly fee of £1,050 on the same lot.

**Fix**: check the fee against the framework price; if the placement was bought outside the
framework's terms, record it as a spot purchase.`,
  check({ document, workspace, report }) {
    const spec = document.value.spec;
    const target = routeTarget(workspace, spec.route);
    const core = coreFee(document);
    if (!target) return;
    const fee = core.money;
    const feeWeekly = weekly(fee);
    if (feeWeekly === undefined) return;
    const ceiling = maximumPrice(target, spec.child.ageAtStart);
    if (!ceiling || feeWeekly <= weekly(ceiling.price)! + 0.005) return;
    const written =
      fee.per === 'week'
        ? `Weekly fee ${pounds(fee.amount)}`
        : `Fee ${describeMoney(fee)} (${pounds(Math.round(feeWeekly * 100) / 100)} a week)`;
    const ages = ceiling.ageBand ? ` for ages ${ceiling.ageBand.from}-${ceiling.ageBand.to}` : '';
    report({
      path: `${core.pointer}/amount`,
      message: `${written} is above the maximum price ${describeMoney(ceiling.price)}${ages} on ${describeTarget(target)}.`,
    });
  },
});

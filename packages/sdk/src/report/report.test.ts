import { describe, expect, it } from 'vitest';
import { Codelists } from '../codelists/codelists.js';
import { parseText } from '../parse/parse-text.js';
import { documentYaml } from '../rules/testing.js';
import { buildConsortiumReport } from './model.js';
import { renderReportHtml, renderReportMarkdown } from './render.js';

const consortium = documentYaml(
  'Consortium',
  'north-region-sw',
  `type: sub-regional
leadAuthority: E06000023
members:
  - { authority: E06000023 }
  - { authority: E06000022 }
  - { authority: E06000030, status: interested, interest: early }
unnamedMembers: [{ count: 2, status: former, regions: [east-of-england, south-east], stage: at the award stage }]
governance: { model: partnership-agreement, agreementStatus: in-place, since: 2008 }
resourcing:
  model: other
  ongoingManagement: none
  contributions: [{ amount: { amount: 8000, per: year }, upTo: 9000, basis: each-member, appliesTo: a large council }]
arrangements:
  - id: ifa
    name: North Region fostering framework
    type: framework-agreement
    status: active
    hasLots: false
    contractBasis: { basis: unknown }
    providerCount: 28
    term: { startedIn: 2014-04, initialPeriod: { years: 2 }, extensionOptions: [{ years: 1 }, { years: 1 }], extendableUntil: 2018 }
    openness: { providerEntry: closed-for-term, reopensAsNeeded: true, reopeningsPerYear: { from: 1, to: 2 } }
    tiers:
      - { id: b1, rank: 1, forAuthority: E06000023, allocationBases: [price, quality, local-capacity] }
      - { id: b2, rank: 2, forAuthority: E06000023, unlimitedProviders: true }
    pricing: { pricedByAgeBand: false, priceGroups: [{ id: std, name: Standard }, { id: cx, name: Complex, criteria: primarily disability and health issues }] }
    hasSuspensionProtocol: false
    notes: Prices were held for the second two years through negotiation.
  - id: own
    type: approved-provider-list
    contractBasis: { basis: own-terms }
savings:
  - { type: cashable, percent: 6, method: before-after-average, scope: total, estimated: true }
evaluations:
  - { subject: placement-decisions, status: not-planned, independent: true }
benefits:
  - { category: placement-mix, summary: Fewer residential placements, measure: { indicator: residential placements, from: 90, to: 40, over: { years: 4 } } }
plans:
  - { type: merger, summary: Fostering frameworks may merge into one regional framework, expected: 2016, certainty: possible }
notes: Commentary only.`,
);

function report() {
  const doc = parseText(consortium, 'c.yaml').documents[0]!;
  return buildConsortiumReport(doc, { get: () => undefined, all: () => [], codelists: new Codelists(), asOf: '2015-06-01' });
}

describe('consortium report', () => {
  const md = renderReportMarkdown(report());

  // Tiers without lots per authority, membership beyond the members, governance, resourcing with
  // ranges, stated absences, partial dates in words, pricing, openness, counts, outcomes and notes.
  it.each([
    '### Tiers (no lots)',
    '| Tier 1 | Bristol, City of | — | price, quality, local capacity | — |',
    '| Tier 2 | Bristol, City of | unlimited |',
    '- **Lots**: none',
    '- Bath and North East Somerset (E06000022)',
    '| Swindon (E06000030) | interested | early interest |',
    '| 2 unnamed authorities (east of england, south east) | former | at the award stage |',
    '- **In place since**: 2008',
    '| £8,000 to £9,000 a year | each member | a large council |',
    '- **Resource for ongoing management**: none',
    'The arrangement has no suspension protocol.',
    '- **Start**: April 2014',
    '- **Could be extended until**: 2018',
    '- **Priced by age band**: no',
    '| Complex | primarily disability and health issues |',
    '- **Expected re-openings a year**: 1 to 2',
    '- **Providers**: 28',
    '| cashable | 6% | total | — | before after average, estimated | — |',
    '| placement decisions | not planned (independent) |',
    '| placement mix | Fewer residential placements | residential placements: 90 → 40 over 4 years |',
    '| merger | Fostering frameworks may merge into one regional framework | 2016 | possible |',
    'Prices were held for the second two years through negotiation.',
    'Commentary only.',
  ])('shows %s', (line) => {
    expect(md).toContain(line);
  });

  it('lists only current members as members', () => {
    expect(md).not.toMatch(/^- Swindon/m);
  });

  it('says national contract variations do not apply only when the basis is known', () => {
    expect(md).toContain('The contract basis is not recorded, so whether any national contract variations apply is not known.');
    expect(md).toContain("No national contract variations apply: the arrangement uses the consortium's own terms.");
  });

  it('draws the term timeline beside its table in HTML, the month-only start drawn as approximate', async () => {
    const html = await renderReportHtml(report());
    expect(html).toMatch(/<div class="pair"><figure role="img" aria-label="Term timeline, with 2015-06-01 marked"><svg/);
    expect(html).toContain('<td>2014-04-01 (approximate)</td>');
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});

/*
 * The report's sections for what a consortium document records beyond members, lots and tiers:
 * governance, resourcing, savings, benefits, evaluations, plans and source discrepancies; and,
 * per arrangement, pricing, openness, scope, eligibility, procurement, block places, provider
 * counts and the suspension protocol. Each is left out when the document says nothing of it.
 */
import type { v1_common, v1_consortium } from '@nof/schemas';
import { describePartialDate, parsePartialDate } from '../dates/partial-date.js';
import { describePeriod } from '../dates/period.js';
import type { Block } from './blocks.js';

type Arrangement = v1_consortium.ProcurementArrangement;
type Spec = v1_consortium.ConsortiumDetails;
type Money = v1_common.Money;

export const words = (kebab: string): string => kebab.replace(/-/g, ' ');
export const yesNo = (b: boolean | undefined): string | undefined => (b === undefined ? undefined : b ? 'yes' : 'no');
const list = (values: readonly string[] | undefined): string | undefined => (values?.length ? values.map(words).join(', ') : undefined);
const when = (value: unknown): string | undefined => {
  const date = parsePartialDate(value);
  return date && describePartialDate(date);
};
const pounds = (n: number) => `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
export function money(m: Money | undefined, upTo?: number): string | undefined {
  if (!m) return undefined;
  const amount = upTo === undefined ? pounds(m.amount) : `${pounds(m.amount)} to ${pounds(upTo)}`;
  const per = m.per === 'one-off' ? ' (one-off)' : ` a ${m.per}`;
  return `${amount}${per}${m.vatIncluded === false ? ' plus VAT' : ''}`;
}

/** Fact rows with a value; none at all gives no block. */
export function facts(rows: Array<[string, string | undefined]>): Block[] {
  const kept = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  return kept.length ? [{ type: 'facts', rows: kept }] : [];
}

/** A table of the rows, or nothing when there are none. */
function rowsTable(head: string[], rows: string[][]): Block[] {
  return rows.length ? [{ type: 'table', head, rows }] : [];
}

/** A level-3 heading over the blocks, or nothing when there are none. */
function section(title: string, blocks: Block[], level: 2 | 3 = 3): Block[] {
  return blocks.length ? [{ type: 'heading', level, text: title }, ...blocks] : [];
}

const note = (text: string | undefined): Block[] => (text ? [{ type: 'paragraph', text, note: true }] : []);

export function membershipBlocks(spec: Spec, who: (code: string) => string): Block[] {
  const others = spec.members.filter((m) => (m.status ?? 'member') !== 'member');
  const rows = others.map((m) => [
    who(m.authority),
    words(m.status!),
    [m.interest && `${m.interest} interest`, m.joined ?? when(m.joinedIn), m.left ?? when(m.leftIn)].filter(Boolean).join('; ') || '—',
  ]);
  for (const u of spec.unnamedMembers ?? []) {
    rows.push([
      `${u.countIsMaximum ? 'up to ' : ''}${u.count} unnamed ${u.count === 1 ? 'authority' : 'authorities'}${u.regions ? ` (${list(u.regions)})` : ''}`,
      words(u.status),
      [u.interest && `${u.interest} interest`, when(u.when), u.stage].filter(Boolean).join('; ') || '—',
    ]);
  }
  const leads = (spec.leadRoles ?? []).map((r) => [
    words(r.role),
    r.authority ? who(r.authority) : (r.organisation ?? '—'),
    [r.from && `from ${when(r.from)}`, r.to && `until ${when(r.to)}`].filter(Boolean).join(' ') || '—',
  ]);
  return [
    ...facts([
      ['Members stated', spec.memberCount?.toString()],
      ['Established', when(spec.established)],
    ]),
    ...rowsTable(['Authority', 'Status', 'Details'], rows),
    ...rowsTable(['Lead role', 'Held by', 'When'], leads),
  ];
}

export function governanceBlocks(spec: Spec, who: (code: string) => string): Block[] {
  const g = spec.governance;
  const r = spec.resourcing;
  const governance = g
    ? [
        ...facts([
          ['Agreement', words(g.model)],
          ['Status', g.agreementStatus && words(g.agreementStatus)],
          ['In place since', when(g.since)],
          ['Reports to', g.reportsTo],
          ['Signed by every member', yesNo(g.allMembersSigned)],
          ['Dissolves if a member leaves', yesNo(g.dissolvesIfMemberLeaves)],
          ['Escalation', g.escalation],
        ]),
        ...rowsTable(
          ['Group', 'Role', 'Chair', 'Meetings a year'],
          (g.groups ?? []).map((x) => [
            x.name ?? words(x.role),
            words(x.role),
            x.chair ? who(x.chair) : x.chairRotatesEvery ? `rotates every ${describePeriod(x.chairRotatesEvery)}` : '—',
            x.meetingsPerYear?.toString() ?? '—',
          ]),
        ),
        ...note(g.notes),
      ]
    : [];
  const resourcing = r
    ? [
        ...facts([
          ['Model', words(r.model)],
          ['Shared in proportion', yesNo(r.sharedInProportion)],
          ['Funded by', r.fundedBy],
          ['Paid to', r.paidTo && words(r.paidTo)],
          ['Fixed amounts', yesNo(r.fixedAmounts)],
          ['Pays for', list(r.funds)],
          ['Resource for ongoing management', r.ongoingManagement && words(r.ongoingManagement)],
          ['In kind', r.inKind],
        ]),
        ...rowsTable(
          ['Amount', 'Basis', 'Paid by', 'Pays for'],
          (r.contributions ?? []).map((c) => [
            `${c.approximate ? 'about ' : ''}${money(c.amount, c.upTo)}${c.financialYear ? ` (${c.financialYear})` : ''}${c.paidTo ? `, to the ${words(c.paidTo)}` : ''}`,
            words(c.basis),
            c.authorities?.map(who).join(', ') ?? c.appliesTo ?? 'every member',
            c.covers ?? '—',
          ]),
        ),
        ...rowsTable(
          ['Post', 'Time', 'Employed by', 'Annual cost'],
          (r.staff ?? []).map((x) => [
            `${x.count && x.count > 1 ? `${x.count} × ` : ''}${x.role}`,
            x.fte !== undefined ? `${x.fte} FTE` : '—',
            x.employer ? who(x.employer) : (x.employerOrganisation ?? '—'),
            money(x.annualCost) ?? '—',
          ]),
        ),
        ...rowsTable(
          ['External funder', 'Amount', 'Pays for', 'Until'],
          (r.externalFunding ?? []).map((x) => [x.funder, money(x.amount) ?? '—', list(x.purposes) ?? '—', when(x.until) ?? '—']),
        ),
        ...note(r.notes),
      ]
    : [];
  return [...section('Governance', governance, 2), ...section('Resourcing', resourcing, 2)];
}

function savingAmount(s: v1_consortium.Saving): string {
  const parts = [
    s.amount ? money(s.amount, s.amountUpTo) : undefined,
    s.percent !== undefined
      ? `${s.percent}${s.percentUpTo !== undefined ? ` to ${s.percentUpTo}` : ''}%${s.percentOf ? ` of ${words(s.percentOf)}` : ''}`
      : undefined,
  ].filter(Boolean);
  return `${s.minimum ? 'at least ' : ''}${parts.join(', ') || 'not quantified'}`;
}

/** A saving in words, as the report's and the insights' savings tables show it: type, amount, for whom, period, method, baseline. */
export function savingCells(s: v1_consortium.Saving, who: (code: string) => string): string[] {
  return [
    words(s.type),
    savingAmount(s),
    s.scope === 'per-authority' && s.authority ? who(s.authority) : s.scope ? words(s.scope) : '—',
    [s.from && `from ${when(s.from)}`, s.to && `to ${when(s.to)}`, s.period && describePeriod(s.period), s.weeks && `${s.weeks} weeks`]
      .filter(Boolean)
      .join(' ') || '—',
    [s.method && words(s.method), s.estimated ? 'estimated' : undefined, s.annualised ? 'annualised' : undefined]
      .filter(Boolean)
      .join(', ') || '—',
    s.baseline ?? '—',
  ];
}

export function outcomeBlocks(spec: Spec, who: (code: string) => string, arrangementName: (id: string) => string): Block[] {
  const savings = (spec.savings ?? []).map((s) => savingCells(s, who));
  const evaluations = (spec.evaluations ?? []).map((e) => [
    words(e.subject),
    `${words(e.status)}${e.independent ? ' (independent)' : ''}`,
    when(e.when) ?? '—',
    e.arrangement ? arrangementName(e.arrangement) : 'whole consortium',
    e.finding ?? '—',
  ]);
  const benefits = (spec.benefits ?? []).map((b) => [
    words(b.category),
    b.summary ?? '—',
    b.measure
      ? `${b.measure.indicator}${b.measure.from !== undefined ? `: ${b.measure.from}` : ''}${b.measure.to !== undefined ? ` → ${b.measure.to}` : ''}${b.measure.changePercent !== undefined ? ` (${b.measure.changePercent}%)` : ''}${b.measure.over ? ` over ${describePeriod(b.measure.over)}` : ''}`
      : '—',
    b.view ? words(b.view) : '—',
  ]);
  const plans = (spec.plans ?? []).map((p) => [
    words(p.type),
    p.summary ?? '—',
    when(p.expected) ?? '—',
    p.certainty ? words(p.certainty) : '—',
  ]);
  const discrepancies = (spec.discrepancies ?? []).map((d) => [
    d.field,
    d.readings.map((r) => `${r.source}: ${typeof r.value === 'string' ? r.value : JSON.stringify(r.value)}`).join(' | '),
    d.followed,
  ]);
  const table = (title: string, head: string[], rows: string[][]): Block[] =>
    rows.length ? section(title, [{ type: 'table', head, rows }], 2) : [];
  return [
    ...table('Savings', ['Type', 'Amount', 'For', 'Period', 'Method', 'Baseline'], savings),
    ...table('Evaluations', ['Of', 'Status', 'When', 'Arrangement', 'Finding'], evaluations),
    ...table('Benefits', ['Benefit', 'What', 'Measured by', 'Whose view'], benefits),
    ...table('Plans', ['Plan', 'What', 'Expected', 'Certainty'], plans),
    ...table('Where the sources disagree', ['Field', 'Readings', 'Followed'], discrepancies),
  ];
}

export function arrangementDetailBlocks(a: Arrangement, who: (code: string) => string): Block[] {
  const p = a.pricing;
  const o = a.openness;
  const s = a.scope;
  const e = a.eligibility;
  const pr = a.procurement;
  const b = a.blockPlaces;
  const counts = facts([
    ['Lots', a.hasLots === false ? 'none' : a.hasLots && !a.lots?.length ? 'yes, not described' : undefined],
    ['Lots based on', a.lotBasis && words(a.lotBasis)],
    [
      'Tiers',
      a.hasTiers === false
        ? 'none'
        : a.hasTiers && !a.tiers?.length && !a.lots?.some((l) => l.tiers?.length)
          ? 'yes, not described'
          : undefined,
    ],
    ['Providers', a.providerCount !== undefined ? `${a.providerCountApproximate ? 'about ' : ''}${a.providerCount}` : undefined],
    ['Settings', a.settingCount !== undefined ? `${a.providerCountApproximate ? 'about ' : ''}${a.settingCount}` : undefined],
    ['Children placed', a.placedChildren?.toString()],
    ['Members taking part', a.members?.map((m) => who(m.authority)).join(', ')],
    ['Contracts signed', a.contractSigning && words(a.contractSigning)],
    ['Estimated annual value', a.estimatedAnnualValue && money(a.estimatedAnnualValue, a.estimatedAnnualValueUpTo)],
    [
      'Expected placements',
      a.expectedPlacements !== undefined
        ? `${a.expectedPlacements}${a.expectedPlacementsYear ? ` in ${a.expectedPlacementsYear}` : ''}`
        : undefined,
    ],
    ['Award weighting', a.awardWeighting && `${a.awardWeighting.quality}% quality, ${a.awardWeighting.price}% price`],
    ['Provider forums a year', a.providerForumsPerYear?.toString()],
  ]);
  const pricing = p
    ? [
        ...facts([
          ['Prices fixed for', p.pricesFixedFor && describePeriod(p.pricesFixedFor)],
          ['Frozen since', when(p.frozenSince)],
          ['Held for', p.heldFor && describePeriod(p.heldFor)],
          ['A placement keeps its price for', p.placementPriceFixedFor && describePeriod(p.placementPriceFixedFor)],
          ['Uplifts', p.uplifts && `${words(p.uplifts.policy)}${p.uplifts.index ? ` (${p.uplifts.index})` : ''}`],
          ['Priced by age band', yesNo(p.pricedByAgeBand)],
          ['Age bands', p.ageBands?.map((x) => `${x.from}-${x.to}`).join(', ')],
          ['Price per authority', yesNo(p.perAuthorityPrices)],
          ['Quoted prices are maxima', yesNo(p.providerPricesAreMaximum)],
          ['Same price whatever the tier', yesNo(p.sameAcrossTiersAndAuthorities)],
          ['Price change by agreement', yesNo(p.priceChangeByAgreement)],
          ['Add-ons within the contract', yesNo(p.addOnsPurchasable)],
          [
            'Cost and volume discount',
            p.costAndVolumeDiscount &&
              [
                p.costAndVolumeDiscount.basis && `on ${words(p.costAndVolumeDiscount.basis)}`,
                p.costAndVolumeDiscount.targetPercent !== undefined && `target ${p.costAndVolumeDiscount.targetPercent}%`,
              ]
                .filter(Boolean)
                .join(', '),
          ],
        ]),
        ...rowsTable(
          ['Price group', 'Criteria'],
          (p.priceGroups ?? []).map((g) => [g.name, g.criteria ?? list(g.categories) ?? '—']),
        ),
        ...rowsTable(
          ['Maximum price', 'Age band'],
          (p.maximumPrices ?? []).map((m) => [money(m.price)!, m.ageBand ? `${m.ageBand.from}-${m.ageBand.to}` : 'all ages']),
        ),
        ...rowsTable(
          ['Provider', 'For', 'Price'],
          (p.tenderedPrices ?? []).map((t) => [
            t.provider,
            [t.lot, t.priceGroup, t.ageBand && `${t.ageBand.from}-${t.ageBand.to}`, t.forAuthority && who(t.forAuthority)]
              .filter(Boolean)
              .join(', ') || 'all',
            money(t.price)!,
          ]),
        ),
        ...note(p.notes),
      ]
    : [];
  const openness = o
    ? [
        ...facts([
          ['Providers may join', o.providerEntry && words(o.providerEntry)],
          ['Re-opens every', o.reopenInterval && `${o.reopenAtLeastEvery ? 'at most ' : ''}${describePeriod(o.reopenInterval)}`],
          ['Re-opens as needed', yesNo(o.reopensAsNeeded)],
          ['Expected re-openings a year', o.reopeningsPerYear && `${o.reopeningsPerYear.from} to ${o.reopeningsPerYear.to}`],
          ['Tier change on re-opening', yesNo(o.tierChangeOnReopening)],
          ['Price refresh on re-opening', yesNo(o.priceRefreshOnReopening)],
          ['Providers may add and remove homes', yesNo(o.providersMayChangeSettings)],
          ['Authorities may join', o.authorityEntry && words(o.authorityEntry)],
          ['New authorities encouraged', yesNo(o.newAuthoritiesEncouraged)],
        ]),
        ...note(o.notes),
      ]
    : [];
  const scope = facts([
    ['Includes', list(s?.includes)],
    ['Excludes', list(s?.excludes)],
    ['Ages', s?.ages && `${s.ages.from}-${s.ages.to}`],
    ['Key stages', s?.keyStages],
  ]);
  const eligibility = facts([
    ['Registered on', e?.registeredOn?.join(', ')],
    ['Ofsted registration evidenced', yesNo(e?.ofstedRegistration)],
    ['Ofsted grade evidenced', yesNo(e?.evidenceOfstedGrade)],
    ['Lowest Ofsted grade', e?.minimumOfstedGrade && words(e.minimumOfstedGrade)],
    ['Insurance evidenced', yesNo(e?.insurance)],
    ['Minimum standards', yesNo(e?.minimumStandards)],
    ['Quality standard', yesNo(e?.qualityStandard)],
    ['Signs', e?.signsModelContract],
    ['Fees scrutinised', yesNo(e?.feeScrutiny)],
    ['Location', a.geographicCriteria && locationText(a.geographicCriteria)],
  ]);
  const procurement = facts([
    ['Regime', pr?.regime && words(pr.regime)],
    ['Procedure', pr?.procedure && words(pr.procedure)],
    ['Tendered', when(pr?.tenderedIn)],
    ['Led by', pr?.ledBy ? who(pr.ledBy) : (pr?.conductedBy ?? (a.leadAuthority ? who(a.leadAuthority) : undefined))],
    ['Portal', pr?.portal],
    ['Separate procurements', pr?.separateProcurements?.toString()],
    ['Took', pr?.took && describePeriod(pr.took)],
    ['Evaluation shared between members', yesNo(pr?.evaluationShared)],
    ['First of its kind', yesNo(pr?.firstOfItsKind)],
    ['Market ready', yesNo(pr?.marketReady)],
    [
      'Challenged',
      pr?.challenged === undefined
        ? undefined
        : `${yesNo(pr.challenged)}${pr.challenge ? `: ${pr.challenge}` : ''}${pr.challengeResolved ? ` (resolved: ${pr.challengeResolved})` : ''}`,
    ],
  ]);
  const block = b
    ? [
        ...facts([
          ['Places', b.places.toString()],
          ['Most per provider', b.maximumPlacesPerProvider?.toString()],
          ['Fewest providers', b.minimumProviders?.toString()],
          ['Occupancy', b.occupancyPercent !== undefined ? `${b.occupancyPercent}%` : undefined],
          ['Reallocated between members', yesNo(b.reallocated)],
          ['New homes', b.newHomes?.toString()],
          ['Allocations', b.allocations?.map((x) => `${who(x.authority)} ${x.places}`).join(', ')],
          [
            'Linked provision',
            b.linkedProvision
              ?.map(
                (l) =>
                  `${l.name ?? words(l.kind)}${l.places !== undefined ? `: ${l.places} places` : ''}${l.linkedPlaces !== undefined ? ` (${l.linkedPlaces} linked)` : ''}${l.dayPlaces !== undefined ? `, ${l.dayPlaces} day` : ''}`,
              )
              .join('; '),
          ],
        ]),
        ...note(b.notes),
      ]
    : [];
  const suspension = a.suspensionProtocol
    ? facts([
        ['Triggers', list(a.suspensionProtocol.triggers)],
        ['Action', a.suspensionProtocol.action],
      ])
    : a.hasSuspensionProtocol === false
      ? [{ type: 'paragraph' as const, text: 'The arrangement has no suspension protocol.' }]
      : a.hasSuspensionProtocol
        ? [{ type: 'paragraph' as const, text: 'The arrangement has a suspension protocol; its triggers are not recorded.' }]
        : [];
  return [
    ...counts,
    ...section('Pricing', pricing),
    ...section('Openness', openness),
    ...section('Scope', scope),
    ...section('Provider eligibility', eligibility),
    ...section('Procurement', procurement),
    ...section('Block places', block),
    ...section('Suspension protocol', suspension),
  ];
}

function locationText(g: v1_consortium.LocationCriteria): string {
  return [
    g.basedInRegion ? 'based in the region' : undefined,
    g.managementPresenceInAuthority ? 'provision and management presence in the authorities' : undefined,
    g.withinMiles !== undefined ? `within ${g.withinMiles} miles` : undefined,
    g.notes,
  ]
    .filter(Boolean)
    .join('; ');
}

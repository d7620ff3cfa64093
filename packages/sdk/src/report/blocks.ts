import type { TopLevelSpec } from 'vega-lite';
import { lotsByTiersSpec, termTimelineSpec } from '../charts/charts.js';
import type { ArrangementReport, Authority, ConsortiumReport, LotRow, TermReport } from './model.js';
import { arrangementDetailBlocks, facts, governanceBlocks, membershipBlocks, outcomeBlocks, words, yesNo } from './sections.js';

export type TableBlock = { type: 'table'; head: string[]; rows: string[][]; className?: string };

/**
 * The report as a sequence of simple blocks, so Markdown and HTML say exactly the same things.
 * A chart always carries the table it draws: Markdown shows the table, HTML both side by side.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'facts'; rows: Array<[string, string]> }
  | TableBlock
  | { type: 'chart'; title: string; spec: TopLevelSpec; table: TableBlock };

const who = (a: Authority): string => (a.name === a.code ? a.code : `${a.name} (${a.code})`);

function remaining(term: TermReport): string | undefined {
  if (term.daysRemaining === undefined) return undefined;
  return term.daysRemaining >= 0 ? `${term.daysRemaining} days` : `ended ${-term.daysRemaining} days ago`;
}

function termBlocks(term: TermReport | undefined): Block[] {
  if (!term) return [];
  const taken = term.extensionsTaken ?? 0;
  const extensions = term.extensionOptions.map((e, i) => `${e} (${i < taken ? 'taken' : 'not taken'})`).join(', ');
  return [
    { type: 'heading', level: 3, text: 'Term' },
    ...facts([
      ['Start', term.start],
      ['Initial period', term.initialPeriod],
      ['Extension options', extensions || 'none'],
      ['End', term.end && (term.endCalculated ? `${term.end} (calculated from the start, initial period and extensions taken)` : term.end)],
      ['Days remaining', remaining(term)],
      ['Could be extended until', term.extendableUntil],
      ['Extended outside the options', term.outsideOptions.join('; ')],
      ['Terms by authority', term.byAuthority.join('; ')],
    ]),
    ...(term.notes ? [{ type: 'paragraph' as const, text: term.notes, note: true }] : []),
  ];
}

function tierCell(tiers: LotRow['tiers'], rank: number): string {
  const at = tiers.filter((t) => t.rank === rank);
  if (at.length === 0) return '—';
  return at
    .map((t) => `${t.forAuthority ? `${t.forAuthority.name}: ` : ''}${t.providers.join(', ') || 'no providers recorded'}`)
    .join('; ');
}

function matrixBlocks(a: ArrangementReport): Block[] {
  if (a.lots.length === 0) {
    // Tiers with no lots (Tees Valley fostering), possibly per authority or per service.
    if (a.tiers.length === 0) return [];
    const tiers = a.arrangement.tiers ?? [];
    return [
      { type: 'heading', level: 3, text: 'Tiers (no lots)' },
      {
        type: 'table',
        head: ['Tier', 'Applies to', 'Provider cap', 'Placed by', 'Providers'],
        rows: a.tiers.map((t, i) => {
          const tier = tiers[i];
          return [
            `Tier ${t.rank}`,
            [t.forAuthority?.name, tier?.service && words(tier.service)].filter(Boolean).join(', ') || 'every member',
            tier?.unlimitedProviders ? 'unlimited' : (tier?.maximumProviders?.toString() ?? '—'),
            (tier?.allocationBases ?? (tier?.allocationBasis ? [tier.allocationBasis] : [])).map(words).join(', ') || '—',
            t.providers.join(', ') || (tier?.providerCount !== undefined ? `${tier.providerCount} providers` : '—'),
          ];
        }),
      },
    ];
  }
  const head = ['Lot', ...a.tierRanks.map((r) => `Tier ${r}`), ...(a.lots.some((l) => l.untiered.length) ? ['No tier'] : [])];
  const rows = a.lots.map((lot) => {
    const cells = a.tierRanks.map((rank) => tierCell(lot.tiers, rank));
    return [lot.name, ...cells, ...(head.length > cells.length + 1 ? [lot.untiered.join(', ') || '—'] : [])];
  });
  const table: Block = { type: 'table', head, rows, className: 'matrix' };
  const cells = a.lots.flatMap((lot) =>
    a.tierRanks.map((rank) => ({
      lot: lot.name,
      tier: `Tier ${rank}`,
      providers: lot.tiers.filter((t) => t.rank === rank).reduce((n, t) => n + t.providers.length, 0),
    })),
  );
  return [
    { type: 'heading', level: 3, text: 'Lots and tiers' },
    a.tierRanks.length
      ? { type: 'chart', title: `Lots by tiers: providers on each tier of ${a.name}`, spec: lotsByTiersSpec(cells), table }
      : table,
  ];
}

function variationBlocks(a: ArrangementReport): Block[] {
  const basis = a.contractBasis;
  const contract = basis?.contract
    ? `${basis.contract.name ?? basis.contract.id}${basis.contract.edition ? ` (${basis.contract.edition})` : ''}`
    : undefined;
  const out: Block[] = [
    { type: 'heading', level: 3, text: 'Contract variations' },
    ...facts([
      ['Terms used', basis && words(basis.basis)],
      ['National contract', contract],
    ]),
  ];
  if (a.variations.length === 0) {
    // Only a known basis can say whether variations apply.
    const text =
      basis?.basis === 'national-contract'
        ? 'No variations from the national contract are recorded.'
        : basis?.basis === 'own-terms'
          ? "No national contract variations apply: the arrangement uses the consortium's own terms."
          : 'The contract basis is not recorded, so whether any national contract variations apply is not known.';
    out.push({ type: 'paragraph', text });
    return out;
  }
  out.push({
    type: 'paragraph',
    text: 'Every clause changed from the national contract, beside what the national clause says and why it was changed: providers cannot see variations buried in core documents.',
  });
  out.push({
    type: 'table',
    className: 'variations',
    head: ['Clause', 'Change', 'National clause', 'Consortium variation', 'Rationale'],
    rows: a.variations.map((v) => [
      v.clause
        ? `${v.clause.number ? `${v.clause.number} ` : ''}${v.clause.title ?? v.clause.id}`
        : v.schedule
          ? `Schedule ${v.schedule}`
          : '—',
      v.changeType,
      v.clause?.nationalSummary ?? (v.clause ? 'Clause not found in the national contract document.' : '—'),
      v.summary,
      v.rationale ?? '—',
    ]),
  });
  return out;
}

function arrangementBlocks(a: ArrangementReport, nameOf: (code: string) => string): Block[] {
  const callOff = a.callOff;
  const monitoring = a.monitoring;
  return [
    { type: 'heading', level: 2, text: a.name },
    ...facts([
      ['Type', words(a.type)],
      ['Status', a.status],
      ['Services', a.services.map(words).join(', ')],
    ]),
    ...arrangementDetailBlocks(a.arrangement, nameOf),
    ...termBlocks(a.term),
    ...matrixBlocks(a),
    ...(callOff
      ? [
          { type: 'heading' as const, level: 3 as const, text: 'Call-off procedure' },
          ...facts([
            ['Method', (callOff.methods ?? (callOff.method ? [callOff.method] : [])).map(words).join(', then ')],
            ['Responses considered tier by tier', yesNo(callOff.tierOrderOfConsideration)],
            ['Award criteria', callOff.awardCriteria?.map(words).join(', ')],
            ['Category chosen before the request', yesNo(callOff.categoryChosenBeforeRequest)],
            ['Approached before', callOff.approachedBefore?.map((r) => `${r.consortium} / ${r.arrangement}`).join(', ')],
            ['Price negotiated per placement', yesNo(callOff.priceNegotiatedPerPlacement)],
            ['Off the arrangement when unmet', yesNo(callOff.offArrangementWhenUnmet)],
            ['Prescribed for every member', yesNo(callOff.prescribed)],
            [
              'Urgent placements',
              callOff.urgentException &&
                (callOff.urgentException.description ??
                  (callOff.urgentException.allowed ? 'may depart from the method' : 'follow the method')),
            ],
            ['Response time', callOff.responseTime && `${callOff.responseTime.value} ${words(callOff.responseTime.unit)}`],
            ['Notes', callOff.notes],
          ]),
        ]
      : []),
    ...(monitoring
      ? [
          { type: 'heading' as const, level: 3 as const, text: 'Monitoring' },
          ...facts([
            ['Approach', monitoring.approaches?.map(words).join(', ')],
            ['Coordinator', monitoring.coordinator && who(monitoring.coordinator)],
            ['Visits a year', monitoring.visitsPerYear?.toString()],
            ['Providers per officer', monitoring.providersPerOfficer?.toString()],
            ['Shared templates', yesNo(monitoring.sharedTemplates)],
            ['Central monitoring', yesNo(monitoring.centralMonitoring)],
            ['Practices', monitoring.practices?.map(words).join(', ')],
            ['Providers allocated by', monitoring.allocationBasis && words(monitoring.allocationBasis)],
            ['Settings per authority', monitoring.settingsPerAuthority?.toString()],
            ['Capacity', monitoring.capacity && words(monitoring.capacity)],
            ['Known issues', monitoring.issues?.map(words).join(', ')],
            ['Notes', monitoring.notes],
          ]),
        ]
      : []),
    ...variationBlocks(a),
    ...(a.arrangement.notes
      ? [
          { type: 'heading' as const, level: 3 as const, text: 'Notes' },
          { type: 'paragraph' as const, text: a.arrangement.notes },
        ]
      : []),
  ];
}

/** A timeline of every arrangement's term with dates, beside the table of the same periods. */
function timelineBlocks(report: ConsortiumReport): Block[] {
  const bars = report.arrangements.flatMap((a) => (a.term?.bars ?? []).map((b) => ({ ...b, row: a.name })));
  if (bars.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: 'Terms' },
    {
      type: 'chart',
      title: `Term timeline, with ${report.asOf} marked`,
      spec: termTimelineSpec(bars, report.asOf),
      table: {
        type: 'table',
        head: ['Arrangement', 'Period', 'From', 'To'],
        rows: bars.map((b) => [b.row, b.part, `${b.start}${b.approximate ? ' (approximate)' : ''}`, b.end]),
      },
    },
  ];
}

/** The blocks of a consortium report, in reading order. */
export function reportBlocks(report: ConsortiumReport): Block[] {
  const name = (code: string) => who({ code, name: report.names[code] ?? code });
  const arrangementName = (id: string) => report.arrangements.find((a) => a.id === id)?.name ?? id;
  return [
    { type: 'heading', level: 1, text: report.name },
    ...(report.description ? [{ type: 'paragraph' as const, text: report.description }] : []),
    ...facts([
      ['Type', words(report.type)],
      ['Regions', report.regions.map(words).join(', ')],
      ['Services', report.services.map(words).join(', ')],
      ['Lead authority', report.lead && who(report.lead)],
      ['As of', report.asOf],
    ]),
    { type: 'heading', level: 2, text: `Members (${report.members.length})` },
    { type: 'list', items: report.members.map((m) => `${who(m)}${report.lead?.code === m.code ? ' — lead' : ''}`) },
    ...membershipBlocks(report.spec, name),
    ...governanceBlocks(report.spec, name),
    ...timelineBlocks(report),
    ...report.arrangements.flatMap((a) => arrangementBlocks(a, name)),
    ...outcomeBlocks(report.spec, name, arrangementName),
    ...(report.notes
      ? [
          { type: 'heading' as const, level: 2 as const, text: 'Notes' },
          { type: 'paragraph' as const, text: report.notes },
        ]
      : []),
  ];
}

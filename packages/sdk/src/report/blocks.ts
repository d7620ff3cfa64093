import type { ArrangementReport, Authority, ConsortiumReport, TermReport } from './model.js';

/** The report as a sequence of simple blocks, so Markdown and HTML say exactly the same things. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'facts'; rows: Array<[string, string]> }
  | { type: 'table'; head: string[]; rows: string[][]; className?: string };

const words = (kebab: string): string => kebab.replace(/-/g, ' ');
const who = (a: Authority): string => (a.name === a.code ? a.code : `${a.name} (${a.code})`);
const yesNo = (b: boolean | undefined): string | undefined => (b === undefined ? undefined : b ? 'yes' : 'no');

function facts(rows: Array<[string, string | undefined]>): Block[] {
  const kept = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  return kept.length ? [{ type: 'facts', rows: kept }] : [];
}

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
    ]),
    ...(term.notes ? [{ type: 'paragraph' as const, text: term.notes, note: true }] : []),
  ];
}

function matrixBlocks(a: ArrangementReport): Block[] {
  if (a.lots.length === 0) return [];
  const head = ['Lot', ...a.tierRanks.map((r) => `Tier ${r}`), ...(a.lots.some((l) => l.untiered.length) ? ['No tier'] : [])];
  const rows = a.lots.map((lot) => {
    const cells = a.tierRanks.map((rank) => {
      const tiers = lot.tiers.filter((t) => t.rank === rank);
      if (tiers.length === 0) return '—';
      return tiers
        .map((t) => `${t.forAuthority ? `${t.forAuthority.name}: ` : ''}${t.providers.join(', ') || 'no providers recorded'}`)
        .join('; ');
    });
    return [lot.name, ...cells, ...(head.length > cells.length + 1 ? [lot.untiered.join(', ') || '—'] : [])];
  });
  return [
    { type: 'heading', level: 3, text: 'Lots and tiers' },
    { type: 'table', head, rows, className: 'matrix' },
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
    out.push({
      type: 'paragraph',
      text:
        basis?.basis === 'national-contract'
          ? 'No variations from the national contract are recorded.'
          : 'No national contract variations apply.',
    });
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

function arrangementBlocks(a: ArrangementReport): Block[] {
  const callOff = a.callOff;
  const monitoring = a.monitoring;
  return [
    { type: 'heading', level: 2, text: a.name },
    ...facts([
      ['Type', words(a.type)],
      ['Status', a.status],
      ['Services', a.services.map(words).join(', ')],
    ]),
    ...termBlocks(a.term),
    ...matrixBlocks(a),
    ...(callOff
      ? [
          { type: 'heading' as const, level: 3 as const, text: 'Call-off procedure' },
          ...facts([
            ['Method', callOff.method && words(callOff.method)],
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
            ['Notes', monitoring.notes],
          ]),
        ]
      : []),
    ...variationBlocks(a),
  ];
}

/** The blocks of a consortium report, in reading order. */
export function reportBlocks(report: ConsortiumReport): Block[] {
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
    ...report.arrangements.flatMap(arrangementBlocks),
    ...(report.notes
      ? [
          { type: 'heading' as const, level: 2 as const, text: 'Notes' },
          { type: 'paragraph' as const, text: report.notes },
        ]
      : []),
  ];
}

/*
 * Directory: which consortia each authority belongs to on the as-of date (overarching, regional
 * and sub-regional layers, as the review found authorities in several at once) and what each
 * costs it, when arrangements re-open to providers, and whom to contact.
 */
import type { v1_common, v1_consortium } from '@nof/schemas';
import { describePartialDate, parsePartialDate } from '../dates/partial-date.js';
import { addPeriods, describePeriod } from '../dates/period.js';
import { memberOn } from '../model/membership.js';
import type { TypedDocument } from '../model/documents.js';
import { money } from '../report/sections.js';
import { arrangementCells, authorityName, basis, type InsightsContext } from './context.js';
import { ARRANGEMENT_COLUMNS, groupBy, label, makeTable, textColumn } from './figures.js';
import type { Cell, Insights } from './model.js';

type Consortium = TypedDocument<'Consortium'>;
type Contribution = v1_consortium.Contribution;

const PER_YEAR: Record<string, number> = { year: 1, month: 12, week: 52 };

/** A yearly amount, when the money is paid by the week, month or year. */
const annual = (m: v1_common.Money): number | undefined => (PER_YEAR[m.per] === undefined ? undefined : m.amount * PER_YEAR[m.per]!);

interface Cost {
  text: string;
  basis: string;
  /** The exact yearly amount, when one is known for this authority. */
  annual: number | null;
}

/** What membership of `consortium` costs `code` a year, as far as its resourcing says. */
function costTo(consortium: Consortium, code: string): Cost {
  const resourcing = consortium.value.spec.resourcing;
  const recurring = (resourcing?.contributions ?? []).filter((c) => !c.once && c.amount.per !== 'one-off');
  const own = recurring.filter((c) => c.authorities?.includes(code));
  const general = recurring.filter((c) => c.authorities === undefined && c.appliesTo === undefined);
  const describe = (c: Contribution) => `${c.approximate ? 'about ' : ''}${money(c.amount, c.upTo)}`;
  const exact = (c: Contribution) => (c.upTo === undefined && !c.approximate ? (annual(c.amount) ?? null) : null);
  if (own.length) {
    const total = own.every((c) => exact(c) !== null) ? own.reduce((n, c) => n + exact(c)!, 0) : null;
    return { text: own.map(describe).join(' + '), basis: 'paid by this authority', annual: total };
  }
  const each = general.find((c) => c.basis === 'each-member' || c.basis === undefined);
  if (each) return { text: describe(each), basis: 'paid by each member', annual: exact(each) };
  const average = general.find((c) => c.basis === 'average-per-member');
  if (average) return { text: `${describe(average)} on average`, basis: 'average member', annual: null };
  const low = general.find((c) => c.basis === 'minimum-per-member');
  const high = general.find((c) => c.basis === 'maximum-per-member');
  if (low || high)
    return {
      text: [low && `from ${describe(low)}`, high && `up to ${describe(high)}`].filter(Boolean).join(' '),
      basis: 'range across members',
      annual: null,
    };
  const total = general.find((c) => c.basis === 'total');
  if (total) return { text: `a share of ${describe(total)}`, basis: 'share of a total', annual: null };
  const model = resourcing?.model;
  switch (model) {
    case 'none':
      return { text: 'nothing', basis: 'members pay nothing', annual: 0 };
    case 'in-kind':
      return { text: 'officer time', basis: 'in kind', annual: null };
    case undefined:
      return { text: 'not recorded', basis: 'not recorded', annual: null };
    default:
      return { text: `${label(model)}, amount not recorded`, basis: 'amount not recorded', annual: null };
  }
}

/** When an arrangement next re-opens to providers, and how that is known. */
function nextReopening(arrangement: v1_consortium.ProcurementArrangement, asOf: string): { date: string | null; basis: string | null } {
  const openness = arrangement.openness;
  const announced = parsePartialDate(openness?.nextReopening);
  if (announced) return { date: describePartialDate(announced), basis: 'announced' };
  if (openness?.providerEntry === 'continuously-open') return { date: null, basis: 'open at any time' };
  const start = arrangement.term?.startDate;
  const interval = openness?.reopenInterval;
  if (
    openness?.providerEntry !== 'opens-at-intervals' ||
    !start ||
    !interval ||
    (interval.years ?? 0) * 12 + (interval.months ?? 0) === 0
  ) {
    return { date: null, basis: null };
  }
  let next = start;
  while (next <= asOf) next = addPeriods(next, interval);
  return { date: next, basis: `calculated: every ${describePeriod(interval)} from the start, ${start}` };
}

export function directory(context: InsightsContext): Insights['directory'] {
  const { asOf, docs } = context;
  const consortia = [...docs.all('Consortium')].sort((a, b) => a.value.metadata.name.localeCompare(b.value.metadata.name));
  const region = (code: string) => {
    const r = context.codelists.entry('local-authorities', code)?.attributes?.region;
    return r ? (context.codelists.entry('regions', r)?.label ?? r) : null;
  };
  const memberships = consortia.flatMap((c) => {
    const parent = c.value.spec.parentConsortium;
    return c.value.spec.members
      .map((m) => ({ m, on: memberOn(m, asOf) }))
      .filter(({ on }) => on !== 'not-member')
      .map(({ m, on }) => {
        const cost = costTo(c, m.authority);
        const since = m.joined ?? (parsePartialDate(m.joinedIn) ? describePartialDate(parsePartialDate(m.joinedIn)!) : null);
        return {
          authority: m.authority,
          authorityName: authorityName(context, m.authority),
          region: region(m.authority),
          consortium: c.id,
          consortiumName: c.value.metadata.name,
          consortiumType: label(c.value.spec.type),
          parentConsortium: parent ? (docs.get('Consortium', parent)?.value.metadata.name ?? parent) : null,
          role: label(m.role ?? 'member'),
          certain: on === 'member' ? 'yes' : 'no: joining or leaving dates known only to the month or year',
          since,
          cost: cost.text,
          costBasis: cost.basis,
          annualCost: cost.annual,
        };
      });
  });
  memberships.sort((a, b) => a.authorityName.localeCompare(b.authorityName) || a.consortiumName.localeCompare(b.consortiumName));
  const byAuthority = [...groupBy(memberships, (m) => m.authority)].map(([code, list]) => ({
    authority: code,
    authorityName: list[0]!.authorityName,
    region: list[0]!.region,
    consortia: list.length,
    consortiaNames: list.map((m) => m.consortiumName).join('; '),
    knownAnnualCost: list.reduce((n, m) => n + (m.annualCost ?? 0), 0),
    costsNotKnown: list.filter((m) => m.annualCost === null).length,
  }));
  const reopenings = consortia.flatMap((c) =>
    c.value.spec.arrangements
      .filter((a) => a.openness?.providerEntry !== undefined || a.openness?.nextReopening !== undefined)
      .map((a) => {
        const next = nextReopening(a, asOf);
        return {
          ...arrangementCells(context, c.id, a.id),
          status: a.status ?? null,
          providerEntry: a.openness?.providerEntry ? label(a.openness.providerEntry) : null,
          interval: a.openness?.reopenInterval
            ? `${a.openness.reopenAtLeastEvery ? 'at least every' : 'every'} ${describePeriod(a.openness.reopenInterval)}`
            : a.openness?.reopensAsNeeded
              ? 'as needed'
              : null,
          nextReopening: next.date,
          nextReopeningBasis: next.basis,
        } satisfies Record<string, Cell>;
      }),
  );
  const consortiumBasis = basis(
    context,
    { Consortium: consortia.length },
    'Every consortium document; memberships as they stand on the as-of date.',
  );
  return {
    title: 'Directory',
    summary:
      'Which consortia each authority belongs to on the as-of date, in every layer, and what each membership costs it; when arrangements re-open to new providers; and whom to contact.',
    tables: {
      memberships: makeTable(
        {
          title: 'Memberships',
          description:
            "Each authority's membership of each consortium on the as-of date (members, partners and associates; not authorities only interested or joining, nor those that had left), with the consortium it sits under and what its membership costs it, as the consortium's resourcing records it. The yearly cost is given only where an exact amount applies to the authority.",
          columns: [
            textColumn('authority', 'Authority code'),
            textColumn('authorityName', 'Authority'),
            textColumn('region', 'Region'),
            textColumn('consortium', 'Consortium id'),
            textColumn('consortiumName', 'Consortium'),
            textColumn('consortiumType', 'Type'),
            textColumn('parentConsortium', 'Under'),
            textColumn('role', 'Role'),
            textColumn('certain', 'Member for certain'),
            textColumn('since', 'Since'),
            textColumn('cost', 'Cost'),
            textColumn('costBasis', 'Cost basis'),
            { key: 'annualCost', label: 'Yearly cost (£)', type: 'money' },
          ],
        },
        memberships,
        consortiumBasis,
        context.threshold,
      ),
      byAuthority: makeTable(
        {
          title: 'By authority',
          description:
            'How many consortia each authority belongs to on the as-of date, and the yearly cost of those memberships where it is known exactly.',
          columns: [
            textColumn('authority', 'Authority code'),
            textColumn('authorityName', 'Authority'),
            textColumn('region', 'Region'),
            { key: 'consortia', label: 'Consortia', type: 'count' },
            textColumn('consortiaNames', 'Which'),
            { key: 'knownAnnualCost', label: 'Known yearly cost (£)', type: 'money' },
            { key: 'costsNotKnown', label: 'Memberships whose cost is not known exactly', type: 'count' },
          ],
        },
        byAuthority,
        consortiumBasis,
        context.threshold,
      ),
      reopenings: makeTable(
        {
          title: 'Re-opening to providers',
          description:
            'When each arrangement that says how providers may join next re-opens: the date announced (openness.nextReopening), else the date its start and re-opening interval give, marked as calculated.',
          columns: [
            ...ARRANGEMENT_COLUMNS,
            textColumn('status', 'Status'),
            textColumn('providerEntry', 'Providers may join'),
            textColumn('interval', 'Re-opens'),
            textColumn('nextReopening', 'Next re-opening'),
            textColumn('nextReopeningBasis', 'How known'),
          ],
        },
        reopenings,
        consortiumBasis,
        context.threshold,
      ),
      contacts: makeTable(
        {
          title: 'Contacts',
          description:
            'Whom to contact about each consortium: its contact team (a role or team, never a named person), lead authority and host.',
          columns: [
            textColumn('consortium', 'Consortium id'),
            textColumn('consortiumName', 'Consortium'),
            textColumn('consortiumType', 'Type'),
            textColumn('leadAuthority', 'Lead authority'),
            textColumn('hostOrganisation', 'Host'),
            textColumn('contactRole', 'Contact'),
            textColumn('contactEmail', 'Email'),
          ],
        },
        consortia.map((c) => ({
          consortium: c.id,
          consortiumName: c.value.metadata.name,
          consortiumType: label(c.value.spec.type),
          leadAuthority: c.value.spec.leadAuthority ? authorityName(context, c.value.spec.leadAuthority) : null,
          hostOrganisation: c.value.spec.hostOrganisation ?? null,
          contactRole: c.value.spec.contact?.role ?? null,
          contactEmail: c.value.spec.contact?.email ?? null,
        })),
        consortiumBasis,
        context.threshold,
      ),
    },
  };
}

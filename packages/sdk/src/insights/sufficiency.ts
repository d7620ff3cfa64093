/*
 * Sufficiency and market position (the review: no consortium had a market position statement,
 * and providers see referrals as market intelligence nobody collates): a year of placement
 * requests by urgency, age, area and need, against the capacity on the arrangements, and what
 * providers answered when they did not offer a place.
 */
import type { TypedDocument } from '../model/documents.js';
import { listedProviders, qualifiedOn } from '../model/arrangement-providers.js';
import { addMonths } from '../dates/calendar.js';
import { arrangementCells, basis, type InsightsContext } from './context.js';
import { ARRANGEMENT_COLUMNS, childCount, groupBy, label, makeTable, tally, textColumn } from './figures.js';
import type { Cell, Column, Insights } from './model.js';
import { settingsOn } from './settings-on.js';

type Request = TypedDocument<'PlacementRequest'>;

const STATUSES = ['placed', 'unfilled', 'withdrawn', 'open'] as const;
const STATUS_COLUMNS: Column[] = [
  childCount('requests', 'Requests'),
  ...STATUSES.map((s) => childCount(s, label(s))),
  childCount('statusNotStated', 'Status not stated'),
];
const STATUS_DISCLOSURE = {
  rowSums: [{ total: 'requests', parts: [...STATUSES, 'statusNotStated'] }],
  partOf: Object.fromEntries([...STATUSES, 'statusNotStated'].map((s) => [s, 'requests'])),
  totalRow: true,
};

function statusFigures(requests: readonly Request[]): Record<string, Cell> {
  const statuses = tally(requests.map((r) => r.value.spec.status ?? ''));
  return {
    requests: requests.length,
    ...Object.fromEntries(STATUSES.map((s) => [s, statuses.get(s) ?? 0])),
    statusNotStated: statuses.get('') ?? 0,
  };
}

const AGE_BANDS: Array<[string, number, number]> = [
  ['0-4', 0, 4],
  ['5-10', 5, 10],
  ['11-15', 11, 15],
  ['16-17', 16, 17],
  ['18 and over', 18, 25],
];

const ageBand = (age: number | undefined): string =>
  age === undefined ? 'Not stated' : (AGE_BANDS.find(([, from, to]) => from <= age && age <= to)?.[0] ?? 'Not stated');

/** What a provider answered when it did not offer: the decline reason, else the response. */
function answers(request: Request): string[] {
  return (request.value.spec.callOff?.approaches ?? [])
    .filter((a) => a.response !== 'accepted')
    .map((a) => (a.response === 'declined' ? `declined: ${a.declineReason ?? 'no reason given'}` : a.response));
}

const answerName = (answer: string): string => label(answer.replace(/^declined: /, 'declined, ').replace(/-/g, ' '));

export function sufficiency(context: InsightsContext): Insights['sufficiency'] {
  const { threshold, asOf } = context;
  const from = addMonths(asOf, -12);
  const requests = context.docs.all('PlacementRequest').filter((r) => r.value.spec.requestDate > from && r.value.spec.requestDate <= asOf);
  const period = `Placement requests dated in the 12 months to the as-of date (after ${from}, up to ${asOf}).`;
  const based = basis(context, { PlacementRequest: requests.length }, period);
  const statusRows = (groups: Array<[string, Request[]]>, labels: (key: string) => Record<string, Cell>, total: Record<string, Cell>) => [
    ...groups.map(([k, list]) => ({ ...labels(k), ...statusFigures(list) })),
    { ...total, ...statusFigures(requests) },
  ];
  const ordered = (groups: Map<string, Request[]>, order: readonly string[]) =>
    [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));

  // Need: each request counted once per domain it has a need in, at its level there.
  const needs = requests.flatMap((r) => (r.value.spec.needs ?? []).map((n) => ({ request: r, domain: n.domain, level: n.level })));
  const domainName = (request: Request, domain: string) => {
    const framework = request.value.spec.framework && context.docs.get('NeedsOutcomesFramework', request.value.spec.framework);
    return framework ? (framework.value.spec.needDomains.find((d) => d.id === domain)?.name ?? domain) : domain;
  };

  // Capacity: every arrangement active on the as-of date or named by a request.
  const named = new Set(requests.map((r) => `${r.value.spec.route?.consortium}|${r.value.spec.route?.arrangement}`));
  const profiles = context.docs.all('ProviderProfile');
  const capacity = context.docs.all('Consortium').flatMap((c) =>
    c.value.spec.arrangements
      .filter((a) => a.status === 'active' || named.has(`${c.id}|${a.id}`))
      .map((a) => {
        const listed = listedProviders(a);
        const providers = profiles.filter((p) => listed.has(p.id) || qualifiedOn(p.value.spec, c.id, a.id));
        const settings = providers.flatMap((p) => settingsOn(p, a, c.value.spec.services));
        const under = requests.filter((r) => r.value.spec.route?.consortium === c.id && r.value.spec.route?.arrangement === a.id);
        return {
          ...arrangementCells(context, c.id, a.id),
          status: a.status ?? null,
          providersListed: providers.length,
          providersStated: a.providerCount ?? null,
          settings: settings.length,
          registeredPlaces: settings.some((s) => s.registeredPlaces !== undefined)
            ? settings.reduce((n, s) => n + (s.registeredPlaces ?? 0), 0)
            : null,
          blockPlaces: a.blockPlaces?.places ?? null,
          requests: under.length,
          placed: under.filter((r) => r.value.spec.status === 'placed').length,
          unfilled: under.filter((r) => r.value.spec.status === 'unfilled').length,
        };
      }),
  );

  const declined = requests.flatMap((r) => answers(r).map((answer) => ({ request: r, answer })));
  const unfilled = requests.filter((r) => r.value.spec.status === 'unfilled');
  const unfilledAnswers = unfilled.flatMap((r) => {
    const given = [...new Set(answers(r))];
    return (given.length ? given : ['no provider approached']).map((answer) => ({ request: r, answer }));
  });

  return {
    title: 'Sufficiency and market position',
    summary:
      'A year of placement requests by urgency, age, area and need, against the capacity on the arrangements (providers, settings and registered places), and what providers answered when they did not offer a place: market intelligence from referrals.',
    tables: {
      byUrgency: makeTable(
        {
          title: 'By urgency',
          description: 'Requests by how soon the placement was needed, and where they stand.',
          columns: [textColumn('urgency', 'Urgency'), ...STATUS_COLUMNS],
          disclosure: STATUS_DISCLOSURE,
        },
        statusRows(
          ordered(
            groupBy(requests, (r) => r.value.spec.urgency ?? 'not stated'),
            ['emergency', 'urgent', 'planned', 'not stated'],
          ),
          (urgency) => ({ urgency: label(urgency) }),
          { urgency: 'All requests' },
        ),
        based,
        threshold,
      ),
      byAge: makeTable(
        {
          title: 'By age',
          description: "Requests by the child's age on the request date, in bands.",
          columns: [textColumn('ageBand', 'Age'), ...STATUS_COLUMNS],
          disclosure: STATUS_DISCLOSURE,
        },
        statusRows(
          ordered(
            groupBy(requests, (r) => ageBand(r.value.spec.child.age)),
            [...AGE_BANDS.map(([band]) => band), 'Not stated'],
          ),
          (band) => ({ ageBand: band }),
          { ageBand: 'All ages' },
        ),
        based,
        threshold,
      ),
      byArea: makeTable(
        {
          title: 'By area',
          description: "Requests by the English region of the requesting authority (the local-authorities codelist's region).",
          columns: [textColumn('region', 'Region code'), textColumn('regionName', 'Region'), ...STATUS_COLUMNS],
          disclosure: STATUS_DISCLOSURE,
        },
        statusRows(
          [
            ...groupBy(
              requests,
              (r) => context.codelists.entry('local-authorities', r.value.spec.requestingAuthority)?.attributes?.region ?? '',
            ),
          ].sort(([a], [b]) => a.localeCompare(b)),
          (region) => ({
            region: region || null,
            regionName: region ? (context.codelists.entry('regions', region)?.label ?? region) : 'Region not known',
          }),
          { region: null, regionName: 'England' },
        ),
        based,
        threshold,
      ),
      byNeed: makeTable(
        {
          title: 'By need',
          description:
            'Requests with a need in each domain of the needs and outcomes framework, by the level of need there (a request with needs in three domains is counted in three rows).',
          columns: [
            textColumn('domain', 'Need domain id'),
            textColumn('domainName', 'Need domain'),
            childCount('requests', 'Requests'),
            childCount('level1', 'Level 1'),
            childCount('level2', 'Level 2'),
            childCount('level3OrAbove', 'Level 3 or above'),
          ],
          disclosure: {
            rowSums: [{ total: 'requests', parts: ['level1', 'level2', 'level3OrAbove'] }],
            partOf: { level1: 'requests', level2: 'requests', level3OrAbove: 'requests' },
          },
        },
        [...groupBy(needs, (n) => n.domain)]
          .sort(([, a], [, b]) => b.length - a.length)
          .map(([domain, list]) => ({
            domain,
            domainName: domainName(list[0]!.request, domain),
            requests: list.length,
            level1: list.filter((n) => n.level === 1).length,
            level2: list.filter((n) => n.level === 2).length,
            level3OrAbove: list.filter((n) => n.level >= 3).length,
          })),
        based,
        threshold,
      ),
      capacity: makeTable(
        {
          title: 'Capacity on the arrangements',
          description:
            "Each arrangement active on the as-of date or named by a request: the providers on it (listed by the consortium or qualified by their profiles, and the number the consortium states), their settings of the arrangement's services and those settings' registered places, block places bought, and the requests made under it in the year.",
          columns: [
            ...ARRANGEMENT_COLUMNS,
            textColumn('status', 'Status'),
            { key: 'providersListed', label: 'Providers with a profile', type: 'count' },
            { key: 'providersStated', label: 'Providers (stated)', type: 'count' },
            { key: 'settings', label: 'Settings', type: 'count' },
            { key: 'registeredPlaces', label: 'Registered places', type: 'count' },
            { key: 'blockPlaces', label: 'Block places', type: 'count' },
            childCount('requests', 'Requests'),
            childCount('placed', 'Placed'),
            childCount('unfilled', 'Unfilled'),
          ],
          disclosure: { partOf: { placed: 'requests', unfilled: 'requests' } },
        },
        capacity,
        basis(
          context,
          { Consortium: context.docs.all('Consortium').length, ProviderProfile: profiles.length, PlacementRequest: requests.length },
          `${period} Providers and settings as their profiles stand.`,
        ),
        threshold,
      ),
      declinedApproaches: makeTable(
        {
          title: 'Approaches not accepted',
          description:
            'What providers answered when they did not offer the placement: declined (with the reason they gave), no vacancy, or no response.',
          columns: [
            textColumn('answer', 'Answer code'),
            textColumn('answerName', 'Answer'),
            childCount('approaches', 'Approaches'),
            childCount('requests', 'Requests'),
          ],
          disclosure: { from: { approaches: ['requests'] }, totalRow: true },
        },
        [
          ...[...groupBy(declined, (d) => d.answer)]
            .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
            .map(([answer, list]) => ({
              answer,
              answerName: answerName(answer),
              approaches: list.length,
              requests: new Set(list.map((d) => d.request)).size,
            })),
          {
            answer: null,
            answerName: 'All approaches not accepted',
            approaches: declined.length,
            requests: new Set(declined.map((d) => d.request)).size,
          },
        ],
        based,
        threshold,
      ),
      unfilledRequests: makeTable(
        {
          title: 'Unfilled requests',
          description: `Requests no placement was found for, by each answer the providers approached gave (a request is counted once for each different answer it got).`,
          columns: [textColumn('answer', 'Answer code'), textColumn('answerName', 'Answer'), childCount('requests', 'Unfilled requests')],
        },
        [...groupBy(unfilledAnswers, (d) => d.answer)]
          .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
          .map(([answer, list]) => ({ answer, answerName: answerName(answer), requests: list.length })),
        basis(
          context,
          { PlacementRequest: unfilled.length },
          `Unfilled requests among the ${period.charAt(0).toLowerCase()}${period.slice(1)}`,
        ),
        threshold,
      ),
    },
  };
}

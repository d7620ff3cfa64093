/*
 * Monitoring (the review: consistent monitoring that uses Ofsted information and does not visit
 * the same home twice): which settings on each arrangement were not visited within the interval
 * its `monitoring.visitsPerYear` sets, which were visited by two authorities within one interval,
 * who monitors how much, what the findings rest on, and the actions still open.
 */
import type { v1_consortium } from '@nof/schemas';
import { addMonths } from '../dates/calendar.js';
import { listedProviders, qualifiedOn } from '../model/arrangement-providers.js';
import type { TypedDocument } from '../model/documents.js';
import { arrangementCells, authorityName, basis, type InsightsContext } from './context.js';
import { ARRANGEMENT_COLUMNS, column, groupBy, label, makeTable, textColumn } from './figures.js';
import type { Cell, Insights } from './model.js';
import { settingsOn } from './settings-on.js';

type Visit = TypedDocument<'MonitoringVisit'>;

// Settings, visits and actions are not children: nothing here is suppressed.
const date = (key: string, name: string) => column('date', key, name);
const count = (key: string, name: string) => column('count', key, name);

/** Visits to the setting itself; desk reviews, conversations and meetings do not visit it. */
const ON_SITE = new Set(['visit', 'unannounced-visit']);
/** The interval used to judge duplicates when the visit names no arrangement with one. */
const DEFAULT_INTERVAL_MONTHS = 12;

/** Months between visits an arrangement asks for: 12 / visitsPerYear, rounded; undefined when it asks for none. */
function intervalMonths(arrangement: v1_consortium.ProcurementArrangement | undefined): number | undefined {
  const perYear = arrangement?.monitoring?.visitsPerYear;
  return perYear ? Math.max(1, Math.round(12 / perYear)) : undefined;
}

/** True when the visit covers the setting: it names it, or names none and is of its provider. */
const covers = (visit: Visit, provider: string, urn: string) =>
  visit.value.spec.provider === provider && (visit.value.spec.setting === undefined || visit.value.spec.setting.ofstedUrn === urn);

export function monitoring(context: InsightsContext): Insights['monitoring'] {
  const { asOf, docs } = context;
  const visits = docs
    .all('MonitoringVisit')
    .filter((v) => v.value.spec.date <= asOf)
    .sort((a, b) => a.value.spec.date.localeCompare(b.value.spec.date));
  const onSite = visits.filter((v) => ON_SITE.has(v.value.spec.type));
  const profiles = docs.all('ProviderProfile');
  const settingName = (provider: string, urn: string) =>
    docs.get('ProviderProfile', provider)?.value.spec.settings.find((s) => s.ofstedUrn === urn)?.name ?? urn;
  const providerName = (id: string) => docs.get('ProviderProfile', id)?.value.metadata.name ?? id;

  // Coverage: each setting on each arrangement that sets an interval.
  const coverage: Array<Record<string, Cell>> = [];
  const missed: Array<Record<string, Cell>> = [];
  for (const consortium of docs.all('Consortium')) {
    for (const arrangement of consortium.value.spec.arrangements) {
      const months = intervalMonths(arrangement);
      if (months === undefined || (arrangement.status !== undefined && arrangement.status !== 'active')) continue;
      const since = addMonths(asOf, -months);
      const listed = listedProviders(arrangement);
      const mine = groupBy(
        onSite.filter((v) => v.value.spec.consortium === consortium.id && (v.value.spec.arrangement ?? arrangement.id) === arrangement.id),
        (v) => v.value.spec.provider,
      );
      let settings = 0;
      let visited = 0;
      let never = 0;
      for (const provider of profiles.filter((p) => listed.has(p.id) || qualifiedOn(p.value.spec, consortium.id, arrangement.id))) {
        for (const setting of settingsOn(provider, arrangement, consortium.value.spec.services)) {
          settings++;
          const seen = (mine.get(provider.id) ?? []).filter((v) => covers(v, provider.id, setting.ofstedUrn));
          const last = seen[seen.length - 1];
          if (last && last.value.spec.date > since) {
            visited++;
            continue;
          }
          if (!last) never++;
          missed.push({
            consortium: consortium.id,
            arrangement: arrangement.id,
            arrangementName: arrangement.name ?? arrangement.id,
            provider: provider.id,
            providerName: provider.value.metadata.name,
            ofstedUrn: setting.ofstedUrn,
            settingName: setting.name,
            lastVisit: last?.value.spec.date ?? null,
            lastVisitBy: last ? authorityName(context, last.value.spec.visitingAuthority) : null,
            dueBy: last ? addMonths(last.value.spec.date, months) : null,
          });
        }
      }
      coverage.push({
        ...arrangementCells(context, consortium.id, arrangement.id),
        visitsPerYear: arrangement.monitoring!.visitsPerYear!,
        intervalMonths: months,
        settings,
        visitedInInterval: visited,
        notVisitedInInterval: settings - visited,
        neverVisited: never,
      });
    }
  }

  // Duplicates: two on-site visits to one setting by different authorities within one interval.
  const twice: Array<Record<string, Cell>> = [];
  const bySetting = groupBy(
    onSite.filter((v) => v.value.spec.setting !== undefined),
    (v) => `${v.value.spec.provider}|${v.value.spec.setting!.ofstedUrn}`,
  );
  for (const list of bySetting.values()) {
    list.forEach((first, i) => {
      const spec = first.value.spec;
      const arrangement = spec.consortium
        ? docs.get('Consortium', spec.consortium)?.value.spec.arrangements.find((a) => a.id === spec.arrangement)
        : undefined;
      const months = intervalMonths(arrangement) ?? DEFAULT_INTERVAL_MONTHS;
      const until = addMonths(spec.date, months);
      const second = list.slice(i + 1).find((v) => v.value.spec.visitingAuthority !== spec.visitingAuthority && v.value.spec.date < until);
      if (!second) return;
      twice.push({
        provider: spec.provider,
        providerName: providerName(spec.provider),
        ofstedUrn: spec.setting!.ofstedUrn,
        settingName: settingName(spec.provider, spec.setting!.ofstedUrn),
        intervalMonths: months,
        firstVisit: spec.date,
        firstBy: authorityName(context, spec.visitingAuthority),
        firstFor: spec.consortium ?? null,
        secondVisit: second.value.spec.date,
        secondBy: authorityName(context, second.value.spec.visitingAuthority),
        secondFor: second.value.spec.consortium ?? null,
      });
    });
  }

  const byAuthority = [...groupBy(visits, (v) => v.value.spec.visitingAuthority)]
    .map(([code, list]) => ({
      authority: code,
      authorityName: authorityName(context, code),
      monitoring: list.length,
      visits: list.filter((v) => ON_SITE.has(v.value.spec.type)).length,
      deskReviews: list.filter((v) => v.value.spec.type === 'desk-review').length,
      annualConversations: list.filter((v) => v.value.spec.type === 'annual-conversation').length,
      providerMeetings: list.filter((v) => v.value.spec.type === 'provider-meeting').length,
      forOthers: list.filter((v) => v.value.spec.onBehalfOf !== undefined).length,
      settingsMonitored: new Set(list.map((v) => `${v.value.spec.provider}|${v.value.spec.setting?.ofstedUrn ?? '*'}`)).size,
    }))
    .sort((a, b) => b.monitoring - a.monitoring || a.authorityName.localeCompare(b.authorityName));

  const findings = visits.flatMap((v) => v.value.spec.findings ?? []);
  const sources = [...new Set(findings.flatMap((f) => f.evidence))].sort();
  const RATINGS = ['strength', 'meets-requirements', 'improvement-needed', 'serious-concern'] as const;
  const actions = visits.flatMap((v) => v.value.spec.actions ?? []);

  const visitBasis = basis(
    context,
    { MonitoringVisit: visits.length },
    'Monitoring visits, desk reviews, annual conversations and provider meetings dated on or before the as-of date.',
  );
  return {
    title: 'Monitoring',
    summary:
      "Settings not visited within the interval their arrangement sets, settings visited by two authorities within one interval, who monitors how much, what findings rest on (Ofsted, Regulation 44, the provider's self-assessment, the visit) and the actions still open.",
    tables: {
      coverage: makeTable(
        {
          title: 'Visits within the interval',
          description:
            "For each active arrangement that sets how often settings are visited (monitoring.visitsPerYear), its providers' settings of the arrangement's services and how many had a visit for that consortium (a visit or unannounced visit naming the arrangement, or none) within the interval before the as-of date.",
          columns: [
            ...ARRANGEMENT_COLUMNS,
            { key: 'visitsPerYear', label: 'Visits a year', type: 'number' },
            { key: 'intervalMonths', label: 'Interval (months)', type: 'number' },
            count('settings', 'Settings'),
            count('visitedInInterval', 'Visited within the interval'),
            count('notVisitedInInterval', 'Not visited within the interval'),
            count('neverVisited', 'Never visited'),
          ],
        },
        coverage,
        basis(
          context,
          { Consortium: docs.all('Consortium').length, ProviderProfile: profiles.length, MonitoringVisit: onSite.length },
          'Active arrangements with monitoring.visitsPerYear; the settings of the providers on them (listed by the consortium or qualified by their profiles); visits and unannounced visits on or before the as-of date.',
        ),
        context.threshold,
      ),
      notVisited: makeTable(
        {
          title: 'Settings not visited within the interval',
          description:
            'Each setting of the table above not visited within its arrangement’s interval, with its last visit for the consortium and when the next was due.',
          columns: [
            textColumn('consortium', 'Consortium id'),
            textColumn('arrangement', 'Arrangement id'),
            textColumn('arrangementName', 'Arrangement'),
            textColumn('provider', 'Provider id'),
            textColumn('providerName', 'Provider'),
            textColumn('ofstedUrn', 'Ofsted URN'),
            textColumn('settingName', 'Setting'),
            date('lastVisit', 'Last visit'),
            textColumn('lastVisitBy', 'Last visited by'),
            date('dueBy', 'Next visit was due by'),
          ],
        },
        missed,
        basis(context, { MonitoringVisit: onSite.length }, 'As for the visits within the interval.'),
        context.threshold,
      ),
      visitedTwice: makeTable(
        {
          title: 'Settings visited twice within one interval',
          description: `Two visits to the same setting by different authorities within the interval of the arrangement the first visit was for (${DEFAULT_INTERVAL_MONTHS} months when it names none that sets one): the duplication the review found providers bearing.`,
          columns: [
            textColumn('provider', 'Provider id'),
            textColumn('providerName', 'Provider'),
            textColumn('ofstedUrn', 'Ofsted URN'),
            textColumn('settingName', 'Setting'),
            { key: 'intervalMonths', label: 'Interval (months)', type: 'number' },
            date('firstVisit', 'First visit'),
            textColumn('firstBy', 'By'),
            textColumn('firstFor', 'For consortium'),
            date('secondVisit', 'Second visit'),
            textColumn('secondBy', 'By'),
            textColumn('secondFor', 'For consortium'),
          ],
        },
        twice,
        basis(context, { MonitoringVisit: onSite.length }, 'Visits and unannounced visits naming a setting, on or before the as-of date.'),
        context.threshold,
      ),
      byVisitingAuthority: makeTable(
        {
          title: 'By visiting authority',
          description:
            'How much monitoring each authority records, of which kind, how much of it for other authorities, and how many settings it covers.',
          columns: [
            textColumn('authority', 'Authority code'),
            textColumn('authorityName', 'Visiting authority'),
            count('monitoring', 'Monitoring recorded'),
            count('visits', 'Visits'),
            count('deskReviews', 'Desk reviews'),
            count('annualConversations', 'Annual conversations'),
            count('providerMeetings', 'Provider meetings'),
            count('forOthers', 'For other authorities'),
            count('settingsMonitored', 'Settings or providers monitored'),
          ],
        },
        byAuthority,
        visitBasis,
        context.threshold,
      ),
      evidence: makeTable(
        {
          title: 'What findings rest on',
          description:
            'Findings by each source of evidence they give (a finding resting on Ofsted and the visit counts in both rows), with how they were rated.',
          columns: [
            textColumn('source', 'Evidence code'),
            textColumn('sourceName', 'Evidence'),
            count('findings', 'Findings'),
            ...RATINGS.map((r) =>
              count(
                r.replace(/-(.)/g, (_, c: string) => c.toUpperCase()),
                label(r),
              ),
            ),
          ],
        },
        sources.map((source) => {
          const list = findings.filter((f) => f.evidence.includes(source));
          return {
            source,
            sourceName: label(source),
            findings: list.length,
            ...Object.fromEntries(
              RATINGS.map((r) => [r.replace(/-(.)/g, (_, c: string) => c.toUpperCase()), list.filter((f) => f.rating === r).length]),
            ),
          };
        }),
        visitBasis,
        context.threshold,
      ),
      actions: makeTable(
        {
          title: 'Actions',
          description:
            'The actions agreed at monitoring, by who owns them: open, overdue (open and past their due date), completed and cancelled.',
          columns: [
            textColumn('owner', 'Owner code'),
            textColumn('ownerName', 'Owner'),
            count('actions', 'Actions'),
            count('open', 'Open'),
            count('overdue', 'Overdue'),
            count('completed', 'Completed'),
            count('cancelled', 'Cancelled'),
          ],
        },
        [...groupBy(actions, (a) => a.owner)].map(([owner, list]) => {
          const open = list.filter((a) => (a.status ?? 'open') === 'open');
          return {
            owner,
            ownerName: label(owner),
            actions: list.length,
            open: open.length,
            overdue: open.filter((a) => a.due < asOf).length,
            completed: list.filter((a) => a.status === 'completed').length,
            cancelled: list.filter((a) => a.status === 'cancelled').length,
          };
        }),
        visitBasis,
        context.threshold,
      ),
    },
  };
}

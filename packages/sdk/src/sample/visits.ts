/*
 * Monitoring in a sample region, as the 2015 review describes it: under a link-officer system
 * each setting has one member visiting it for all (and now and then another member visits too);
 * a central team visits for every member; where each authority monitors its own providers,
 * members visit the same home in the same year. Visits fall due every interval the arrangement
 * sets (a year when it sets none), and some are missed.
 */
import { addDays, addMonths, earliest, latest } from '../dates/calendar.js';
import { memberOn } from '../model/membership.js';
import type { Provider } from './providers.js';
import { SETTING_OF } from './providers.js';
import type { Random } from './random.js';
import type { World } from './world.js';

type Doc = Record<string, unknown>;

const AREAS = [
  'safeguarding',
  'quality-of-care',
  'leadership-and-management',
  'staffing',
  'education',
  'health',
  'placement-stability',
  'outcomes',
  'premises',
  'complaints',
  'missing-from-care',
  'contract-compliance',
];
const RATING_BY_GRADE: Record<string, Array<readonly [string, number]>> = {
  outstanding: [
    ['strength', 45],
    ['meets-requirements', 50],
    ['improvement-needed', 5],
  ],
  good: [
    ['strength', 20],
    ['meets-requirements', 65],
    ['improvement-needed', 14],
    ['serious-concern', 1],
  ],
  'requires-improvement': [
    ['strength', 5],
    ['meets-requirements', 55],
    ['improvement-needed', 35],
    ['serious-concern', 5],
  ],
  inadequate: [
    ['meets-requirements', 30],
    ['improvement-needed', 50],
    ['serious-concern', 20],
  ],
};
const ACTIONS = [
  'Send the updated missing-from-care policy',
  'Return the quarterly performance data on time',
  'Complete the outstanding staff training',
  'Share the latest Regulation 44 reports',
];

export function makeVisits(world: World, providers: readonly Provider[], random: Random): Array<{ consortium: string; visit: Doc }> {
  const out: Array<{ consortium: string; visit: Doc }> = [];
  let n = 0;
  const since = addMonths(world.asOf, -30);
  // An authority recoded during the sample's years visits only under the code it had then.
  const starts = new Map(world.authorities.map((a) => [a.code, a.from]));
  const valid = (code: string, date: string) => (starts.get(code) ?? date) <= date;
  for (const usable of world.usable) {
    const monitoring = usable.arrangement.monitoring;
    if (!monitoring?.approaches?.length) continue;
    const months = monitoring.visitsPerYear ? Math.max(1, Math.round(12 / monitoring.visitsPerYear)) : 12;
    const types = new Set(usable.services.map((s) => SETTING_OF[s]));
    const on = providers.filter((p) =>
      p.qualifications.some((q) => q.consortium === usable.consortium.id && q.arrangement === usable.arrangement.id),
    );
    const lead = monitoring.coordinator ?? usable.consortium.value.spec.leadAuthority;
    const central = monitoring.approaches.includes('central-team');
    const own = monitoring.approaches.includes('each-authority-monitors-own') && !monitoring.approaches.includes('link-officer-allocation');
    for (const provider of on) {
      for (const setting of provider.settings.filter((s) => types.has(s.type))) {
        for (let from = latest(usable.from, since); from < world.asOf; from = addMonths(from, months)) {
          const members = usable.members.filter((m) => memberOn(m, from) === 'member' && valid(m.authority, from)).map((m) => m.authority);
          if (members.length === 0) continue;
          // The member a setting is allocated to stays the same: it is chosen by the setting's URN.
          const allocated = members[Number(setting.urn.slice(2)) % members.length]!;
          const visitors =
            central && lead && members.includes(lead)
              ? [lead]
              : own
                ? random.sample(members, random.int(1, Math.min(2, members.length)))
                : [allocated];
          if (!own && random.chance(0.08)) visitors.push(random.pick(members));
          for (const visitor of [...new Set(visitors)]) {
            if (!random.chance(0.85)) continue;
            const date = addDays(
              from,
              random.int(0, Math.max(0, Math.round((Date.parse(addMonths(from, months)) - Date.parse(from)) / 86_400_000) - 1)),
            );
            if (date > world.asOf) continue;
            const type = random.weighted([
              ['visit', 70],
              ['unannounced-visit', 15],
              ['desk-review', 15],
            ]);
            const findings = random.sample(AREAS, random.int(3, 5)).map((area) => ({
              area,
              evidence: [
                ...(random.chance(0.6) ? ['ofsted'] : []),
                ...(setting.type === 'childrens-home' && random.chance(0.5) ? ['regulation-44'] : []),
                ...(random.chance(0.3) ? ['self-assessment'] : []),
                ...(type === 'desk-review' ? ['records'] : ['visit']),
              ],
              rating: random.weighted(RATING_BY_GRADE[setting.grade]!),
            }));
            const worst = findings.some((f) => f.rating === 'serious-concern')
              ? 'serious-concerns'
              : findings.some((f) => f.rating === 'improvement-needed')
                ? 'improvements-needed'
                : 'no-concerns';
            const actions =
              worst === 'no-concerns'
                ? []
                : random.sample(ACTIONS, random.int(1, 2)).map((description) => {
                    const due = addDays(date, random.int(30, 120));
                    const done = due < world.asOf && random.chance(0.7);
                    const completed = addDays(date, random.int(7, 150));
                    return {
                      description,
                      owner: 'provider',
                      due,
                      status: done ? 'completed' : 'open',
                      ...(done ? { completedOn: earliest(completed, world.asOf) } : {}),
                    };
                  });
            n++;
            out.push({
              consortium: usable.consortium.id,
              visit: {
                apiVersion: 'nof/v1',
                kind: 'MonitoringVisit',
                metadata: {
                  id: `visit-${String(n).padStart(6, '0')}`,
                  name: `Monitoring of ${setting.name}, ${date}`,
                  owner: visitor,
                  sharing: 'consortium',
                  labels: ['fictional', 'sample'],
                },
                spec: {
                  provider: provider.id,
                  setting: { ofstedUrn: setting.urn },
                  consortium: usable.consortium.id,
                  arrangement: usable.arrangement.id,
                  visitingAuthority: visitor,
                  visitorRole: central ? 'Quality assurance officer' : 'Contracts officer',
                  ...(own ? {} : { onBehalfOf: { allMembers: true } }),
                  date,
                  type,
                  template: { name: `${usable.consortium.value.metadata.name} monitoring template` },
                  findings,
                  conclusion: worst,
                  ...(actions.length ? { actions } : {}),
                  nextDue: addMonths(date, months),
                },
              },
            });
          }
        }
      }
    }
  }
  return out;
}

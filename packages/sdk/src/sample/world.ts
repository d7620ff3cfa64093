/*
 * What a sample region is built around: the consortia and needs framework copied from the
 * examples, the date they are judged on, the local authorities of that date, and the
 * arrangements placements can be called off (active, with the service, lots and members each has).
 */
import type { v1_consortium } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import { addDays, earliest, latest } from '../dates/calendar.js';
import { parsePartialDate } from '../dates/partial-date.js';
import type { TypedDocument } from '../model/documents.js';
import { membersOf, type Membership } from '../model/membership.js';

type Arrangement = v1_consortium.ProcurementArrangement;

/** Placements start from this day: the example needs framework's effective date. */
export const FIRST_START = '2012-04-01';

const ROUTE_OF: Record<string, string> = {
  'framework-agreement': 'framework-call-off',
  'rolling-select-list': 'framework-call-off',
  'dynamic-purchasing-system': 'dps-call-off',
  'approved-provider-list': 'approved-list',
  'block-contract': 'block',
  'cost-and-volume-contract': 'cost-and-volume',
};

/** A lot (or an arrangement without lots) placements are called off, with the service it buys. */
export interface LotPlan {
  lot?: v1_consortium.Lot;
  service: string;
}

/** An arrangement placements can be called off. */
export interface Usable {
  consortium: TypedDocument<'Consortium'>;
  arrangement: Arrangement;
  route: string;
  /** First and last day a placement may start under it. */
  from: string;
  to: string;
  members: Membership[];
  lots: LotPlan[];
  services: string[];
}

export interface Authority {
  code: string;
  name: string;
  region: string;
  /** The first day its code is valid, when later than the sample's first placements (an authority recoded in 2013). */
  from: string;
}

export interface World {
  asOf: string;
  consortia: TypedDocument<'Consortium'>[];
  framework: TypedDocument<'NeedsOutcomesFramework'>;
  authorities: Authority[];
  usable: Usable[];
}

/** The first and last day an arrangement's term may be, within the sample's years. */
function window(arrangement: Arrangement, asOf: string): { from: string; to: string } {
  const term = arrangement.term;
  const started = term?.startDate ?? parsePartialDate(term?.startedIn)?.last;
  const ended = term?.endDate ?? parsePartialDate(term?.endsIn)?.first;
  const last = addDays(asOf, -1);
  return { from: latest(FIRST_START, ...(started ? [started] : [])), to: earliest(last, ...(ended ? [ended] : [])) };
}

export function buildWorld(
  consortia: TypedDocument<'Consortium'>[],
  framework: TypedDocument<'NeedsOutcomesFramework'>,
  asOf: string,
  codelists: Codelists,
): World {
  const authorities = (codelists.list('local-authorities')?.entries ?? [])
    .filter((e) => (e.validFrom === undefined || e.validFrom <= asOf) && (e.validTo === undefined || e.validTo >= asOf))
    .map((e) => ({
      code: e.code,
      name: e.label,
      region: String(e.attributes?.region ?? ''),
      from: e.validFrom && e.validFrom > FIRST_START ? e.validFrom : FIRST_START,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const usable: Usable[] = [];
  for (const consortium of consortia) {
    for (const arrangement of consortium.value.spec.arrangements) {
      const route = ROUTE_OF[arrangement.type];
      if (!route || (arrangement.status !== undefined && arrangement.status !== 'active')) continue;
      const { from, to } = window(arrangement, asOf);
      if (from > to) continue;
      const services = arrangement.services ?? consortium.value.spec.services ?? [];
      if (services.length === 0) continue;
      const lots: LotPlan[] = arrangement.lots?.length
        ? arrangement.lots.flatMap((lot) => (lot.service ? [{ lot, service: lot.service }] : services.map((service) => ({ lot, service }))))
        : services.map((service) => ({ service }));
      usable.push({ consortium, arrangement, route, from, to, members: membersOf(consortium.value.spec, arrangement.id), lots, services });
    }
  }
  return { asOf, consortia, framework, authorities, usable };
}

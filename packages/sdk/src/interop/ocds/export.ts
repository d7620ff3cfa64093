import { Codelists } from '../../codelists/codelists.js';
import { valueAt } from '../../parse/json-pointer.js';
import type { RuleDocument } from '../../rules/rule.js';
import { finding, INTEROP_CODES, type InteropDiagnostic } from '../diagnostics.js';
import { daysBetween } from '../../dates/calendar.js';
import { describePeriod, termEnd, type Period } from '../../dates/period.js';

/** The OCDS extensions whose fields the release uses (lots, techniques, award criteria breakdown). */
export const OCDS_EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json',
] as const;

/** A prefix that is plainly not a registered one: publishers replace it with their own. */
export const PLACEHOLDER_OCID_PREFIX = 'ocds-nof000';

/** Options for {@link exportOcds}. */
export interface OcdsOptions {
  /** The release date and time (ISO 8601), the moment the data is published. */
  date: string;
  /** The publisher's registered ocid prefix (default {@link PLACEHOLDER_OCID_PREFIX}). */
  ocidPrefix?: string;
  /** Only this arrangement (by id); default every arrangement of the consortium. */
  arrangement?: string;
  /** Provider profiles, to name the suppliers on each lot (their ids are used otherwise). */
  providers?: readonly RuleDocument[];
  codelists?: Codelists;
}

export type OcdsRelease = Record<string, unknown>;

export interface OcdsExport {
  releases: OcdsRelease[];
  diagnostics: InteropDiagnostic[];
}

type Json = Record<string, unknown>;
interface Arrangement {
  id: string;
  name: string;
  type: string;
  status?: string;
  leadAuthority?: string;
  term?: { startDate?: string; initialPeriod?: Period; extensionOptions?: Period[]; extensionsTaken?: number; endDate?: string };
  lots?: Array<{ id: string; name: string; description?: string; tiers?: Array<{ providers?: string[] }>; providers?: string[] }>;
  tiers?: Array<{ providers?: string[] }>;
  providers?: string[];
  awardWeighting?: { quality?: number; price?: number };
  callOff?: { method?: string };
  notes?: string;
}

const TENDER_STATUS: Record<string, string> = { planned: 'planning', 'in-procurement': 'active', active: 'complete', expired: 'complete' };
const DPS_STATUS: Record<string, string> = { planned: 'pending', 'in-procurement': 'pending', active: 'active', expired: 'terminated' };
const WITH_COMPETITION = new Set(['mini-competition']);

/**
 * Exports a Consortium's arrangements as OCDS 1.1 releases, one contracting process each: the
 * tender with its lots, `techniques` saying whether it is a framework agreement or a dynamic
 * purchasing system, the price/quality award weighting (per lot, with the award criteria
 * extension), the contract period with its extension options (`maxExtentDate`), the lead
 * authority as buyer and procuring entity, the members as buyers, and the providers on each
 * lot as suppliers of an award for that lot.
 */
export function exportOcds(consortium: RuleDocument, options: OcdsOptions): OcdsExport {
  const codelists = options.codelists ?? new Codelists();
  const diagnostics: InteropDiagnostic[] = [];
  if (consortium.kind !== 'Consortium') {
    diagnostics.push(
      finding(
        consortium,
        '/kind',
        'error',
        INTEROP_CODES.notExported,
        `OCDS export takes a Consortium, not a ${consortium.kind ?? 'document without a kind'}`,
      ),
    );
    return { releases: [], diagnostics };
  }
  const spec = (valueAt(consortium.value, '/spec') ?? {}) as Json;
  const arrangements = (Array.isArray(spec.arrangements) ? spec.arrangements : []) as Arrangement[];
  const chosen = arrangements
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => options.arrangement === undefined || a.id === options.arrangement);
  if (chosen.length === 0) {
    const what =
      options.arrangement === undefined
        ? 'the consortium has no arrangements'
        : `the consortium has no arrangement '${options.arrangement}' (it has ${arrangements.map((a) => a.id).join(', ') || 'none'})`;
    diagnostics.push(finding(consortium, '/spec/arrangements', 'error', INTEROP_CODES.missingField, `${what}; nothing to export`));
  }
  const providerNames = new Map((options.providers ?? []).map((p) => [p.id, valueAt(p.value, '/metadata/name')]));
  const laName = (code: string) => codelists.entry('local-authorities', code)?.label ?? code;
  const releases = chosen.map(({ a, index }) => {
    const at = `/spec/arrangements/${index}`;
    const lead = a.leadAuthority ?? (spec.leadAuthority as string | undefined);
    const members = ((spec.members ?? []) as Array<{ authority: string }>).map((m) => m.authority);
    const parties = new Map<string, Json>();
    const party = (id: string, name: string, role: string) => {
      const existing = parties.get(id) ?? { id, name, roles: [] as string[] };
      (existing.roles as string[]).push(role);
      parties.set(id, existing);
    };
    if (lead) {
      party(lead, laName(lead), 'buyer');
      party(lead, laName(lead), 'procuringEntity');
    } else
      diagnostics.push(
        finding(
          consortium,
          '/spec/leadAuthority',
          'warning',
          INTEROP_CODES.missingField,
          'no lead authority: the release has no buyer or procuring entity',
        ),
      );
    for (const member of members.filter((m) => m !== lead)) party(member, laName(member), 'buyer');
    const { period, description } = contractPeriod(a, consortium, at, diagnostics);
    const lots = (a.lots ?? []).map((lot) => ({
      id: lot.id,
      title: lot.name,
      ...(lot.description ? { description: lot.description } : {}),
      ...(a.status && TENDER_STATUS[a.status] ? { status: TENDER_STATUS[a.status] } : {}),
      ...(awardCriteria(a) ? { awardCriteria: awardCriteria(a) } : {}),
    }));
    const awards = awardsByLot(a).map(({ lot, providers }) => {
      for (const p of providers) party(p, String(providerNames.get(p) ?? p), 'supplier');
      return {
        id: lot ?? a.id,
        status: 'active',
        suppliers: providers.map((p) => ({ id: p, name: String(providerNames.get(p) ?? p) })),
        ...(lot ? { relatedLots: [lot] } : {}),
      };
    });
    const ocid = `${options.ocidPrefix ?? PLACEHOLDER_OCID_PREFIX}-${consortium.id}-${a.id}`;
    const techniques: Json = {
      hasFrameworkAgreement: a.type === 'framework-agreement',
      hasDynamicPurchasingSystem: a.type === 'dynamic-purchasing-system',
    };
    const frameworkAgreement: Json = {
      ...(a.callOff?.method
        ? { method: WITH_COMPETITION.has(a.callOff.method) ? 'withReopeningCompetition' : 'withoutReopeningCompetition' }
        : {}),
      ...(period ? { period } : {}),
      ...(description ? { description } : {}),
    };
    // OCDS wants no empty objects: the details only when there are some.
    if (a.type === 'framework-agreement' && Object.keys(frameworkAgreement).length) techniques.frameworkAgreement = frameworkAgreement;
    if (a.type === 'dynamic-purchasing-system' && a.status && DPS_STATUS[a.status])
      techniques.dynamicPurchasingSystem = { status: DPS_STATUS[a.status] };
    const weighting = a.awardWeighting;
    const tender: Json = {
      id: a.id,
      title: a.name,
      ...(description ? { description } : {}),
      ...(a.status && TENDER_STATUS[a.status] ? { status: TENDER_STATUS[a.status] } : {}),
      ...(lead ? { procuringEntity: { id: lead, name: laName(lead) } } : {}),
      mainProcurementCategory: 'services',
      ...(weighting
        ? {
            awardCriteria: weighting.price === 0 ? 'qualityOnly' : weighting.quality === 0 ? 'priceOnly' : 'ratedCriteria',
            awardCriteriaDetails: `${weighting.quality ?? 0}% quality, ${weighting.price ?? 0}% price`,
          }
        : {}),
      ...(period ? { contractPeriod: period } : {}),
      techniques,
      ...(lots.length ? { lots } : {}),
    };
    const release: OcdsRelease = {
      ocid,
      id: `${ocid}-${options.date.slice(0, 10)}`,
      date: options.date,
      tag: awards.length ? ['tender', 'award'] : ['tender'],
      initiationType: 'tender',
      language: 'en',
      parties: [...parties.values()],
      ...(lead ? { buyer: { id: lead, name: laName(lead) } } : {}),
      tender,
      ...(awards.length ? { awards } : {}),
    };
    return release;
  });
  return { releases, diagnostics };
}

/** The award criteria breakdown of a lot: the arrangement's quality and price weights. */
function awardCriteria(a: Arrangement): Json | undefined {
  const w = a.awardWeighting;
  if (!w) return undefined;
  const criteria = (['quality', 'price'] as const)
    .filter((type) => w[type] !== undefined)
    .map((type) => ({ type, name: type === 'quality' ? 'Quality' : 'Price', numbers: [{ number: w[type], weight: 'percentageExact' }] }));
  return criteria.length ? { criteria } : undefined;
}

/** The providers awarded a place on each lot (over all its tiers), or on the whole arrangement. */
function awardsByLot(a: Arrangement): Array<{ lot?: string; providers: string[] }> {
  const onTiers = (tiers: Array<{ providers?: string[] }> | undefined) => (tiers ?? []).flatMap((t) => t.providers ?? []);
  const unique = (ids: string[]) => [...new Set(ids)];
  const out = (a.lots ?? []).map((lot) => ({ lot: lot.id, providers: unique([...onTiers(lot.tiers), ...(lot.providers ?? [])]) }));
  const whole = unique([...onTiers(a.tiers), ...(a.providers ?? [])]);
  return [...out, ...(whole.length ? [{ providers: whole }] : [])].filter((x) => x.providers.length > 0);
}

/**
 * The contract period: from the start date, ending after the initial period and any extensions
 * taken (or the recorded end date), extendable to the end of every extension option. The term is
 * also described in words, which is all there is when the start date is not known.
 */
function contractPeriod(
  a: Arrangement,
  consortium: RuleDocument,
  at: string,
  diagnostics: InteropDiagnostic[],
): { period?: Json; description?: string } {
  const term = a.term;
  if (!term) return {};
  if (!term.initialPeriod) {
    // Dates without a length: only what is known, and no extension to speak of.
    const known = {
      ...(term.startDate ? { startDate: `${term.startDate}T00:00:00Z` } : {}),
      ...(term.endDate ? { endDate: `${term.endDate}T23:59:59Z` } : {}),
    };
    return Object.keys(known).length ? { period: known } : {};
  }
  const options = term.extensionOptions ?? [];
  const description = `Initial period ${describePeriod(term.initialPeriod)}${options.length ? `, with ${options.length} extension option${options.length === 1 ? '' : 's'} of ${options.map((o) => describePeriod(o)).join(', ')}${term.extensionsTaken ? ` (${term.extensionsTaken} taken)` : ''}` : ', no extension options'}.`;
  if (!term.startDate) {
    diagnostics.push(
      finding(
        consortium,
        `${at}/term`,
        'warning',
        INTEROP_CODES.missingField,
        `the term of '${a.id}' has no start date, so the OCDS contract period has no dates; the term is given in words only`,
      ),
    );
    return { description };
  }
  const end = term.endDate ?? termEnd(term.startDate, term.initialPeriod, ...options.slice(0, term.extensionsTaken ?? 0)).lastDay;
  const maxExtent = termEnd(term.startDate, term.initialPeriod, ...options).lastDay;
  return {
    description,
    period: {
      startDate: `${term.startDate}T00:00:00Z`,
      endDate: `${end}T23:59:59Z`,
      maxExtentDate: `${maxExtent}T23:59:59Z`,
      durationInDays: daysBetween(term.startDate, maxExtent) + 1,
    },
  };
}

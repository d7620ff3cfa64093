import type { v1_consortium, v1_nationalContract, v1_providerProfile } from '@nof/schemas';
import type { Codelists } from '../codelists/codelists.js';
import { daysBetween } from '../dates/calendar.js';
import { describePeriod, termEnd } from '../dates/period.js';
import type { RuleDocument } from '../rules/rule.js';

type Arrangement = v1_consortium.ProcurementArrangement;

/** A local authority by code, with its name from the local-authorities codelist. */
export interface Authority {
  code: string;
  name: string;
}

export interface TermReport {
  start?: string;
  initialPeriod?: string;
  extensionOptions: string[];
  extensionsTaken?: number;
  /** The end date given, else the one the start, initial period and extensions taken make. */
  end?: string;
  endCalculated: boolean;
  /** Days from the report's date to the end (negative once it has passed). */
  daysRemaining?: number;
  notes?: string;
}

/** One row of the lots x tiers matrix: a lot's tiers by rank, each with the providers on it. */
export interface LotRow {
  id: string;
  name: string;
  tiers: Array<{ rank: number; id?: string; forAuthority?: Authority; providers: string[] }>;
  /** Providers on the lot whose profiles give no tier. */
  untiered: string[];
}

/** A variation from the national contract, beside the clause it changes. */
export interface VariationReport {
  id: string;
  changeType: string;
  clause?: { id: string; number?: string; title?: string; nationalSummary?: string };
  schedule?: string;
  summary: string;
  rationale?: string;
}

export interface ArrangementReport {
  id: string;
  name: string;
  type: string;
  status?: string;
  services: string[];
  term?: TermReport;
  /** Tier ranks used by any lot, in order: the matrix's columns. */
  tierRanks: number[];
  lots: LotRow[];
  callOff?: Arrangement['callOff'];
  monitoring?: Omit<NonNullable<Arrangement['monitoring']>, 'coordinator'> & { coordinator?: Authority };
  contractBasis?: { basis: string; contract?: { id: string; name?: string; edition?: string }; notes?: string };
  variations: VariationReport[];
}

/** What a commissioner circulates about a consortium, as data for any renderer. */
export interface ConsortiumReport {
  id: string;
  name: string;
  description?: string;
  asOf: string;
  type: string;
  regions: string[];
  services: string[];
  lead?: Authority;
  members: Authority[];
  arrangements: ArrangementReport[];
  notes?: string;
}

export interface ReportSources {
  /** Finds other documents (national contracts, provider profiles): a workspace's lookup. */
  get(kind: 'NationalContract' | 'ProviderProfile', id: string): RuleDocument | undefined;
  all(kind: 'ProviderProfile'): RuleDocument[];
  codelists: Codelists;
  /** The date days remaining are counted from. */
  asOf: string;
}

function authority(code: string, codelists: Codelists): Authority {
  return { code, name: codelists.entry('local-authorities', code)?.label ?? code };
}

function term(term: v1_consortium.ContractTerm | undefined, asOf: string): TermReport | undefined {
  if (!term) return undefined;
  const options = term.extensionOptions ?? [];
  let end = term.endDate;
  const endCalculated = end === undefined && term.startDate !== undefined && term.initialPeriod !== undefined;
  if (endCalculated) {
    end = termEnd(term.startDate!, term.initialPeriod!, ...options.slice(0, term.extensionsTaken ?? 0)).lastDay;
  }
  return {
    ...(term.startDate ? { start: term.startDate } : {}),
    ...(term.initialPeriod ? { initialPeriod: describePeriod(term.initialPeriod) } : {}),
    extensionOptions: options.map((o) => describePeriod(o)),
    ...(term.extensionsTaken !== undefined ? { extensionsTaken: term.extensionsTaken } : {}),
    ...(end ? { end, daysRemaining: daysBetween(asOf, end) } : {}),
    endCalculated,
    ...(term.notes ? { notes: term.notes } : {}),
  };
}

/** Provider names by tier for each lot: from the lot's own tier lists and from provider profiles. */
function lots(consortiumId: string, arrangement: Arrangement, sources: ReportSources, nameOf: (id: string) => string): LotRow[] {
  const profiles = sources
    .all('ProviderProfile')
    .flatMap((doc) =>
      ((doc.value as v1_providerProfile.ProviderProfile).spec.arrangements ?? [])
        .filter((q) => q.consortium === consortiumId && q.arrangement === arrangement.id)
        .map((q) => ({ provider: doc.id!, lots: q.lots, tierRank: q.tierRank })),
    );
  return (arrangement.lots ?? []).map((lot) => {
    const onLot = profiles.filter((p) => !p.lots || p.lots.includes(lot.id));
    const tiers = (lot.tiers ?? arrangement.tiers ?? []).map((tier) => {
      const listed = [...(tier.providers ?? []), ...onLot.filter((p) => p.tierRank === tier.rank).map((p) => p.provider)];
      return {
        rank: tier.rank,
        id: tier.id,
        ...(tier.forAuthority ? { forAuthority: authority(tier.forAuthority, sources.codelists) } : {}),
        providers: [...new Set(listed)].map(nameOf),
      };
    });
    const ranks = new Set(tiers.map((t) => t.rank));
    const untiered = [
      ...(lot.providers ?? []),
      ...onLot.filter((p) => p.tierRank === undefined || !ranks.has(p.tierRank)).map((p) => p.provider),
    ];
    return { id: lot.id, name: lot.name ?? lot.id, tiers, untiered: [...new Set(untiered)].map(nameOf) };
  });
}

function monitoring(
  { coordinator, ...rest }: NonNullable<Arrangement['monitoring']>,
  codelists: Codelists,
): NonNullable<ArrangementReport['monitoring']> {
  return { ...rest, ...(coordinator ? { coordinator: authority(coordinator, codelists) } : {}) };
}

function variations(arrangement: Arrangement, sources: ReportSources): VariationReport[] {
  const contractId = arrangement.contractBasis?.nationalContract;
  const contract = contractId
    ? (sources.get('NationalContract', contractId)?.value as v1_nationalContract.NationalContract | undefined)
    : undefined;
  const clauses = new Map((contract?.spec.sections ?? []).flatMap((s) => s.clauses.map((c) => [c.id, c] as const)));
  return (arrangement.variations ?? []).map((v) => {
    const clause = v.clause ? clauses.get(v.clause) : undefined;
    return {
      id: v.id,
      changeType: v.changeType,
      ...(v.clause
        ? {
            clause: {
              id: v.clause,
              ...(clause?.number ? { number: clause.number } : {}),
              ...(clause ? { title: clause.title } : {}),
              ...(clause?.summary ? { nationalSummary: clause.summary } : {}),
            },
          }
        : {}),
      ...(v.schedule ? { schedule: v.schedule } : {}),
      summary: v.summary,
      ...(v.rationale ? { rationale: v.rationale } : {}),
    };
  });
}

/**
 * The report model of a consortium: members and lead by name, and per arrangement the term
 * (with days remaining), the lots x tiers matrix with providers, call-off, monitoring and the
 * variations from the national contract beside the national clauses they change.
 */
export function buildConsortiumReport(consortium: RuleDocument, sources: ReportSources): ConsortiumReport {
  const { metadata, spec } = consortium.value as v1_consortium.Consortium;
  const nameOf = (id: string): string =>
    (sources.get('ProviderProfile', id)?.value as v1_providerProfile.ProviderProfile | undefined)?.metadata.name ?? id;
  return {
    id: metadata.id,
    name: metadata.name,
    ...(metadata.description ? { description: metadata.description } : {}),
    asOf: sources.asOf,
    type: spec.type,
    regions: spec.regions ?? [],
    services: spec.services ?? [],
    ...(spec.leadAuthority ? { lead: authority(spec.leadAuthority, sources.codelists) } : {}),
    members: spec.members.map((m) => authority(m.authority, sources.codelists)),
    arrangements: spec.arrangements.map((a) => {
      const lotRows = lots(metadata.id, a, sources, nameOf);
      const contractId = a.contractBasis?.nationalContract;
      const contract = contractId
        ? (sources.get('NationalContract', contractId)?.value as v1_nationalContract.NationalContract | undefined)
        : undefined;
      const termReport = term(a.term, sources.asOf);
      return {
        id: a.id,
        name: a.name ?? a.id,
        type: a.type,
        ...(a.status ? { status: a.status } : {}),
        services: a.services ?? [],
        ...(termReport ? { term: termReport } : {}),
        tierRanks: [...new Set(lotRows.flatMap((l) => l.tiers.map((t) => t.rank)))].sort((x, y) => x - y),
        lots: lotRows,
        ...(a.callOff ? { callOff: a.callOff } : {}),
        ...(a.monitoring ? { monitoring: monitoring(a.monitoring, sources.codelists) } : {}),
        ...(a.contractBasis
          ? {
              contractBasis: {
                basis: a.contractBasis.basis,
                ...(contractId
                  ? { contract: { id: contractId, ...(contract ? { name: contract.metadata.name, edition: contract.spec.edition } : {}) } }
                  : {}),
                ...(a.contractBasis.notes ? { notes: a.contractBasis.notes } : {}),
              },
            }
          : {}),
        variations: variations(a, sources),
      };
    }),
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

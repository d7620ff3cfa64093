/*
 * Typed, defensive reads of the documents placement rules look across. The document a rule checks
 * is schema-valid, but the ones it looks up may not be (the workspace indexes every document, so
 * that references to a broken file still resolve), so every read of a looked-up document checks
 * the shape it relies on and gives `undefined` or `[]` otherwise.
 */
import type { Kind, v1_common, v1_consortium, v1_needsOutcomesFramework } from '@nof/schemas';
import type { SpecOf } from '../../model/documents.js';
import { formatPointer } from '../../parse/json-pointer.js';
import type { RuleDocument, WorkspaceLookup } from '../rule.js';
import { isRecord } from '../../model/is-record.js';

export type Arrangement = v1_consortium.ProcurementArrangement;
export type Lot = v1_consortium.Lot;
export type Tier = v1_consortium.Tier;
export type AgeBand = v1_common.AgeBand;
export type Indicator = v1_needsOutcomesFramework.OutcomeIndicator;
export type Scale = Indicator['scale'];

/** The items of an array that are objects; `[]` for anything else. */
export function records<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter(isRecord) as T[]) : [];
}

/**
 * A document's `spec` typed by its kind, `specOf<'Consortium'>(doc)`; `{}` when it has none. Its
 * properties are optional: only the document a rule checks is known to be schema-valid.
 */
export function specOf<K extends Kind>(document: RuleDocument): Partial<SpecOf<K>> {
  const spec = isRecord(document.value) ? document.value.spec : undefined;
  return (isRecord(spec) ? spec : {}) as Partial<SpecOf<K>>;
}

/** A route as agreements and requests write it. */
export interface RouteRef {
  type: string;
  consortium?: string;
  arrangement?: string;
  lot?: string;
  tierRank?: number;
}

/** What a route leads to, with pointers into the consortium for related locations. */
export interface RouteTarget {
  consortium: RuleDocument;
  arrangement: Arrangement;
  arrangementPath: string;
  /** The lot named, when the route names one and the arrangement has it. */
  lot?: Lot;
  lotPath?: string;
}

/**
 * The consortium, arrangement and lot a route names, or undefined when it names no arrangement
 * or any part is missing (reference/unresolved reports missing parts).
 */
export function routeTarget(workspace: WorkspaceLookup, route: RouteRef | undefined): RouteTarget | undefined {
  if (!route?.consortium || !route.arrangement) return undefined;
  const consortium = workspace.get('Consortium', route.consortium);
  if (!consortium) return undefined;
  const arrangements = records<Arrangement>(specOf<'Consortium'>(consortium).arrangements);
  const a = arrangements.findIndex((x) => x.id === route.arrangement);
  if (a < 0) return undefined;
  const arrangement = arrangements[a]!;
  const arrangementPath = formatPointer(['spec', 'arrangements', a]);
  if (route.lot === undefined) return { consortium, arrangement, arrangementPath };
  const lots = records<Lot>(arrangement.lots);
  const l = lots.findIndex((x) => x.id === route.lot);
  if (l < 0) return undefined;
  return { consortium, arrangement, arrangementPath, lot: lots[l], lotPath: `${arrangementPath}/lots/${l}` };
}

/** How the route's place in the consortium is named in messages: `lot "standard" of arrangement "ifa"`. */
export function describeTarget(target: RouteTarget): string {
  const arrangement = `arrangement "${target.arrangement.id}" of Consortium "${target.consortium.id}"`;
  return target.lot ? `lot "${target.lot.id}" of ${arrangement}` : arrangement;
}

/** The indicator an outcome is measured on, when the framework, domain and indicator all exist. */
export function indicatorOf(
  workspace: WorkspaceLookup,
  frameworkId: string | undefined,
  domainId: string,
  indicatorId: string,
): Indicator | undefined {
  if (frameworkId === undefined) return undefined;
  const framework = workspace.get('NeedsOutcomesFramework', frameworkId);
  if (!framework) return undefined;
  const domains = records<v1_needsOutcomesFramework.OutcomeDomain>(specOf<'NeedsOutcomesFramework'>(framework).outcomeDomains);
  const domain = domains.find((d) => d.id === domainId);
  const indicator = records<Indicator>(domain?.indicators).find((i) => i.id === indicatorId);
  return indicator && isRecord(indicator.scale) ? indicator : undefined;
}

/** `0-4, 5-10 and 11-18`. */
export function listAgeBands(bands: AgeBand[]): string {
  return joinAnd(bands.map((b) => `${b.from}-${b.to}`));
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: string[], last = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * The tiers providers on the route are approached in: the lot's, or the arrangement's when the
 * lot has none (tiers across a whole arrangement), keeping only those that apply to `authority`
 * when tiers differ by member authority.
 */
export function tiersOf(target: RouteTarget, authority: string | undefined): Tier[] {
  const lotTiers = records<Tier>(target.lot?.tiers);
  const tiers = lotTiers.length ? lotTiers : records<Tier>(target.arrangement.tiers);
  return tiers.filter((t) => t.forAuthority === undefined || t.forAuthority === authority);
}

/** The outcomes of an agreement (`outcomes`) or a request (`outcomesSought`), with the pointer of their list. */
export function outcomesOf(document: RuleDocument): { pointer: string; outcomes: v1_common.OutcomeSought[] } {
  const key = document.kind === 'PlacementRequest' ? 'outcomesSought' : 'outcomes';
  const spec = specOf<'PlacementAgreement' | 'PlacementRequest'>(document) as Record<string, unknown>;
  return { pointer: `/spec/${key}`, outcomes: records<v1_common.OutcomeSought>(spec[key]) };
}

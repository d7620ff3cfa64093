/*
 * What placement rules (agreement, request, tracker, provider) read across documents: the route's
 * consortium, arrangement and lot, the framework's indicators. The workspace lookup hands out only
 * schema-valid documents, typed by kind and apiVersion, so these reads trust the shapes.
 */
import type { v1_common, v1_consortium, v1_needsOutcomesFramework } from '@nof/schemas';
import type { TypedDocument } from '../../model/documents.js';
import { formatPointer } from '../../parse/json-pointer.js';
import type { WorkspaceLookup } from '../rule.js';

export type Arrangement = v1_consortium.ProcurementArrangement;
export type Lot = v1_consortium.Lot;
export type Tier = v1_consortium.Tier;
export type AgeBand = v1_common.AgeBand;
export type Indicator = v1_needsOutcomesFramework.OutcomeIndicator;
export type Scale = Indicator['scale'];

/** A route as agreements and requests write it. */
export type RouteRef = v1_common.Route;

/** What a route leads to, with pointers into the consortium for related locations. */
export interface RouteTarget {
  consortium: TypedDocument<'Consortium'>;
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
export function routeTarget(
  workspace: WorkspaceLookup,
  route: Pick<RouteRef, 'consortium' | 'arrangement' | 'lot'> | undefined,
): RouteTarget | undefined {
  if (!route?.consortium || !route.arrangement) return undefined;
  const consortium = workspace.get('Consortium', route.consortium);
  if (!consortium) return undefined;
  const a = consortium.value.spec.arrangements.findIndex((x) => x.id === route.arrangement);
  const arrangement = consortium.value.spec.arrangements[a];
  if (!arrangement) return undefined;
  const arrangementPath = formatPointer(['spec', 'arrangements', a]);
  if (route.lot === undefined) return { consortium, arrangement, arrangementPath };
  const l = (arrangement.lots ?? []).findIndex((x) => x.id === route.lot);
  if (l < 0) return undefined;
  return { consortium, arrangement, arrangementPath, lot: arrangement.lots![l], lotPath: `${arrangementPath}/lots/${l}` };
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
  const framework = frameworkId === undefined ? undefined : workspace.get('NeedsOutcomesFramework', frameworkId);
  const domain = framework?.value.spec.outcomeDomains.find((d) => d.id === domainId);
  return domain?.indicators.find((i) => i.id === indicatorId);
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
  const tiers = target.lot?.tiers?.length ? target.lot.tiers : (target.arrangement.tiers ?? []);
  return tiers.filter((t) => t.forAuthority === undefined || t.forAuthority === authority);
}

/** An outcome as agreements (v1 and v2) and requests write it. */
export type Outcome = v1_common.OutcomeSought;

/** The outcomes of an agreement (`outcomes`) or a request (`outcomesSought`), with the pointer of their list. */
export function outcomesOf(document: TypedDocument<'PlacementAgreement' | 'PlacementRequest'>): { pointer: string; outcomes: Outcome[] } {
  if (document.kind === 'PlacementRequest') return { pointer: '/spec/outcomesSought', outcomes: document.value.spec.outcomesSought ?? [] };
  return { pointer: '/spec/outcomes', outcomes: document.value.spec.outcomes ?? [] };
}

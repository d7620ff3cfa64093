/*
 * Which providers are on a consortium's arrangement. Both sides may say so: the consortium lists
 * providers on its lots and tiers, on the arrangement or among a block contract's holders, and a
 * provider's profile lists the arrangements it qualified onto.
 */
import type { v1_consortium } from '@nof/schemas';
import type { SpecOf } from './documents.js';

/** Every provider id the consortium lists anywhere on the arrangement. */
export function listedProviders(arrangement: v1_consortium.ProcurementArrangement): Set<string> {
  const ids = new Set<string>([...(arrangement.providers ?? []), ...(arrangement.blockPlaces?.providers ?? [])]);
  for (const tier of arrangement.tiers ?? []) for (const id of tier.providers ?? []) ids.add(id);
  for (const lot of arrangement.lots ?? []) {
    for (const id of lot.providers ?? []) ids.add(id);
    for (const tier of lot.tiers ?? []) for (const id of tier.providers ?? []) ids.add(id);
  }
  return ids;
}

/** True when the provider's profile says it is on the consortium's arrangement. */
export function qualifiedOn(profile: SpecOf<'ProviderProfile'>, consortium: string, arrangement: string): boolean {
  return (profile.arrangements ?? []).some((q) => q.consortium === consortium && q.arrangement === arrangement);
}

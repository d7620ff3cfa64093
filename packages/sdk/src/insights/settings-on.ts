/*
 * The settings of a provider that an arrangement covers: those of the kinds its services buy
 * (an independent fostering agency's registration for fostering, children's homes for
 * residential child care...). A provider with a children's home and a fostering agency is on a
 * fostering framework with its agency only.
 */
import type { v1_consortium } from '@nof/schemas';
import type { TypedDocument } from '../model/documents.js';

const SETTING_TYPES: Record<string, string> = {
  fostering: 'independent-fostering-agency',
  'residential-child-care': 'childrens-home',
  'residential-special-school': 'residential-special-school',
  'sixteen-plus': 'supported-accommodation',
};

type Setting = TypedDocument<'ProviderProfile'>['value']['spec']['settings'][number];

/** The provider's settings of the arrangement's services (its own, else the consortium's; all settings when neither says). */
export function settingsOn(
  provider: TypedDocument<'ProviderProfile'>,
  arrangement: v1_consortium.ProcurementArrangement,
  consortiumServices?: readonly string[],
): Setting[] {
  const services = arrangement.services ?? consortiumServices ?? [];
  const settings = provider.value.spec.settings;
  if (services.length === 0) return settings;
  const types = new Set(services.map((s) => SETTING_TYPES[s]));
  return settings.filter((s) => types.has(s.type));
}

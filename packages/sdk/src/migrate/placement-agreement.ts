import { field, list, type Conversion } from './conversion.js';
import { child, type DocumentChanges } from './yaml-edits.js';

const FEES = '/spec/fees';
const SERVICES = '/spec/fees/additionalServices';

/**
 * v2 gives each additional service an id; converted ones are named after their category
 * (`therapy`, then `therapy-2`...), so converting back can tell generated ids from chosen ones.
 */
export function serviceIds(services: unknown[]): string[] {
  const seen = new Map<string, number>();
  return services.map((service) => {
    const category = String(field(service, 'category'));
    const count = (seen.get(category) ?? 0) + 1;
    seen.set(category, count);
    return count === 1 ? category : `${category}-${count}`;
  });
}

/** The one need domain an outcome can only be addressing, when the agreement assessed exactly one. */
function onlyNeed(changes: DocumentChanges): string | undefined {
  const needs = list(changes.get('/spec/assessedNeeds'));
  return needs.length === 1 ? String(field(needs[0], 'domain')) : undefined;
}

/**
 * PlacementAgreement nof/v1 → nof/v2: the weekly fee becomes the core weekly fee, each
 * additional service gets an id, and outcomes name the need they address when the agreement
 * has only one. A fee not stated per week, or a service funded `shared` (v2 needs each
 * funder's share), needs a person to decide.
 */
export const placementAgreementV1ToV2: Conversion = {
  kind: 'PlacementAgreement',
  from: 'nof/v1',
  to: 'nof/v2',
  convert(changes) {
    const per = changes.get(`${FEES}/weeklyFee/per`);
    if (per === 'week') changes.rename(`${FEES}/weeklyFee`, 'coreWeeklyFee');
    else {
      changes.decision(
        `${FEES}/weeklyFee/per`,
        `nof/v2 states the core fee per week, and this fee is per ${String(per)}. Restate it per week (say how in the agreement) before migrating.`,
      );
    }
    const services = list(changes.get(SERVICES));
    const ids = serviceIds(services);
    services.forEach((service, i) => {
      changes.add(child(SERVICES, i), 'id', ids[i], { first: true });
      if (field(service, 'funder') === 'shared') {
        changes.decision(
          child(SERVICES, i, 'funder'),
          'nof/v2 records who pays what share of a shared service (`fundingSplit`), which nof/v1 does not say. Name the single funder before migrating, or write the split by hand in nof/v2.',
        );
      }
    });
    const need = onlyNeed(changes);
    const needs = list(changes.get('/spec/assessedNeeds')).map((n) => String(field(n, 'domain')));
    list(changes.get('/spec/outcomes')).forEach((outcome, i) => {
      const at = child('/spec/outcomes', i);
      if (need !== undefined) changes.add(at, 'addresses', [need], { after: 'id' });
      else {
        const choice = needs.length ? ` (one or more of ${needs.map((n) => `\`${n}\``).join(', ')})` : '';
        changes.note(
          at,
          `Outcome \`${String(field(outcome, 'id'))}\` does not say which assessed needs it addresses: add \`addresses\`${choice}.`,
        );
      }
    });
  },
};

/** Refuses to drop a v2-only value that has no place in v1. */
function noPlaceInV1(changes: DocumentChanges, pointer: string, what: string): void {
  if (changes.get(pointer) !== undefined) {
    changes.decision(pointer, `nof/v1 has no place for ${what}: remove it by hand if it may be lost, or keep this agreement at nof/v2.`);
  }
}

/**
 * PlacementAgreement nof/v2 → nof/v1: the inverse of {@link placementAgreementV1ToV2}. It only
 * drops what the up-conversion would put back (generated service ids, the single need an
 * outcome addresses); anything else v1 cannot hold needs a decision.
 */
export const placementAgreementV2ToV1: Conversion = {
  kind: 'PlacementAgreement',
  from: 'nof/v2',
  to: 'nof/v1',
  convert(changes) {
    changes.rename(`${FEES}/coreWeeklyFee`, 'weeklyFee');
    noPlaceInV1(changes, '/spec/issuedOn', 'the date the IPA was issued');
    noPlaceInV1(changes, '/spec/callOff/procedure', 'the call-off procedure');
    noPlaceInV1(changes, '/spec/callOff/needIdentifiedOn', 'the date the need was identified');
    const services = list(changes.get(SERVICES));
    const ids = serviceIds(services);
    services.forEach((service, i) => {
      if (field(service, 'id') === ids[i]) changes.remove(child(SERVICES, i, 'id'));
      else noPlaceInV1(changes, child(SERVICES, i, 'id'), `a service id other than its category (\`${ids[i]}\`)`);
      noPlaceInV1(changes, child(SERVICES, i, 'fundingSplit'), "each funder's share of a service");
    });
    const need = onlyNeed(changes);
    list(changes.get('/spec/outcomes')).forEach((outcome, i) => {
      const addresses = field(outcome, 'addresses');
      const at = child('/spec/outcomes', i, 'addresses');
      if (addresses === undefined) return;
      const implied = need !== undefined && Array.isArray(addresses) && addresses.length === 1 && addresses[0] === need;
      if (implied) changes.remove(at);
      else noPlaceInV1(changes, at, 'the needs an outcome addresses');
    });
  },
};

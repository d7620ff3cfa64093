/*
 * Fictional providers for a sample region: fostering agencies, children's home operators,
 * residential special schools and supported accommodation, each with registered settings, and
 * the councils' own children's homes. Names are made of invented words, Ofsted URNs are in a
 * range (SC91xxxx and up) real registrations do not use, and no company or charity number is
 * given, so nothing can be mistaken for a real provider. Providers qualify onto the arrangements
 * with the lots and tiers those have.
 */
import { addDays } from '../dates/calendar.js';
import type { Random } from './random.js';
import { FIRST_START, type Authority, type Usable, type World } from './world.js';

export type ProviderKind = 'ifa' | 'homes' | 'school' | 'supported' | 'council';

/** The setting type each service places children in, and back. */
export const SETTING_OF: Record<string, string> = {
  fostering: 'independent-fostering-agency',
  'residential-child-care': 'childrens-home',
  'residential-special-school': 'residential-special-school',
  'sixteen-plus': 'supported-accommodation',
};

const SERVICE_OF: Record<ProviderKind, string> = {
  ifa: 'fostering',
  homes: 'residential-child-care',
  school: 'residential-special-school',
  supported: 'sixteen-plus',
  council: 'residential-child-care',
};

export interface Setting {
  id: string;
  name: string;
  urn: string;
  type: string;
  places: number;
  grade: 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';
  inspected: string;
  authority: string;
}

export interface Qualification {
  consortium: string;
  arrangement: string;
  lots: string[];
  tierRank?: number;
}

export interface Provider {
  id: string;
  name: string;
  kind: ProviderKind;
  service: string;
  region: string;
  /** For a council's own homes: the council. */
  council?: string;
  settings: Setting[];
  qualifications: Qualification[];
}

const FIRST = [
  'Brack',
  'Cinder',
  'Dapple',
  'Elder',
  'Fallow',
  'Gorse',
  'Harrow',
  'Ivel',
  'Kestle',
  'Larch',
  'Merrow',
  'Nettle',
  'Orrin',
  'Pell',
  'Quill',
  'Rushey',
  'Sedge',
  'Tarn',
  'Umber',
  'Vetch',
  'Wold',
  'Yarrow',
];
const SECOND = ['mere', 'stead', 'combe', 'wick', 'holt', 'ley', 'ford', 'brook', 'garth', 'lowe', 'cote', 'hithe'];
const KIND_WORDS: Record<ProviderKind, string> = {
  ifa: 'Fostering',
  homes: "Children's Homes",
  school: 'School',
  supported: 'Supported Living',
  council: "children's homes",
};

/** An invented place-like name, `Brackmere`, different for each number. */
function invented(n: number): string {
  const first = FIRST[n % FIRST.length]!;
  const second = SECOND[Math.floor(n / FIRST.length) % SECOND.length]!;
  const round = Math.floor(n / (FIRST.length * SECOND.length));
  return `${first}${second}${round ? ` ${['North', 'South', 'East', 'West', 'Vale', 'Moor'][(round - 1) % 6]}` : ''}`;
}

function grade(random: Random): Setting['grade'] {
  return random.weighted([
    ['outstanding', 15],
    ['good', 60],
    ['requires-improvement', 22],
    ['inadequate', 3],
  ]);
}

function settingsFor(
  kind: ProviderKind,
  base: string,
  authorities: Authority[],
  random: Random,
  asOf: string,
  urn: () => string,
): Setting[] {
  const count =
    kind === 'ifa' || kind === 'school'
      ? 1
      : kind === 'council'
        ? random.int(1, 4)
        : Math.min(15, Math.max(1, Math.round(random.logNormal(2, 0.8))));
  return Array.from({ length: count }, (_, i) => {
    const places =
      kind === 'ifa'
        ? Math.round(Math.min(600, Math.max(5, random.logNormal(60, 0.8))))
        : kind === 'school'
          ? random.int(10, 60)
          : kind === 'supported'
            ? random.int(3, 12)
            : random.int(1, 6);
    return {
      id: count === 1 ? 'main' : `home-${i + 1}`,
      name: count === 1 && kind !== 'council' ? base : `${base} ${kind === 'supported' ? 'Flats' : 'House'} ${i + 1}`,
      urn: urn(),
      type: SETTING_OF[SERVICE_OF[kind]]!,
      places,
      grade: kind === 'council' ? 'good' : grade(random),
      inspected: addDays(asOf, -random.int(30, 700)),
      authority: random.pick(authorities).code,
    };
  });
}

/** Providers in proportion to the placements to be made (30 to 700), then the councils' own homes. */
export function makeProviders(world: World, agreements: number, random: Random): Provider[] {
  let next = 910000;
  const urn = () => `SC${next++}`;
  const count = Math.min(700, Math.max(30, Math.round(agreements / 120)));
  const regions = [...new Set(world.authorities.map((a) => a.region))].sort();
  const providers: Provider[] = [];
  for (let n = 0; n < count; n++) {
    const kind = random.weighted<ProviderKind>([
      ['ifa', 40],
      ['homes', 45],
      ['school', 7],
      ['supported', 8],
    ]);
    const region = random.pick(regions);
    const name = `${invented(n)} ${KIND_WORDS[kind]}`;
    // Settings are in areas whose code is valid for every placement the sample makes.
    const inRegion = world.authorities.filter((a) => a.region === region && a.from === FIRST_START);
    providers.push({
      id: `sample-${kind}-${String(n + 1).padStart(3, '0')}`,
      name,
      kind,
      service: SERVICE_OF[kind],
      region,
      settings: settingsFor(kind, invented(n), inRegion, random, world.asOf, urn),
      qualifications: [],
    });
  }
  for (const council of world.authorities) {
    providers.push({
      id: `council-${council.code.toLowerCase()}-homes`,
      name: `${council.name} children's homes`,
      kind: 'council',
      service: 'residential-child-care',
      region: council.region,
      council: council.code,
      settings: settingsFor('council', council.name, [council], random, world.asOf, urn),
      qualifications: [],
    });
  }
  qualify(world.usable, providers, random);
  return providers;
}

/** The tier ranks every one of the lots has for every authority (tiers per authority are left out). */
function commonRanks(usable: Usable, lots: string[]): number[] {
  const tiersOf = (lot?: string) => {
    const tiers = lot === undefined ? usable.arrangement.tiers : usable.arrangement.lots?.find((l) => l.id === lot)?.tiers;
    return (tiers ?? []).filter((t) => t.forAuthority === undefined && t.service === undefined).map((t) => t.rank);
  };
  const lists = lots.length ? lots.map(tiersOf) : [tiersOf(undefined)];
  return lists[0]!.filter((rank) => lists.every((l) => l.includes(rank)));
}

/**
 * Puts providers on each usable arrangement: as many as it says it has (else 8 to 25, fewer in a
 * small sample), those based in its members' regions first, each on the lots of its service and
 * on one tier, the higher tiers holding fewer.
 */
function qualify(usable: readonly Usable[], providers: Provider[], random: Random): void {
  const independent = providers.filter((p) => p.kind !== 'council' && p.settings.some((s) => s.grade !== 'inadequate'));
  const scale = Math.min(1, independent.length / 300);
  for (const u of usable) {
    const regions = new Set<string>(u.consortium.value.spec.regions ?? []);
    const eligible = independent.filter((p) => u.services.includes(p.service));
    const wanted = Math.max(2, Math.round((u.arrangement.providerCount ?? random.int(8, 25)) * Math.max(scale, 0.25)));
    const near = eligible.filter((p) => regions.has(p.region));
    const far = eligible.filter((p) => !regions.has(p.region));
    const chosen = [...random.sample(near, Math.ceil(wanted * 0.75)), ...random.sample(far, wanted)].slice(0, wanted);
    const seeded = new Map<string, number>();
    for (const provider of chosen) {
      const lots = [...new Set(u.lots.filter((l) => l.lot && l.service === provider.service).map((l) => l.lot!.id))];
      // The first providers of each service go on every lot, one on each tier in turn, so that every tier has someone.
      const first = seeded.get(provider.service) ?? 0;
      seeded.set(provider.service, first + 1);
      const all = commonRanks(u, lots);
      const mine =
        first < all.length ? lots.sort() : [...new Set(lots.length > 1 ? random.sample(lots, random.int(1, lots.length)) : lots)].sort();
      const ranks = commonRanks(u, mine);
      const tierRank =
        first < all.length
          ? all[first]
          : ranks.length
            ? random.weighted(ranks.map((r) => [r, r === 1 ? 25 : r === 2 ? 35 : 40] as const))
            : undefined;
      provider.qualifications.push({
        consortium: u.consortium.id,
        arrangement: u.arrangement.id,
        lots: mine,
        ...(tierRank !== undefined ? { tierRank } : {}),
      });
    }
  }
  // A provider on an arrangement is never graded Inadequate in the sample (that would stop its placements).
  for (const provider of providers) {
    if (provider.qualifications.length) for (const s of provider.settings) if (s.grade === 'inadequate') s.grade = 'requires-improvement';
  }
}

/** The provider's profile document. */
export function profileDocument(provider: Provider, asOf: string): Record<string, unknown> {
  const expires = addDays(asOf, 120 + ((provider.settings.length * 17) % 180));
  return {
    apiVersion: 'nof/v1',
    kind: 'ProviderProfile',
    metadata: {
      id: provider.id,
      name: provider.name,
      description: provider.council
        ? "A council's own children's homes, in a sample region written by nof sample."
        : 'A fictional provider in a sample region written by nof sample.',
      sharing: 'public',
      labels: ['fictional', 'sample'],
    },
    spec: {
      organisation: provider.council
        ? { legalName: provider.name.replace(" children's homes", ' Council'), type: 'local-authority', authority: provider.council }
        : {
            legalName: `${provider.name} Ltd`,
            type:
              provider.kind === 'ifa'
                ? 'independent-fostering-agency'
                : provider.kind === 'school'
                  ? 'residential-special-school'
                  : 'childrens-home-operator',
          },
      settings: provider.settings.map((s) => ({
        id: s.id,
        name: s.name,
        ofstedUrn: s.urn,
        type: s.type,
        registeredPlaces: s.places,
        latestGrade: s.grade,
        inspectionDate: s.inspected,
        localAuthority: s.authority,
      })),
      insurance: [
        { type: 'public-liability', cover: 10000000, expires },
        { type: 'employers-liability', cover: 10000000, expires },
      ],
      ...(provider.qualifications.length
        ? {
            arrangements: provider.qualifications.map((q) => ({
              consortium: q.consortium,
              arrangement: q.arrangement,
              ...(q.lots.length ? { lots: q.lots } : {}),
              ...(q.tierRank !== undefined ? { tierRank: q.tierRank } : {}),
            })),
          }
        : {}),
    },
  };
}

/*
 * `nof sample`: a reproducible fictional region to try NOF on, and to test and benchmark it at
 * scale. The consortia, needs framework, national contracts and example providers are copied
 * from the examples; around them it writes fictional providers qualified onto the arrangements,
 * each authority's placement requests, agreements and outcome trackers, and the consortia's
 * monitoring visits. The same seed and sizes give the same files, byte for byte. The files come
 * out one at a time, so a whole country's volume never has to be held in memory.
 */
import { Codelists } from '../codelists/codelists.js';
import { parseConfig } from '../config/config.js';
import { typed } from '../model/documents.js';
import { parseText } from '../parse/parse-text.js';
import { PlacementMaker } from './placements.js';
import { makeProviders, profileDocument } from './providers.js';
import { Random } from './random.js';
import { makeVisits } from './visits.js';
import { buildWorld } from './world.js';
import { toYaml } from './yaml-emit.js';

export interface SampleOptions {
  seed: number;
  /** How many placement agreements to write (their trackers and requests come with them). */
  agreements: number;
}

/** Documents per file, as an authority might keep a batch of placements. */
const PER_FILE = 50;

/** The date the examples judge by when their nof.config.yaml does not say. */
const DEFAULT_AS_OF = '2015-06-01';

/** The documents as one YAML file with a line saying where it came from. */
function file(documents: ReadonlyArray<Record<string, unknown>>, seed: number): string {
  return `# Written by nof sample (seed ${seed}): fictional, no real child or provider.\n${documents.map((d) => toYaml(d as Parameters<typeof toYaml>[0])).join('---\n')}`;
}

function* batches(
  folder: string,
  name: string,
  documents: ReadonlyArray<Record<string, unknown>>,
  seed: number,
): Generator<[string, string]> {
  for (let i = 0; i < documents.length; i += PER_FILE) {
    yield [`${folder}/${name}-${String(i / PER_FILE + 1).padStart(4, '0')}.yaml`, file(documents.slice(i, i + PER_FILE), seed)];
  }
}

/** How many of `total` each weight gets, in proportion, the remainder to the largest fractions. */
function shares(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) counts[order[k]![1]]!++;
  return counts;
}

/**
 * The sample's files, path (relative, `/`-separated) and text, in a fixed order: the copied
 * example files (`source`, path → text: nof.config.yaml, consortia/, frameworks/,
 * national-contracts/, providers/, profiles/), then providers/sample/, authorities/<code>/ and
 * monitoring/<consortium>/.
 */
export function* sampleFiles(
  source: ReadonlyMap<string, string>,
  options: SampleOptions,
  codelists: Codelists = new Codelists(),
): Generator<[string, string]> {
  const { seed } = options;
  const paths = [...source.keys()].sort();
  for (const path of paths) yield [path, source.get(path)!];

  const config = source.get('nof.config.yaml');
  const asOf = (config === undefined ? undefined : parseConfig(config, 'nof.config.yaml', codelists).config.settings.asOf) ?? DEFAULT_AS_OF;
  const documents = paths
    .filter((p) => p.endsWith('.yaml') && p !== 'nof.config.yaml')
    .flatMap((p) => parseText(source.get(p)!, p).documents);
  const consortia = documents.flatMap((d) => typed(d, 'Consortium') ?? []);
  const framework = documents.flatMap((d) => typed(d, 'NeedsOutcomesFramework') ?? [])[0];
  if (!framework) throw new Error('the sample needs a NeedsOutcomesFramework among the files it copies');
  const world = buildWorld(consortia, framework, asOf, codelists);
  const random = new Random(seed);

  const providers = makeProviders(world, options.agreements, random);
  for (const provider of providers) yield [`providers/sample/${provider.id}.yaml`, file([profileDocument(provider, asOf)], seed)];

  const maker = new PlacementMaker(world, providers, random);
  const counts = shares(
    world.authorities.map(() => random.logNormal(1, 0.7)),
    options.agreements,
  );
  for (const [i, authority] of world.authorities.entries()) {
    if (counts[i] === 0) continue;
    const ref = codelists.entry('local-authorities', authority.code)?.attributes?.dfe ?? authority.code;
    const made = maker.make(authority, counts[i]!, ref);
    const folder = `authorities/${authority.code}`;
    yield* batches(folder, 'requests', made.requests, seed);
    yield* batches(folder, 'agreements', made.agreements, seed);
    yield* batches(folder, 'trackers', made.trackers, seed);
  }

  const visits = makeVisits(world, providers, random);
  const byConsortium = new Map<string, Array<Record<string, unknown>>>();
  for (const { consortium, visit } of visits) {
    const list = byConsortium.get(consortium);
    if (list) list.push(visit);
    else byConsortium.set(consortium, [visit]);
  }
  for (const [consortium, list] of byConsortium) yield* batches(`monitoring/${consortium}`, 'visits', list, seed);
}

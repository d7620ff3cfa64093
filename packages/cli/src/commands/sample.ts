import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleFiles } from '@nof/sdk/node';
import { commandArgs } from '../args.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { Command } from '../main.js';
import { writeFileAtomically } from '../write-file.js';

/**
 * The examples of the NOF repository this CLI runs from, found upwards from this module (which
 * sits at another depth in the bundled command than in tsc's output); none in an installed package.
 */
function repositoryExamples(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'examples', 'consortia'))) return join(dir, 'examples');
    if (dirname(dir) === dir) throw new UsageError('no NOF examples beside this installation: give --examples');
  }
}

/** The example folders a sample copies: what its placements and monitoring are written around. */
const COPIED = ['consortia', 'frameworks', 'national-contracts', 'providers', 'profiles'];

const HELP = `Usage: nof sample <folder> [options]

Writes a fictional region to try NOF on, test and benchmark it: the consortia, needs framework,
national contracts and providers of the examples (with their nof.config.yaml and its as-of
date), fictional providers qualified onto the arrangements (lots and tiers), and for every local
authority its placement requests, Individual Placement Agreements and outcome trackers, then the
consortia's monitoring visits. Distributions follow the 2015 review's picture (most placements
called off tier by tier, a quarter bought spot, emergencies, late IPAs, visits missed and
repeated). The same seed and sizes write the same files, byte for byte; every document validates
without errors. No real child or provider: names are invented and say they are samples.

Options:
  --seed <n>            the seed of the pseudo-random choices (default 1)
  --agreements <n>      how many placement agreements to write (default 1000; England has about
                        83,000 children in care)
  --examples <folder>   where the examples are (default: the NOF repository's examples/)
  -h, --help            show this help
`;

function wholeNumber(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`--${name} takes a whole number up to ${max.toLocaleString('en-GB')}, not '${value}'`);
  return Number(value);
}

/** The example files a sample copies, by path relative to the examples folder (`/`-separated). */
export function readExamples(dir: string): Map<string, string> {
  if (!existsSync(join(dir, 'consortia')))
    throw new UsageError(`no examples in '${dir}' (a folder with consortia/ and frameworks/): give --examples`);
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(entry.name)) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  for (const folder of COPIED) if (existsSync(join(dir, folder))) walk(join(dir, folder));
  if (existsSync(join(dir, 'nof.config.yaml'))) files.set('nof.config.yaml', readFileSync(join(dir, 'nof.config.yaml'), 'utf8'));
  return files;
}

/** `nof sample`: a reproducible fictional region. */
export const sampleCommand: Command = {
  summary: 'write a reproducible fictional region (providers, placements, trackers, requests, monitoring)',
  run(args: string[], io: Io): number {
    const parsed = commandArgs(args, { seed: { type: 'string' }, agreements: { type: 'string' }, examples: { type: 'string' } }, HELP, io);
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('give the folder to write the sample into');
    const seed = wholeNumber(values.seed, 'seed', 1, 2 ** 32 - 1);
    const agreements = wholeNumber(values.agreements, 'agreements', 1000, 1_000_000);
    const out = resolve(io.cwd, positionals[0]!);
    if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0)) {
      throw new UsageError(`'${positionals[0]}' exists and is not an empty folder: the sample is written into a new one`);
    }
    const source = readExamples(values.examples === undefined ? repositoryExamples() : resolve(io.cwd, values.examples));
    let files = 0;
    for (const [path, text] of sampleFiles(source, { seed, agreements })) {
      writeFileAtomically(join(out, ...path.split('/')), text);
      files++;
    }
    io.err(
      `Wrote ${files.toLocaleString('en-GB')} files into ${positionals[0]} (seed ${seed}, ${agreements.toLocaleString('en-GB')} agreements).\n`,
    );
    return EXIT.ok;
  },
};

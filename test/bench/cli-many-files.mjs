/**
 * Benchmark (issue 19): `nof validate` of a folder of FILES placement agreement files (one
 * agreement each, 10,000 by default) beside the examples' consortia, framework, contracts and
 * providers, on every core, against one serial `yaml` + ajv loop over the same files in a fresh
 * process (yaml-ajv-baseline.mjs). Medians of RUNS runs taken in turns.
 * Target on 2 cores: NOF / baseline <= 0.625 (1.6 times faster), with every rule run.
 */
import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEngland } from './cli-england-workspace.mjs';
import { compareProcesses, load } from './measure.mjs';

const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const baseline = fileURLToPath(new URL('./yaml-ajv-baseline.mjs', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 5);
const FILES = Number(process.env.FILES ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), 'nof-many-files-'));
try {
  const size = writeEngland(dir, { agreements: FILES, perFile: 1, trackers: false });
  const loadBefore = load();
  const t = compareProcesses({ baseline: [baseline, dir], nof: [bin, 'validate', dir, '--format', 'json'] }, RUNS);
  const ratio = t.nof.wall / t.baseline.wall;
  console.log(
    `nof validate, ${size.files} files (${FILES} agreements, one a file) and ${size.documents} documents, ${availableParallelism()} cores, medians of ${RUNS} runs`,
  );
  console.log(`  serial yaml + ajv loop: ${(t.baseline.wall / 1000).toFixed(2)} s (CPU ${(t.baseline.cpu / 1000).toFixed(2)} s)`);
  console.log(`  nof validate:           ${(t.nof.wall / 1000).toFixed(2)} s (CPU ${(t.nof.cpu / 1000).toFixed(2)} s)`);
  console.log(`  ratio ${ratio.toFixed(2)} by time (target <= 0.625 on 2 cores); load average ${loadBefore} to ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Benchmark (issue 19): `nof validate` of one 10,000-line file holding the whole examples
 * workspace (every example document, then copies of the agreements and their trackers), in a
 * fresh process, against a fresh process that parses the same file with `yaml` and validates each
 * document with ajv + ajv-formats (yaml-ajv-baseline.mjs): schema checks without positions,
 * messages or rules. Medians of RUNS runs taken in turns. Target: NOF / baseline <= 1.0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOneFile } from './cli-england-workspace.mjs';
import { compareProcesses, load } from './measure.mjs';

const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const baseline = fileURLToPath(new URL('./yaml-ajv-baseline.mjs', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 11);

const dir = mkdtempSync(join(tmpdir(), 'nof-one-file-'));
try {
  const file = writeOneFile(dir, 10_000);
  const loadBefore = load();
  const t = compareProcesses({ baseline: [baseline, file.path], nof: [bin, 'validate', file.path] }, RUNS, { nof: { cwd: dir } });
  const ratio = t.nof.wall / t.baseline.wall;
  console.log(`nof validate, one file of ${file.lines} lines and ${file.documents} documents, fresh processes, medians of ${RUNS} runs`);
  console.log(`  yaml + ajv + ajv-formats: ${t.baseline.wall.toFixed(0)} ms (CPU ${t.baseline.cpu.toFixed(0)} ms)`);
  console.log(`  nof validate:             ${t.nof.wall.toFixed(0)} ms (CPU ${t.nof.cpu.toFixed(0)} ms)`);
  console.log(
    `  ratio ${ratio.toFixed(2)} by time, ${(t.nof.cpu / t.baseline.cpu).toFixed(2)} by CPU (target <= 1.0); load average ${loadBefore} to ${load()}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

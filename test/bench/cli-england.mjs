/**
 * Benchmark: `nof validate --format json` on a workspace the size of England's placements
 * (about 83,000 placement agreements and their outcome trackers, with the examples' consortia,
 * framework, national contracts and providers), generated into a temporary folder. Prints files,
 * documents, wall time and peak RSS (of the whole process, worker threads included).
 * AGREEMENTS=n and PER_FILE=n change the size; KEEP=1 keeps the folder.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEngland } from './cli-england-workspace.mjs';

const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const agreements = Number(process.env.AGREEMENTS ?? 83_000);
const perFile = Number(process.env.PER_FILE ?? 50);

const dir = mkdtempSync(join(tmpdir(), 'nof-england-'));
try {
  const size = writeEngland(dir, { agreements, perFile });
  const outFile = join(dir, 'report.json');
  const out = openSync(outFile, 'w');
  const start = performance.now();
  // GNU time reports the peak resident set size in KiB (%M) and CPU seconds (%U user, %S system) on stderr.
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kib %M cpu %U %S', process.execPath, bin, 'validate', dir, '--format', 'json'], {
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(out);
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  const [, rss, user, system] = (/peak-rss-kib (\d+) cpu ([\d.]+) ([\d.]+)/.exec(run.stderr) ?? []).map(Number);
  const codes = {};
  for (const r of report.results) for (const d of r.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  console.log(`files written: ${size.files}, documents: ${size.documents}`);
  console.log(
    `nof validate: exit ${run.status}, ${report.results.length} files, ${report.summary.documents} documents, ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
  );
  // CPU time says what the run costs whatever else the machine is doing; wall time depends on it.
  console.log(`wall time: ${seconds.toFixed(1)} s, CPU: ${(user + system).toFixed(1)} s, peak RSS: ${Math.round(rss / 1024)} MiB`);
  if (Object.keys(codes).length) console.log('findings by code:', codes);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}

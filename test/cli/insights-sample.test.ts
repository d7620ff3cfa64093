import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nof } from './nof.js';

const scratch = mkdtempSync(join(tmpdir(), 'nof-insights-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with its SHA-256, by relative path. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('nof sample', () => {
  const region = join(scratch, 'region');
  const run = nof(['sample', region, '--seed', '42', '--agreements', '120']);
  // (test/insights/sample.test.ts checks in-process that a sample validates with no errors.)

  it('writes a region, and the same files byte for byte for the same seed', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Wrote [\d,]+ files into .* \(seed 42, 120 agreements\)\.\n$/);
    const again = join(scratch, 'again');
    expect(nof(['sample', again, '--seed', '42', '--agreements', '120']).code).toBe(0);
    const first = hashes(region);
    expect(Object.keys(first).length).toBeGreaterThan(300);
    expect(hashes(again)).toEqual(first);
  });

  it('refuses a folder that is not empty, and sizes that are not whole numbers', () => {
    const taken = nof(['sample', region]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('exists and is not an empty folder');
    expect(nof(['sample', join(scratch, 'x'), '--agreements', 'many']).stderr).toContain('--agreements takes a whole number');
  });
});

describe('nof insights', () => {
  const region = join(scratch, 'region');

  it('writes JSON with the six sections, judged as of the workspace date', () => {
    const run = nof(['insights', region, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual([
      '$schema',
      'about',
      'valueForMoney',
      'outcomes',
      'compliance',
      'sufficiency',
      'monitoring',
      'directory',
    ]);
    expect(json.about).toMatchObject({ asOf: '2015-06-01', suppressBelow: 5, leftOut: 0 });
  });

  it('writes a self-contained HTML page to --out, with charts as SVG and a print stylesheet', () => {
    const out = join(scratch, 'insights.html');
    expect(nof(['insights', region, '--format', 'html', '--out', out, '--as-of', '2015-05-01']).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('@media print');
    expect(html).toContain('As of</dt><dd>2015-05-01');
    expect(html.replace(/http:\/\/www\.w3\.org\/[0-9]{4}\/(svg|xlink)/g, '')).not.toMatch(/https?:|<script|<link|<img|<iframe/);
  });

  it('reads only documents without errors, and says how many it left out', () => {
    const broken = join(scratch, 'broken');
    mkdirSync(broken);
    writeFileSync(
      join(broken, 'a.yaml'),
      'apiVersion: nof/v1\nkind: PlacementRequest\nmetadata: { id: req-1, name: r }\nspec: { requestDate: soon }\n',
    );
    const run = nof(['insights', broken, '--format', 'json', '--as-of', '2015-06-01']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).about.leftOut).toBe(1);
    expect(run.stderr).toContain('1 document left out of the insights because it could not be checked');
  });

  it('refuses an unknown format', () => {
    const run = nof(['insights', region, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown format 'pdf' (choose md, html, json, csv)");
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');

function nof(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A copy of the examples to convert, so the repository's files are never touched.
const tree = mkdtempSync(join(tmpdir(), 'nof-migrate-'));
cpSync(join(root, 'examples'), tree, { recursive: true });
afterAll(() => rmSync(tree, { recursive: true, force: true }));
const read = (file: string) => readFileSync(join(tree, file), 'utf8');
const agreement = 'agreements/ipa-skp-2014-0311.yaml';

describe('nof migrate', () => {
  it('prints a unified diff and writes nothing by default', () => {
    const before = read(agreement);
    const run = nof(['migrate', agreement, '--to', 'nof/v2'], tree);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`--- a/${agreement}\n+++ b/${agreement}\n`);
    expect(run.stdout).toContain('\n-apiVersion: nof/v1\n+apiVersion: nof/v2\n');
    expect(run.stdout).toContain('\n-    weeklyFee: { amount: 3150, per: week }\n+    coreWeeklyFee: { amount: 3150, per: week }\n');
    expect(run.stderr).toContain('1 of 1 file(s) would change; run with --write');
    expect(read(agreement)).toBe(before);
  });

  it('with --write converts in place, leaves no temporary file, and the mixed workspace still validates', () => {
    const run = nof(['migrate', agreement, 'trackers/tracker-skp-2014-0311.yaml', '--to', 'nof/v2', '--write'], tree);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('2 of 2 file(s) converted to nof/v2.');
    expect(read(agreement)).toMatch(/^apiVersion: nof\/v2$/m);
    expect(readdirSync(join(tree, 'agreements')).filter((f) => f.includes('tmp'))).toEqual([]);
    // v1 and v2 side by side: schemas by each document's own apiVersion; references resolve across versions.
    const check = nof(['validate', '.', '--format', 'text'], tree);
    expect(check.stdout).not.toContain(' error ');
    expect(check.code).toBe(0);
    const back = nof(['migrate', agreement, '--to', 'nof/v1', '--write'], tree);
    expect(back.code).toBe(0);
    expect(read(agreement)).toBe(readFileSync(join(root, 'examples', agreement), 'utf8'));
  });

  it('stops with a located diagnostic and writes nothing when a decision is needed', () => {
    const file = 'agreements/ipa-lan-2014-0052.yaml';
    const monthly = read(file).replace('weeklyFee: { amount: 3400, per: week }', 'weeklyFee: { amount: 14733, per: month }');
    writeFileSync(join(tree, file), monthly);
    const run = nof(['migrate', file, 'agreements/ipa-bfd-2014-0117.yaml', '--to', 'nof/v2', '--write'], tree);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^${file}:\\d+:\\d+ error nof/v2 states the core fee per week, and this fee is per month\\.`, 'm'),
    );
    expect(run.stderr).toContain('no file was written');
    expect(read(file)).toBe(monthly);
    expect(read('agreements/ipa-bfd-2014-0117.yaml')).toMatch(/^apiVersion: nof\/v1$/m);
  });

  it('rejects a missing or unknown --to as a usage error', () => {
    expect(nof(['migrate', agreement], tree)).toMatchObject({ code: 2, stderr: expect.stringContaining('--to is required') });
    expect(nof(['migrate', agreement, '--to', 'nof/v9'], tree)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown API version 'nof/v9'"),
    });
  });
});

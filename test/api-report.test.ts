/**
 * Issue 15: the public API is reviewed. Each entry point's API Extractor report
 * (packages/<pkg>/etc/<name>.api.md) must match the build: a change to what a package exports,
 * or to a signature, fails here until `pnpm api:update` writes the report again and the change is
 * committed with it, where review sees it.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiReports } from '../scripts/api-report.mjs';
import { root } from './language-server/harness.js';

const doctored = mkdtempSync(join(tmpdir(), 'nof-api-report-'));
afterAll(() => rmSync(doctored, { recursive: true, force: true }));

describe('the API reports', () => {
  it('match the public API of every entry point', () => {
    expect(apiReports({ update: false })).toEqual([]);
  }, 180_000);

  it('catch an export the report does not have', () => {
    const report = 'sdk-migrate.api.md';
    copyFileSync(join(root, 'packages/sdk/etc', report), join(doctored, report));
    // As if unifiedDiff had been exported without the report being written again: the report lacks it.
    const text = readFileSync(join(doctored, report), 'utf8').replace(/\n\/\/ @public\nexport function unifiedDiff[^\n]*\n/, '\n');
    expect(text).not.toContain('unifiedDiff(');
    writeFileSync(join(doctored, report), text);
    expect(apiReports({ update: false, only: ['sdk-migrate'], reportsIn: doctored })).toEqual(['@nof/sdk/migrate']);
  }, 60_000);
});

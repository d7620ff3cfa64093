import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateWorkspace } from '../../packages/sdk/src/index.js';
import { loadWorkspace } from '../../packages/sdk/src/node/index.js';
import { sampleWorkspace } from './sample-workspace.js';

const digest = (files: Array<[string, string]>) => createHash('sha256').update(JSON.stringify(files)).digest('hex');

describe('sampleFiles', () => {
  const sample = sampleWorkspace(11, 150);

  it('writes the same files for the same seed and size, and others for another seed', () => {
    expect(digest(sampleWorkspace(11, 150).files)).toBe(digest(sample.files));
    expect(digest(sampleWorkspace(12, 150).files)).not.toBe(digest(sample.files));
  });

  it('writes each kind of document, with as many agreements as asked', () => {
    const count = (kind: string) => sample.documents.filter((d) => d.kind === kind && d.value !== null).length;
    const sampled = sample.documents.filter(
      (d) => d.kind === 'PlacementAgreement' && /^ipa-/.test(d.id ?? '') && d.uri.startsWith('authorities/'),
    );
    expect(sampled).toHaveLength(150);
    expect(count('OutcomeTracker')).toBeGreaterThan(100);
    expect(count('PlacementRequest')).toBeGreaterThan(150);
    expect(count('MonitoringVisit')).toBeGreaterThan(10);
    expect(count('ProviderProfile')).toBeGreaterThan(150);
    expect(new Set(sampled.map((d) => d.apiVersion))).toEqual(new Set(['nof/v1', 'nof/v2']));
  });

  it('validates with no errors, written to disk: every schema and every rule, under its nof.config.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nof-sample-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    for (const [path, text] of sample.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const errors = validateWorkspace(await loadWorkspace(dir)).flatMap((r) =>
      r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${r.uri}:${d.range.start.line + 1} ${d.code} ${d.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('names no real provider: invented names, Ofsted URNs in a range real settings do not use, no company numbers', () => {
    const providers = sample.files.filter(([path]) => path.startsWith('providers/sample/')).map(([, text]) => text);
    for (const text of providers) {
      expect(text).toContain('fictional');
      expect(text).not.toMatch(/companiesHouseNumber|charityNumber/);
      for (const urn of text.match(/ofstedUrn: (\S+)/g) ?? []) expect(urn).toMatch(/SC9[1-9]\d{4}$/);
    }
  });
});

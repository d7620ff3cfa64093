import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nof } from './nof.js';

const KINDS = [
  'consortium',
  'national-contract',
  'needs-outcomes-framework',
  'placement-agreement',
  'outcome-tracker',
  'provider-profile',
  'placement-request',
  'monitoring-visit',
];
const scratch = mkdtempSync(join(tmpdir(), 'nof-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('nof rules', () => {
  it('lists every rule as JSON {id, severity, description}', () => {
    const run = nof(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as Array<{ id: string; severity: string; description: string }>;
    expect(rules.map((r) => r.id)).toContain('consortium/lead-is-member');
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(['id', 'severity', 'description']);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
    const text = nof(['rules']).stdout.split('\n').filter(Boolean);
    expect(text).toHaveLength(rules.length);
  });

  it("prints one rule's docs, and suggests the nearest id for a typo", () => {
    const docs = nof(['rules', 'consortium/lead-is-member']);
    expect(docs.code).toBe(0);
    expect(docs.stdout).toMatch(/^consortium\/lead-is-member \(error; Consortium; nof\/v1\)\n/);
    expect(docs.stdout).toContain('**Fix**');
    const typo = nof(['rules', 'consortium/lead-is-membr']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'consortium/lead-is-member'?");
    expect(typo.stderr.split('\n')).toHaveLength(2);
  });
});

describe('nof new', () => {
  it.each(KINDS)('writes a %s that validates, with a modeline and comments', (kind) => {
    const run = nof(['new', kind, '--id', `new-${kind}`], scratch);
    expect(run.code).toBe(0);
    const text = readFileSync(join(scratch, `new-${kind}.yaml`), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(existsSync(join(scratch, modeline![1]!))).toBe(true);
    expect(modeline![1]).not.toMatch(/^\//);
    expect(text.match(/^\s*# /gm)!.length).toBeGreaterThan(2);
    const check = nof(['validate', `new-${kind}.yaml`, '--format', 'json', '--as-of', '2015-06-01'], scratch);
    const problems = JSON.parse(check.stdout).results[0].diagnostics.map(
      (d: { code: string; message: string }) => `${d.code}: ${d.message}`,
    );
    // References to other documents and authority codes are placeholders the user fills in: each is
    // reported (none passes for a real authority or provider), and nothing else may be wrong.
    expect(
      problems.filter((p: string) => !p.startsWith('reference/unresolved') && !/^codelist\/unknown-code: "E06000000"/.test(p)),
    ).toEqual([]);
    const placeholders = (text.match(/E06000000|provider-id|agreement-id/g) ?? []).length;
    expect(problems).toHaveLength(placeholders);
  });

  it('lists every allowed value of a choice in its comment', () => {
    nof(['new', 'consortium', '--id', 'values'], scratch);
    const text = readFileSync(join(scratch, 'values.yaml'), 'utf8');
    expect(text).toContain('# overarching-regional, regional, sub-regional, partnership or contracting-partnership.');
    expect(text).toContain('approved-provider-list, rolling-select-list, block-contract or cost-and-volume-contract.');
    nof(['new', 'placement-agreement', '--id', 'route'], scratch);
    expect(readFileSync(join(scratch, 'route.yaml'), 'utf8')).toContain(
      'framework-call-off, dps-call-off, approved-list, block, cost-and-volume or spot.',
    );
  });

  it('points the modeline at the schemas of the workspace the file is written in', () => {
    const workspace = join(scratch, 'ws');
    mkdirSync(join(workspace, 'node_modules/@nof/schemas/data/v1'), { recursive: true });
    writeFileSync(join(workspace, 'node_modules/@nof/schemas/data/v1/consortium.schema.json'), '{}');
    mkdirSync(join(workspace, 'consortia'));
    expect(nof(['new', 'consortium', '--id', 'here', '--out', 'ws/consortia/here.yaml'], scratch).code).toBe(0);
    expect(readFileSync(join(workspace, 'consortia/here.yaml'), 'utf8').split('\n', 1)[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/@nof/schemas/data/v1/consortium.schema.json',
    );
  });

  it('refuses to overwrite, in one line, exit 2', () => {
    nof(['new', 'consortium', '--id', 'twice'], scratch);
    const again = nof(['new', 'consortium', '--id', 'twice'], scratch);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("nof: 'twice.yaml' already exists; not overwriting it. Run `nof --help` for usage.\n");
  });

  it('writes to --out and rejects unknown kinds and bad ids', () => {
    expect(nof(['new', 'provider-profile', '--id', 'p', '--out', 'elsewhere.yaml'], scratch).code).toBe(0);
    expect(readFileSync(join(scratch, 'elsewhere.yaml'), 'utf8')).toContain('kind: ProviderProfile');
    expect(nof(['new', 'consortum', '--id', 'x'], scratch).stderr).toContain("did you mean 'consortium'?");
    expect(nof(['new', 'consortium', '--id', 'Not An Id'], scratch).code).toBe(2);
  });
});

describe('nof report', () => {
  const file = 'examples/consortia/white-rose-fostering.yaml';

  it('lists members by name, the term and every variation with its national clause and rationale', () => {
    const run = nof(['report', file, '--as-of', '2015-06-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# White Rose Independent Fostering Framework\n/);
    expect(run.stdout).toContain('- Leeds (E08000035) — lead');
    expect(run.stdout).toContain('- Kingston upon Hull, City of (E06000010)');
    const row = run.stdout.split('\n').find((l) => l.startsWith('| Fee review'))!;
    expect(row).toContain('Framework prices are held rather than reviewed and uplifted during the term.');
    expect(row).toContain('The review: "Prices have been held on the framework"');
    expect(row).toContain('When and how fees may be reviewed and uplifted');
    expect(run.stdout).toMatch(/\| Lot 1: Standard fostering placement \| .*Pennine Hearth Fostering/);
  });

  it('counts days remaining to the end of the term', () => {
    const run = nof(['report', 'examples/consortia/east-midlands-regional.yaml', '--as-of', '2015-06-01']);
    expect(run.stdout).toContain('- **End**: 2015-12-31');
    expect(run.stdout).toContain('- **Days remaining**: 213 days');
  });

  it('writes one self-contained, escaped HTML file with a print stylesheet', () => {
    const out = join(scratch, 'report.html');
    expect(nof(['report', file, '--format', 'html', '--out', out, '--as-of', '2015-06-01']).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).toContain('The review: &quot;Prices have been held on the framework&quot;');
  });

  it('judges by the workspace asOf by default and by --as-of when given, statuses and codes included', () => {
    expect(nof(['report', 'examples/consortia/east-midlands-regional.yaml']).stdout).toContain('- **Days remaining**: 213 days');
    const later = join(scratch, 'later.yaml');
    writeFileSync(later, readFileSync('examples/consortia/east-midlands-regional.yaml', 'utf8'));
    // Judged in 2025, the 2015 snapshot names an abolished authority (Northamptonshire): an error.
    const run = nof(['report', later, '--workspace', 'examples', '--as-of', '2025-04-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Northamptonshire (E10000021) was abolished on 2021-04-01');
    expect(run.stderr).toContain('--as-of');
  });

  it('reports a file outside the --workspace folder, with the documents of that folder', () => {
    const outside = join(scratch, 'white-rose-draft.yaml');
    writeFileSync(outside, readFileSync(file, 'utf8').replace('id: white-rose-fostering', 'id: white-rose-fostering-draft'));
    const run = nof(['report', outside, '--workspace', 'examples']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\| Lot 1: Standard fostering placement \| .*Pennine Hearth Fostering/);
  });

  it('exits 2 for a file that is not there, 1 for a consortium with errors', () => {
    expect(nof(['report', 'nowhere.yaml']).code).toBe(2);
    const broken = join(scratch, 'broken.yaml');
    nof(['new', 'consortium', '--id', 'broken', '--out', broken], scratch);
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('type: sub-regional', 'type: national'));
    const run = nof(['report', 'broken.yaml', '--workspace', '.'], scratch);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+ error .*\[schema\/enum\]\n/);
    expect(run.stdout).toBe('');
  });
});

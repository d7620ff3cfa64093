import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { nof, root } from './nof.js';

// ajv is a dev dependency of @nof/cli (the repository root has none of its own).
const { Ajv } = createRequire(join(root, 'packages/cli/package.json'))('ajv') as typeof import('ajv');

// The examples (so every reference resolves), with one rule error (the lead is not a member),
// one rule warning (an end date the term does not give), and an ignored folder holding a broken file.
const dir = mkdtempSync(join(tmpdir(), 'nof-ws-'));
cpSync(join(root, 'examples'), dir, { recursive: true });
appendFileSync(join(dir, 'nof.config.yaml'), '\nignore:\n  - drafts/\n');
mkdirSync(join(dir, 'drafts'));
writeFileSync(join(dir, 'drafts/broken.yaml'), 'kind: [');
const LEAD = 'consortia/white-rose-fostering.yaml';
const TERM = 'consortia/east-midlands-regional.yaml';
const edit = (file: string, from: RegExp | string, to: string) =>
  writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
edit(LEAD, 'leadAuthority: E08000035  # Leeds', 'leadAuthority: E10000017  # Lancashire, not a member');
edit(TERM, /endDate: 2015-12-31/g, 'endDate: 2016-06-30');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { results: Array<{ diagnostics: Array<{ code: string; severity: string }> }> }).results.flatMap((r) =>
    r.diagnostics.map((d) => `${d.severity} ${d.code}`),
  );

// Each run checks the whole examples workspace: slow on a busy machine.
describe('nof validate on a workspace', { timeout: 120_000 }, () => {
  it('applies rules across files, honours the config ignore list and exits 1 on errors', () => {
    const run = nof(['validate', '.', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { file: string }) => r.file)).toContain(LEAD);
    expect(report.results.some((r: { file: string }) => r.file.startsWith('drafts/'))).toBe(false);
    expect(codes(run.stdout)).toContain('error consortium/lead-is-member');
    expect(codes(run.stdout)).toContain('warning consortium/term-end-matches');
  });

  it('--rule sets levels', () => {
    const off = nof(['validate', '.', '--format', 'json', '--rule', 'consortium/lead-is-member=off'], dir);
    expect(off.code).toBe(0);
    expect(codes(off.stdout)).not.toContain('error consortium/lead-is-member');
  });

  it('--quiet drops warnings', () => {
    const quiet = nof(['validate', '.', '--format', 'json', '--quiet'], dir);
    expect(codes(quiet.stdout).every((c) => c.startsWith('error'))).toBe(true);
  });

  it('--max-warnings counts warnings', () => {
    const strict = nof(['validate', '.', '--max-warnings', '0', '--rule', 'consortium/lead-is-member=off'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^nof: \d+ warnings?, more than --max-warnings 0\.\n$/);
    expect(nof(['validate', '.', '--max-warnings', '5', '--rule', 'consortium/lead-is-member=off'], dir).code).toBe(0);
  });

  it('reads standard input as one more file of the workspace', () => {
    // A copy under a new id: the workspace's national contract and providers resolve its references.
    const input = readFileSync(join(dir, LEAD), 'utf8').replace('id: white-rose-fostering', 'id: white-rose-copy');
    const run = nof(['validate', '-', '.', '--format', 'text'], dir, { input });
    expect(run.code).toBe(1);
    const stdinErrors = run.stdout.split('\n').filter((l) => l.startsWith('<stdin>:') && l.includes(' error '));
    expect(stdinErrors).toHaveLength(1);
    expect(stdinErrors[0]).toMatch(/^<stdin>:17:18 error .*\[consortium\/lead-is-member\]$/);
  });

  it('prints a code frame with the range underlined in pretty format, coloured only when asked', () => {
    const run = nof(['validate', '.', '--format', 'pretty'], dir);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[consortium/lead-is-member]'));
    expect(lines[at]).toMatch(/^consortia\/white-rose-fostering\.yaml:(\d+):(\d+) error /);
    expect(lines[at + 1]).toMatch(/^\d+ \| {3}leadAuthority: E10000017/);
    expect(lines[at + 2]).toMatch(/^ +\| +\^{9}$/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('writes GitHub workflow annotations', () => {
    const run = nof(['validate', '.', '--format', 'github'], dir);
    expect(run.stdout).toMatch(
      /^::error file=consortia\/white-rose-fostering\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=consortium\/lead-is-member::.+$/m,
    );
  });

  it('writes SARIF 2.1.0 that the published schema accepts, with rule help and 1-based regions', () => {
    const run = nof(['validate', '.', '--format', 'sarif'], dir);
    const sarif = JSON.parse(run.stdout);
    const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    // The published schema is draft-04: its `id` is draft-07's `$id`, and nothing else it uses differs.
    const { $schema: _draft, id, ...rest } = schema;
    const validate = new Ajv({ strict: false, validateFormats: false }).compile({ ...rest, $id: id });
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [runResult] = sarif.runs;
    const result = runResult.results.find((r: { ruleId: string }) => r.ruleId === 'consortium/lead-is-member');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(LEAD);
    const text = readFileSync(join(dir, LEAD), 'utf8').split('\n');
    const region = result.locations[0].physicalLocation.region;
    expect(text[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1)).toBe('E10000017');
    const rule = runResult.tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('consortium/lead-is-member');
    expect(rule.help.text.length).toBeGreaterThan(100);
  });

  it.each([
    [
      ['--as-of', '2015-13-01'],
      'nof: --as-of: `asOf` (As of) must be a real calendar date (2015-13-01 does not exist). Run `nof --help` for usage.\n',
    ],
    [
      ['--as-of', '2025-02-30'],
      'nof: --as-of: `asOf` (As of) must be a real calendar date (2025-02-30 does not exist). Run `nof --help` for usage.\n',
    ],
    [['--max-warnings', 'many'], "nof: --max-warnings takes a whole number, not 'many'. Run `nof --help` for usage.\n"],
    [
      ['--rule', 'consortium/lead-is-membr=off'],
      'nof: --rule consortium/lead-is-membr: No rule is called "consortium/lead-is-membr". Did you mean "consortium/lead-is-member"? Run `nof rules` to list them. Run `nof --help` for usage.\n',
    ],
    [
      ['--rule', 'consortium/lead-is-member=loud'],
      'nof: --rule consortium/lead-is-member: `consortium/lead-is-member` (Rule level) must be one of `off`, `info`, `warn`, `error`. Run `nof --help` for usage.\n',
    ],
  ])('exits 2 with one line on a bad option: %j', (args, message) => {
    const run = nof(['validate', '.', ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });

  it('validates the examples cleanly', () => {
    const run = nof(['validate', 'examples', '--format', 'json']);
    expect(JSON.parse(run.stdout).summary.errors).toBe(0);
    expect(run.code).toBe(0);
  });
});

// A member listed twice (Bradford, again above its own line): the finding points at the first listing, which every format that can shows.
describe('the places a finding relates to', { timeout: 120_000 }, () => {
  const copy = mkdtempSync(join(tmpdir(), 'nof-related-'));
  cpSync(join(root, 'examples'), copy, { recursive: true });
  const file = join(copy, LEAD);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      '    - authority: E08000016  # Barnsley',
      '    - authority: E08000016  # Barnsley\n    - authority: E08000032  # Bradford again',
    ),
  );
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('are located notes with their lines in pretty format', () => {
    const lines = nof(['validate', LEAD, '--format', 'pretty'], copy).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[consortium/members-unique]'));
    expect(lines[at]).toMatch(/^consortia\/white-rose-fostering\.yaml:22:18 error Bradford \(E08000032\) is listed more than once/);
    expect(lines.slice(at + 3, at + 6)).toEqual([
      '  note: consortia/white-rose-fostering.yaml:21:18 Bradford (E08000032) is first listed here.',
      '  21 |     - authority: E08000032  # Bradford again',
      '     |                  ^^^^^^^^^',
    ]);
  });

  it('are related locations, with their messages, in SARIF', () => {
    const sarif = JSON.parse(nof(['validate', LEAD, '--format', 'sarif'], copy).stdout);
    const duplicate = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'consortium/members-unique');
    expect(duplicate.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'Bradford (E08000032) is first listed here.' },
        physicalLocation: {
          artifactLocation: { uri: LEAD, uriBaseId: 'SRCROOT' },
          region: { startLine: 21, startColumn: 18, endLine: 21, endColumn: 27 },
        },
      },
    ]);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
} from 'vscode-languageserver-protocol/node';
import { LspSession, STARTUP_MS } from './harness.js';

const BROKEN_LOT = `apiVersion: nof/v1
kind: OutcomeTracker
metadata:
  id: tracker-broken
  name: Tracker naming an outcome the agreement lacks
spec:
  agreement: ipa-lds-2015-0042
  reviews:
    - date: 2015-12-01
      reviewerRole: Independent reviewing officer
      ratings:
        - { outcome: calmest, value: 16, evidence: Carer SDQ., trend: improving }
`;

describe('diagnostics, published (a client without pull diagnostics)', () => {
  let lsp: LspSession;
  const uri = (path: string) => lsp.uri(path);
  beforeAll(async () => (lsp = await LspSession.start({ files: { 'trackers/tracker-broken.yaml': BROKEN_LOT } })), STARTUP_MS);
  afterAll(() => lsp.stop());

  it('checks files no editor has open, with rule codes and a link to the rule docs', async () => {
    const found = await lsp.diagnostics(uri('trackers/tracker-broken.yaml'), (d) => d.length > 0);
    const unresolved = found.find((d) => d.code === 'reference/unresolved');
    expect(unresolved?.message).toContain('"calmest"');
    expect(unresolved?.message).toContain('Did you mean "calmer"?');
    expect(unresolved?.range).toEqual({ start: { line: 11, character: 21 }, end: { line: 11, character: 28 } });
    expect(unresolved?.codeDescription?.href).toMatch(/^file:\/\/.*\/packages\/sdk\/RULES\.md#referenceunresolved$/);
    expect(unresolved?.source).toBe('nof');
    // The valid files of the workspace get (empty) diagnostics too: they were all checked.
    expect(await lsp.diagnostics(uri('consortia/white-rose.yaml'))).toEqual([]);
    // Judged on nof.config.yaml's asOf (2016-01-01), the 2015 tracker's next review is not yet overdue.
    expect(await lsp.diagnostics(uri('trackers/tracker-0042.yaml'))).toEqual([]);
  });

  it('reports YAML syntax and schema problems of an open document as it is edited', async () => {
    const doc = uri('consortia/white-rose.yaml');
    const text = await lsp.open(doc);
    const line = text.split('\n').findIndex((l) => l.startsWith('  regions:'));
    // `regions:` → `regionz:` (unknown property), then an unclosed flow sequence.
    await lsp.change(doc, [{ range: { start: { line, character: 8 }, end: { line, character: 9 } }, text: 'z' }]);
    const schema = await lsp.diagnostics(doc, (d) => d.some((x) => x.code === 'schema/additionalProperties'));
    expect(schema.find((d) => d.code === 'schema/additionalProperties')?.message).toContain('Did you mean `regions`?');
    await lsp.change(doc, [
      { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '  regions: [yorkshire-and-the-humber\n' },
    ]);
    const syntax = await lsp.diagnostics(doc, (d) => d.some((x) => String(x.code).startsWith('yaml/')));
    expect(syntax.every((d) => d.severity !== undefined && d.range.start.line >= 0)).toBe(true);
    await lsp.change(doc, [{ text }]);
    expect(await lsp.diagnostics(doc, (d) => d.length === 0)).toEqual([]);
  });

  it('checks the dependents of a changed document again (a lot renamed in the consortium)', async () => {
    const doc = uri('consortia/white-rose.yaml');
    const agreement = uri('agreements/ipa-0042.yaml');
    const lines = readFileSync(join(lsp.folder, 'consortia/white-rose.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('- id: lot-2-enhanced'));
    const start = lines[line]!.indexOf('lot-2-enhanced');
    await lsp.change(doc, [{ range: { start: { line, character: start }, end: { line, character: start + 14 } }, text: 'lot-2-renamed' }]);
    const broken = await lsp.diagnostics(agreement, (d) => d.some((x) => x.code === 'reference/unresolved'));
    expect(broken.find((d) => d.code === 'reference/unresolved')?.message).toContain('No lot "lot-2-enhanced"');
    await lsp.change(doc, [{ range: { start: { line, character: start }, end: { line, character: start + 13 } }, text: 'lot-2-enhanced' }]);
    await lsp.diagnostics(agreement, (d) => !d.some((x) => x.code === 'reference/unresolved'));
  });

  it('survives binary garbage, half-typed YAML and alias bombs with diagnostics', async () => {
    const garbage = uri('garbage.yaml');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    await lsp.open(garbage, `apiVersion: nof/v1\n${bytes}`);
    expect((await lsp.diagnostics(garbage, (d) => d.length > 0)).length).toBeGreaterThan(0);
    const bomb = uri('bomb.yaml');
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ];
    await lsp.open(bomb, `apiVersion: nof/v1\nkind: Consortium\n${laughs.join('\n')}\n`);
    expect((await lsp.diagnostics(bomb, (d) => d.length > 0)).length).toBeGreaterThan(0);
    const half = uri('half.yaml');
    await lsp.open(half, 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: "unterminated\n  name: [\n');
    expect((await lsp.diagnostics(half, (d) => d.length > 0)).length).toBeGreaterThan(0);
    expect(lsp.alive).toBe(true);
  });

  it('indexes files created on disk (watched, registered dynamically) and forgets deleted ones', async () => {
    expect(lsp.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles')).toBe(true);
    const path = join(lsp.folder, 'trackers/tracker-new.yaml');
    writeFileSync(path, BROKEN_LOT.replace('tracker-broken', 'tracker-new'));
    const created = uri('trackers/tracker-new.yaml');
    await lsp.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: created, type: FileChangeType.Created }],
    });
    await lsp.diagnostics(created, (d) => d.some((x) => x.code === 'reference/unresolved'));
    await lsp.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: created, type: FileChangeType.Deleted }],
    });
    expect(await lsp.diagnostics(created, (d) => d.length === 0)).toEqual([]);
  });

  it('checks documents again when a local profile they follow changes on disk', async () => {
    expect(lsp.registrations.some((r) => JSON.stringify(r.registerOptions).includes('*.profile.json'))).toBe(true);
    const path = join(lsp.folder, 'examples/profiles/peninsula.profile.json');
    const original = readFileSync(path, 'utf8');
    const provider = uri('examples/providers/tamar-crossing-fostering.yaml');
    const profile = uri('examples/profiles/peninsula.profile.json');
    const enums = (d: Array<{ code?: number | string; range: { start: { line: number } } }>) =>
      d.filter((x) => x.code === 'schema/enum').map((x) => x.range.start.line);
    expect(enums(await lsp.diagnostics(provider))).toEqual([]);
    // Plymouth (E06000026) leaves the profile's list of South West authorities: its setting breaks the profile.
    writeFileSync(path, original.replace('"E06000026", ', ''));
    await lsp.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: profile, type: FileChangeType.Changed }],
    });
    expect(enums(await lsp.diagnostics(provider, (d) => enums(d).length > 0))).toEqual([29]);
    writeFileSync(path, original);
    await lsp.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: profile, type: FileChangeType.Changed }],
    });
    expect(enums(await lsp.diagnostics(provider, (d) => enums(d).length === 0))).toEqual([]);
  });

  it('applies the nof settings: rule levels', async () => {
    const tracker = uri('trackers/tracker-broken.yaml');
    lsp.settings = { rules: { 'reference/unresolved': 'off' } };
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await lsp.diagnostics(tracker, (d) => !d.some((x) => x.code === 'reference/unresolved'));
    lsp.settings = { rules: { 'reference/unresolved': 'info' } };
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const info = await lsp.diagnostics(tracker, (d) => d.some((x) => x.code === 'reference/unresolved'));
    expect(info.find((d) => d.code === 'reference/unresolved')?.severity).toBe(3);
  });

  it('never writes document contents to the log', () => {
    const log = lsp.logs.join('\n');
    expect(log).toContain('Indexed');
    for (const personal of ['Alex Example', '2003-02-14', 'calmest']) expect(log).not.toContain(personal);
  });
});

describe('diagnostics, pulled (a client with textDocument/diagnostic)', () => {
  let lsp: LspSession;
  beforeAll(async () => (lsp = await LspSession.start({ pull: true })), STARTUP_MS);
  afterAll(() => lsp.stop());

  it('answers pulls for open documents and asks for a refresh when a dependency changes', async () => {
    expect(lsp.result.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true });
    const agreement = lsp.uri('agreements/ipa-0042.yaml');
    const consortium = lsp.uri('consortia/white-rose.yaml');
    await lsp.indexed();
    await lsp.open(agreement);
    const text = await lsp.open(consortium);
    const pull = (uri: string) => lsp.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(await pull(agreement)).toEqual({ kind: 'full', items: [] });
    const line = text.split('\n').findIndex((l) => l.includes('- id: lot-2-enhanced'));
    const refreshes = lsp.refreshes;
    await lsp.change(consortium, [{ range: { start: { line, character: 16 }, end: { line, character: 30 } }, text: 'lot-2-other' }]);
    await lsp.until(
      () => (lsp.refreshes > refreshes ? true : undefined),
      10_000,
      () => 'a diagnostic refresh',
    );
    const report = await pull(agreement);
    expect(report.kind === 'full' && report.items.map((d) => d.code)).toContain('reference/unresolved');
    // Open documents are not also published: the client would show them twice.
    expect(lsp.published.get(agreement) ?? []).toEqual([]);
  });
});

describe('the nof settings a client sends', () => {
  it(
    'are checked as nof.config.yaml and the command line are: an impossible date or an unknown rule id is logged and left out',
    async () => {
      const lsp = await LspSession.start({ folder: 'examples', settings: { asOf: '2025-02-30', rules: { 'reference/unresolvd': 'off' } } });
      try {
        await lsp.indexed();
        expect(lsp.logs).toContain('Ignored nof.asOf: `asOf` (As of) must be a real calendar date (2025-02-30 does not exist).');
        expect(lsp.logs).toContain(
          'Ignored nof.rules.reference/unresolvd: No rule is called "reference/unresolvd". Did you mean "reference/unresolved"? Run `nof rules` to list them.',
        );
        // The examples' nof.config.yaml (asOf 2015-06-01) still applies: Buckinghamshire County Council existed then.
        const consortium = lsp.uri('consortia/east-midlands-regional.yaml');
        await lsp.open(consortium);
        expect(await lsp.diagnostics(consortium)).toEqual([]);
        expect(lsp.alive).toBe(true);
      } finally {
        await lsp.stop();
      }
    },
    STARTUP_MS,
  );
});

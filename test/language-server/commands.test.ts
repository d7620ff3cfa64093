/**
 * Issue 17: what the editor's commands ask of the server (workspace/executeCommand: report,
 * export, new document, whole-workspace check) comes from the SDK on the server's live workspace,
 * unsaved text included; `workspace/diagnostic` gives every file and then only what changed; the
 * server's version is its package's.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource, ExecuteCommandRequest, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { EXPORT_FORMATS } from '@nof/sdk/interop';
import { SERVER_COMMANDS } from '../../packages/language-server/src/protocol.js';
import type { ExportResult, NewDocumentResult, ReportResult, WorkspaceSummary } from '../../packages/language-server/src/protocol.js';
import { LspSession, root, STARTUP_MS } from './harness.js';

describe('the server commands and workspace diagnostics (a client that pulls)', () => {
  let lsp: LspSession;
  const run = <R>(command: string, params?: object) =>
    lsp.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: params ? [params] : [] }) as Promise<R>;
  beforeAll(async () => (lsp = await LspSession.start({ pull: true })), STARTUP_MS);
  afterAll(() => lsp.stop());

  it("announces its commands and workspace diagnostics, and its package's version", () => {
    const version = JSON.parse(readFileSync(`${root}/packages/language-server/package.json`, 'utf8')).version;
    expect(lsp.result.serverInfo).toEqual({ name: 'nof-language-server', version });
    expect(lsp.result.capabilities.executeCommandProvider?.commands).toEqual(Object.values(SERVER_COMMANDS));
    expect(lsp.result.capabilities.diagnosticProvider).toMatchObject({ workspaceDiagnostics: true });
  });

  it("reports on a consortium's unsaved text", async () => {
    const uri = lsp.uri('consortia/white-rose.yaml');
    const text = await lsp.open(uri);
    await lsp.change(uri, [{ text: text.replace('name: White Rose Test Framework', 'name: White Rose Unsaved Name') }]);
    const result = await run<ReportResult>(SERVER_COMMANDS.report, { uri });
    expect(result.status).toBe('ok');
    expect(result.status === 'ok' && result.html).toContain('White Rose Unsaved Name');
    // An unsaved error stops the report and says where.
    await lsp.change(uri, [{ text: text.replace('type: regional', 'type: regionall') }]);
    const refused = await run<ReportResult>(SERVER_COMMANDS.report, { uri });
    expect(refused).toMatchObject({ status: 'has-errors', problems: [{ line: 9, code: 'schema/enum' }] });
    await lsp.change(uri, [{ text }]);
  });

  it("exports in the SDK's formats, from unsaved text", async () => {
    expect((await run<Array<{ id: string }>>(SERVER_COMMANDS.exportFormats)).map((f) => f.id)).toEqual(EXPORT_FORMATS.map((f) => f.id));
    const uri = lsp.uri('examples/agreements/ipa-skp-2014-0311.yaml');
    const text = await lsp.open(uri);
    await lsp.change(uri, [{ text: text.replace('ageAtStart: 14', 'ageAtStart: 15') }]);
    const json = await run<ExportResult>(SERVER_COMMANDS.export, { uri, format: 'json' });
    expect(json.status === 'ok' && JSON.parse(json.text).spec.child.ageAtStart).toBe(15);
    const csv = await run<ExportResult>(SERVER_COMMANDS.export, { uri, format: 'ssda903', year: 2015 });
    expect(csv).toMatchObject({ status: 'ok', fileExtension: 'csv' });
    expect(await run<ExportResult>(SERVER_COMMANDS.export, { uri, format: 'ssda903' })).toMatchObject({ status: 'refused' });
  });

  it('writes the text of a new document', async () => {
    const { text } = await run<NewDocumentResult>(SERVER_COMMANDS.newDocument, {
      kind: 'ProviderProfile',
      id: 'acme-care',
      uri: lsp.uri('acme.yaml'),
    });
    expect(text).toContain('kind: ProviderProfile');
    expect(text).toContain('id: acme-care');
  });

  it('checks the whole workspace and sums it up', async () => {
    const summary = await run<WorkspaceSummary>(SERVER_COMMANDS.validateWorkspace);
    expect(summary.files).toBeGreaterThan(40);
    expect(summary.errors + summary.warnings + summary.infos).toBeGreaterThanOrEqual(summary.filesWithProblems);
  });

  it('gives every file to a workspace pull, then only what changed, and stops publishing', async () => {
    /** A workspace pull, cancelled after `waitMs` if the server holds it (it answers only when something changed). */
    const pull = async (previous: Array<{ uri: string; value: string }>, waitMs = 1500) => {
      const source = new CancellationTokenSource();
      const timer = setTimeout(() => source.cancel(), waitMs);
      try {
        return (await lsp.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: previous }, source.token)).items;
      } catch {
        return [];
      } finally {
        clearTimeout(timer);
      }
    };
    const ids = new Map<string, string>();
    const previous = () => [...ids].map(([uri, value]) => ({ uri, value }));
    const first = await pull([]);
    expect(first.map((i) => i.uri)).toContain(lsp.uri('trackers/tracker-0042.yaml'));
    expect(first.length).toBeGreaterThan(40);
    // Until the earlier tests' edits have been checked through, pulls bring what they changed; then a pull waits.
    let items = first;
    while (items.length > 0) {
      for (const i of items) ids.set(i.uri, i.resultId!);
      items = await pull(previous());
    }
    // A change to the tracker's agreement changes the tracker's diagnostics: the next pull has it, and not every file.
    const agreement = lsp.uri('agreements/ipa-0042.yaml');
    // (Opening a document clears what was published for it, once: the editor pulls it from then on.)
    const publications = () => [...lsp.history].filter(([uri]) => uri !== agreement).flatMap(([, list]) => list).length;
    const published = publications();
    const text = await lsp.open(agreement);
    await lsp.change(agreement, [{ text: text.replace(/^ {2}outcomes:/m, '  outcomesRenamed:') }]);
    const next = await pull(previous(), 10_000);
    expect(next.map((i) => i.uri)).toContain(lsp.uri('trackers/tracker-0042.yaml'));
    expect(next.length).toBeLessThan(first.length);
    // Closed files reach the client by the pull alone now: nothing more was published.
    expect(publications()).toBe(published);
  }, 60_000);
});

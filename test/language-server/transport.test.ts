import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, STARTUP_MS } from './harness.js';

describe('node IPC (the transport the VS Code extension uses)', () => {
  let lsp: LspSession;
  beforeAll(async () => (lsp = await LspSession.start({ transport: 'node-ipc', pull: true })), STARTUP_MS);
  afterAll(() => lsp.stop());

  it('serves the same protocol, and advertises no formatter (it would drop comments)', async () => {
    expect(lsp.result.capabilities.completionProvider).toBeDefined();
    expect(lsp.result.capabilities.documentFormattingProvider).toBeUndefined();
    const uri = lsp.uri('half.yaml');
    await lsp.open(uri, 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: [\n');
    const report = await lsp.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    // The `[` left open, on the line it was opened.
    expect(report.kind === 'full' && report.items.map((d) => [d.code, d.range.start.line])).toContainEqual(['yaml/syntax', 3]);
  });
});

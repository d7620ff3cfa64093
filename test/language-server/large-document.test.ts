import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { largeConsortium } from '../bench/lsp-large-consortium.mjs';
import { LspSession, STARTUP_MS } from './harness.js';

describe('a 50,000-line document', () => {
  let lsp: LspSession;
  beforeAll(async () => (lsp = await LspSession.start()), STARTUP_MS);
  afterAll(() => lsp.stop());

  it('is checked, and completion and hover answer about it (timings: test/bench/lsp.mjs)', async () => {
    const text = largeConsortium(50_000) as string;
    const uri = lsp.uri('consortia/large.yaml');
    await lsp.open(uri, text);
    const lines = text.split('\n');
    const line = lines.findLastIndex((l) => l.trim() === 'service: fostering');
    const items = await lsp.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    expect(Array.isArray(items) ? items.length : items?.items.length).toBeGreaterThan(0);
    const diagnostics = await lsp.diagnostics(uri, (d) => d.length > 0, 25_000);
    expect(diagnostics.every((d) => d.code !== 'internal/rule-error')).toBe(true);
    const hover = await lsp.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: lines.findIndex((l) => l.startsWith('  leadAuthority')), character: 4 },
    });
    expect(JSON.stringify(hover?.contents)).toContain('Lead authority');
  }, 60_000);
});

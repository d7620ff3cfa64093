import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  SelectionRangeRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { LspSession, STARTUP_MS } from './harness.js';

// What issue 14 found editors can send: positions far outside the text, and texts with classic
// Mac line ends, a CR or U+2028 inside a line, nesting past the limit, ten thousand siblings.
const HEAD = 'apiVersion: nof/v1\nkind: Consortium\nmetadata:\n  id: odd\n  name: Odd\n';
const TEXTS: Record<string, string> = {
  'mac.yaml': `${HEAD}spec:\n  type: regional\n  \n`.replace(/\n/g, '\r'),
  'cr-in-line.yaml': `${HEAD.replace('name: Odd', 'name: O\rd\u2028d')}spec:\n  type: \n`,
  'deep.yaml': `${HEAD}spec:\n  x:\n${'- '.repeat(3000)}x\n`,
  'siblings.yaml': `${HEAD}${Array.from({ length: 10_000 }, (_, i) => `  k${i}: v\n`).join('')}  `,
};
const POSITIONS: Position[] = [
  { line: 2147483647, character: 2147483647 },
  { line: 10_004, character: 2 },
  { line: 5, character: 9999 },
  { line: 3, character: 8 },
  { line: 0, character: 0 },
];

let lsp: LspSession;

beforeAll(async () => {
  lsp = await LspSession.start();
  for (const [name, text] of Object.entries(TEXTS)) await lsp.open(lsp.uri(name), text);
  await lsp.diagnostics(lsp.uri('deep.yaml'));
}, STARTUP_MS);
afterAll(() => lsp.stop());

describe('the language server on hostile positions and texts', () => {
  it('answers every request, logs no error, and says why the deep file is not read', async () => {
    const requests = (uri: string, position: Position) => {
      const textDocument = { uri };
      const range = { start: position, end: position };
      return [
        lsp.connection.sendRequest(CompletionRequest.type, { textDocument, position }),
        lsp.connection.sendRequest(HoverRequest.type, { textDocument, position }),
        lsp.connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
        lsp.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
        lsp.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position }),
        lsp.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [position] }),
        lsp.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }),
        lsp.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
        lsp.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
      ];
    };
    for (const name of Object.keys(TEXTS)) {
      const answers = await Promise.all(POSITIONS.flatMap((position) => requests(lsp.uri(name), position)));
      expect(answers).toHaveLength(POSITIONS.length * 9);
    }
    expect((await lsp.diagnostics(lsp.uri('deep.yaml'))).map((d) => d.code)).toEqual(['yaml/too-deep']);
    expect(lsp.logs.filter((l) => /fail|error/i.test(l))).toEqual([]);
    expect(lsp.alive).toBe(true);
  });

  it('completes in a file with classic Mac line ends as in any other', async () => {
    const result = await lsp.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: lsp.uri('mac.yaml') },
      position: { line: 7, character: 2 },
    });
    const labels = (Array.isArray(result) ? result : (result?.items ?? [])).map((i) => i.label);
    expect(labels).toContain('members');
  });
});

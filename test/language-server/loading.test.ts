/**
 * Issue 14: a file opened before, during or after the server indexes the workspace shows no
 * false errors: nothing is published, and no pull answered, from a workspace still loading, and
 * every open file is checked again (re-published, or re-pulled after a refresh) once it is loaded.
 * The workspace is the examples folder, whose nof.config.yaml sets asOf 2015-06-01: the two files
 * are valid there, and only there (other documents of the workspace, and that date, make them so).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession, STARTUP_MS } from './harness.js';

const VALID = ['agreements/ipa-skp-2014-0311.yaml', 'consortia/east-midlands-regional.yaml'];

/** Enough NOF files (of a kind no rule looks up) that indexing takes a while: a file opened at once is opened during it. */
const BULK = Object.fromEntries(
  Array.from({ length: 800 }, (_, i) => [`examples/bulk-${i}.yaml`, `apiVersion: nof/v1\nkind: Bulk\nmetadata: { id: bulk-${i} }\n`]),
);

type When = 'before' | 'during' | 'after';

/** Starts a server on the examples and opens the valid files at the given moment of its indexing. */
async function openAt(when: When, pull: boolean): Promise<{ lsp: LspSession; uris: string[] }> {
  const lsp = await LspSession.start({
    folder: 'examples',
    pull,
    initialized: when !== 'before',
    ...(when === 'during' ? { files: BULK } : {}),
  });
  if (when === 'after') await lsp.indexed();
  const uris = VALID.map((path) => lsp.uri(path));
  for (const uri of uris) await lsp.open(uri);
  if (when === 'during') expect(lsp.logs.some((l) => l.startsWith('Indexed '))).toBe(false);
  if (when === 'before') await lsp.initialized();
  return { lsp, uris };
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}: ${d.message}`);

describe.each<When>(['before', 'during', 'after'])('a valid file opened %s indexing', (when) => {
  let lsp: LspSession | undefined;
  afterEach(() => lsp?.stop());

  it(
    'is published with no diagnostic, ever (push)',
    async () => {
      const opened = await openAt(when, false);
      lsp = opened.lsp;
      await lsp.indexed();
      for (const uri of opened.uris) {
        // Published at least once the workspace is loaded...
        await lsp.diagnostics(uri);
        // ...and never with a diagnostic, before or after.
        expect((lsp.history.get(uri) ?? []).flatMap(codes)).toEqual([]);
      }
    },
    STARTUP_MS,
  );

  it(
    'is answered with no diagnostic, and the client is asked to pull again once indexed (pull)',
    async () => {
      const opened = await openAt(when, true);
      lsp = opened.lsp;
      const session = lsp;
      const pull = (uri: string) => session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      // A pull sent now is answered once the workspace is loaded, from all of it.
      const answers = await Promise.all(opened.uris.map(pull));
      expect(lsp.logs.some((l) => l.startsWith('Indexed '))).toBe(true);
      for (const answer of answers) expect(answer.kind === 'full' && answer.items.flatMap(codes)).toEqual([]);
      if (when !== 'after')
        await lsp.until(
          () => (session.refreshes > 0 ? true : undefined),
          10_000,
          () => 'a diagnostic refresh',
        );
      for (const uri of opened.uris) {
        const again = await pull(uri);
        expect(again.kind === 'full' && again.items.flatMap(codes)).toEqual([]);
        // Open documents a client pulls are never also published with diagnostics (only cleared on opening).
        expect((lsp.history.get(uri) ?? []).flatMap(codes)).toEqual([]);
      }
    },
    STARTUP_MS,
  );
});

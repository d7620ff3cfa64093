/** A client for benchmarks that talk to a language server (NOF's or yaml-language-server) over stdio. */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/**
 * Starts a language server script over stdio on a folder; `settings` answers its configuration
 * requests by section. With `pullDiagnostics: false` the client does not offer pull diagnostics, so the
 * server publishes them; `node` is the server's Node options and environment (`{ args, env }`).
 */
export async function start(script, folder, settings = () => ({}), { pullDiagnostics = true, node = {} } = {}) {
  const child = spawn(process.execPath, [...(node.args ?? []), script, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...node.env },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map((item) => settings(item.section)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const uri = pathToFileURL(folder).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: { ...(pullDiagnostics ? { diagnostic: {} } : {}), completion: { completionItem: { snippetSupport: true } } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  let version = 1;
  const open = (file, text, languageId = 'nof-yaml') =>
    connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: file, languageId, version: 1, text } });
  const change = (file, changes) =>
    connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: file, version: ++version },
      contentChanges: changes,
    });
  const close = (file) => connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: file } });
  const pull = (file) => connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: file } });
  const stop = () => {
    connection.dispose();
    child.kill();
  };
  return { child, connection, open, change, close, pull, stop };
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { nofDocumentUris, watchYamlDocuments } from './languageMode.js';
import { exportDocument } from './commands/export.js';
import { showInsights } from './commands/insights.js';
import { newDocument } from './commands/newDocument.js';
import { showReport } from './commands/report.js';
import { validateWorkspace } from './commands/validateWorkspace.js';
import type { ServerAccess } from './server.js';
import { createStatusBar } from './statusBar.js';

let client: LanguageClient | undefined;

/**
 * Activated by any YAML file or workspace, but the language server starts only once a
 * NOF document is open or found in the workspace: other YAML costs nothing.
 */
export function activate(context: vscode.ExtensionContext): void {
  let starting: Promise<void> | undefined;
  const start = () => {
    starting ??= (async () => {
      // Commands about a whole workspace are offered once it has NOF documents.
      void vscode.commands.executeCommand('setContext', 'nof.workspaceOpen', true);
      client = createClient(context);
      context.subscriptions.push(client);
      await client.start();
    })();
    return starting;
  };

  // The commands' work is done by the server (the SDK on its live workspace): the client only asks.
  const server: ServerAccess = async () => {
    await start();
    return client!;
  };
  context.subscriptions.push(
    createStatusBar(),
    watchYamlDocuments(() => void start()),
    vscode.commands.registerCommand('nof.restartServer', async () => {
      await start();
      await client?.restart();
    }),
    vscode.commands.registerCommand('nof.validateWorkspace', () => validateWorkspace(server)),
    vscode.commands.registerCommand('nof.newDocument', () => newDocument(server)),
    vscode.commands.registerCommand('nof.showReport', () => showReport(server)),
    vscode.commands.registerCommand('nof.showInsights', () => showInsights(server)),
    vscode.commands.registerCommand('nof.export', () => exportDocument(server)),
  );
  // Looked for after activation returns, so VS Code is not held up reading the workspace.
  void nofDocumentUris(500).then((uris) => (uris.length > 0 ? start() : undefined));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

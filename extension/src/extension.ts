import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { nofDocumentUris, watchYamlDocuments } from './languageMode.js';
import { exportDocument } from './commands/export.js';
import { newDocument } from './commands/newDocument.js';
import { showReport } from './commands/report.js';
import { validateWorkspace } from './commands/validateWorkspace.js';
import { createStatusBar } from './statusBar.js';

let client: LanguageClient | undefined;

/**
 * Activated by any YAML file or workspace, but the language server starts only once a
 * NOF document is open or found in the workspace: other YAML costs nothing.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  let starting: Promise<void> | undefined;
  const start = () => {
    starting ??= (async () => {
      client = createClient(context);
      context.subscriptions.push(client);
      await client.start();
    })();
    return starting;
  };

  context.subscriptions.push(
    createStatusBar(),
    watchYamlDocuments(() => void start()),
    vscode.commands.registerCommand('nof.restartServer', async () => {
      await start();
      await client?.restart();
    }),
    vscode.commands.registerCommand('nof.validateWorkspace', async () => {
      await start();
      await validateWorkspace();
    }),
    vscode.commands.registerCommand('nof.newDocument', newDocument),
    vscode.commands.registerCommand('nof.showReport', showReport),
    vscode.commands.registerCommand('nof.export', exportDocument),
  );
  if ((await nofDocumentUris(500)).length > 0) await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

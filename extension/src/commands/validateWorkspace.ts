import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The server command that re-reads and re-checks every NOF file of the workspace folders. */
const SERVER_COMMAND = 'nof.validateWorkspace';

/**
 * "NOF: Validate workspace": the server checks every NOF file in the workspace (not only the
 * open ones) and keeps the Problems panel current; this asks it to check again from disk when
 * it offers that, then opens the Problems panel and says what was found.
 */
export async function validateWorkspace(client: LanguageClient): Promise<void> {
  const commands = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'NOF: validating workspace' }, async () => {
    if (commands.includes(SERVER_COMMAND)) await client.sendRequest('workspace/executeCommand', { command: SERVER_COMMAND, arguments: [] });
  });
  let files = 0;
  let errors = 0;
  let others = 0;
  client.diagnostics?.forEach((_uri, diagnostics) => {
    if (diagnostics.length) files++;
    errors += diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    others += diagnostics.filter((d) => d.severity !== vscode.DiagnosticSeverity.Error).length;
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    errors + others === 0
      ? 'NOF: no problems in the workspace.'
      : `NOF: ${errors} error${errors === 1 ? '' : 's'} and ${others} other problem${others === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`,
  );
}

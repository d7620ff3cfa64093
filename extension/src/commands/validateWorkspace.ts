import * as vscode from 'vscode';
import { SERVER_COMMANDS, type WorkspaceSummary } from '@nof/language-server/protocol';
import { runOnServer, type ServerAccess } from '../server.js';
import { plural } from '../statusBar.js';

/**
 * "NOF: Validate workspace": the language server checks every NOF file of the workspace, open or
 * not; their diagnostics reach the Problems panel through LSP workspace diagnostics
 * (`workspace/diagnostic`), and the server's summary is shown.
 */
export async function validateWorkspace(server: ServerAccess): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'NOF: validating workspace' }, async () => {
    const summary = await runOnServer<WorkspaceSummary>(server, SERVER_COMMANDS.validateWorkspace);
    const others = summary.warnings + summary.infos;
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(
      summary.errors + others === 0
        ? `NOF: no problems in ${plural(summary.files, 'file')}.`
        : `NOF: ${plural(summary.errors, 'error')} and ${plural(others, 'other problem')} in ${summary.filesWithProblems} of ${plural(summary.files, 'file')}.`,
    );
  });
}

import * as vscode from 'vscode';
import { nofDocumentUris } from '../languageMode.js';
import { nofDiagnostics, plural } from '../statusBar.js';

/** How long the diagnostics must stay unchanged before the summary is given. */
const SETTLED_MS = 750;
const GIVE_UP_MS = 30_000;

/**
 * "NOF: Validate workspace": opens every NOF document of the workspace in the background, so
 * the server checks each of them with the editor's text (whether it reports closed files or
 * not), waits for its diagnostics to settle, then opens the Problems panel and sums them up.
 */
export async function validateWorkspace(): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'NOF: validating workspace' }, async () => {
    const uris = await nofDocumentUris();
    await Promise.all(uris.map((uri) => vscode.workspace.openTextDocument(uri)));
    await settled();
    let files = 0;
    let errors = 0;
    let others = 0;
    for (const uri of uris) {
      const found = nofDiagnostics(uri);
      if (found.length) files++;
      const e = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      errors += e;
      others += found.length - e;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(
      errors + others === 0
        ? `NOF: no problems in ${plural(uris.length, 'document')}.`
        : `NOF: ${plural(errors, 'error')} and ${plural(others, 'other problem')} in ${files} of ${plural(uris.length, 'document')}.`,
    );
  });
}

/** Resolves once no diagnostics have changed for a moment (or after a generous limit). */
function settled(): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, SETTLED_MS);
    const limit = setTimeout(done, GIVE_UP_MS);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      clearTimeout(timer);
      timer = setTimeout(done, SETTLED_MS);
    });
    function done() {
      clearTimeout(timer);
      clearTimeout(limit);
      listener.dispose();
      resolve();
    }
  });
}

import * as vscode from 'vscode';
import { NOF_LANGUAGE, readHeader } from './detect.js';

/**
 * One status-bar item for the active NOF document: its kind, API version and how many
 * problems the server found in it. Clicking it opens the Problems panel.
 */
export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('nof.document', vscode.StatusBarAlignment.Right, 100);
  item.name = 'NOF document';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId !== NOF_LANGUAGE) {
      item.hide();
      return;
    }
    const header = readHeader(doc.getText());
    const found = nofDiagnostics(doc.uri);
    const errors = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const problems = found.length === 0 ? '$(check) no problems' : `$(${errors ? 'error' : 'warning'}) ${plural(found.length, 'problem')}`;
    item.text = `$(file-code) ${header.kind ?? 'no kind'} ${header.apiVersion ?? ''}  ${problems}`;
    item.tooltip = new vscode.MarkdownString(
      [
        `**${header.kind ?? 'Unknown kind'}** (${header.apiVersion ?? 'no apiVersion'})`,
        header.version ? `Document version ${header.version}` : 'No `metadata.version`',
        `${plural(errors, 'error')}, ${plural(found.length - errors, 'other problem')}: click to open the Problems panel`,
      ].join('\n\n'),
    );
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    vscode.languages.onDidChangeDiagnostics(update),
  );
}

/**
 * The NOF server's diagnostics of a file, whichever way they came (pushed, or pulled by the
 * client for open documents, which keeps them in a collection of its own).
 */
export function nofDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nof');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

import * as vscode from 'vscode';
import { isNofText, NOF_LANGUAGE } from './detect.js';

/**
 * Gives YAML documents that hold `apiVersion: nof/...` the NOF language, whether they are
 * opened that way or become NOF while typed. Other YAML keeps its language and is never
 * seen by the NOF server, and YAML extensions (redhat.vscode-yaml) never see NOF documents:
 * that is how the two coexist without duplicate diagnostics.
 */
export function watchYamlDocuments(onNofDocument: () => void): vscode.Disposable {
  const claim = (doc: vscode.TextDocument) => {
    if (doc.languageId === NOF_LANGUAGE) onNofDocument();
    else if (doc.languageId === 'yaml' && isNofText(doc.getText())) {
      void vscode.languages.setTextDocumentLanguage(doc, NOF_LANGUAGE).then(onNofDocument);
    }
  };
  vscode.workspace.textDocuments.forEach(claim);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(claim),
    vscode.workspace.onDidChangeTextDocument((e) => claim(e.document)),
  );
}

/** The workspace's NOF documents (YAML files declaring `apiVersion: nof/...`), read from disk, up to `limit`. */
export async function nofDocumentUris(limit: number): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', limit);
  const found: vscode.Uri[] = [];
  for (const file of files) {
    const bytes = await vscode.workspace.fs.readFile(file);
    if (isNofText(Buffer.from(bytes).toString('utf8'))) found.push(file);
  }
  return found;
}

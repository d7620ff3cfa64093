import * as path from 'node:path';
import * as vscode from 'vscode';
import { failure, runNof } from '../cli.js';
import { NOF_LANGUAGE } from '../detect.js';

/** The formats `nof export --help` lists (`--format <a|b|c>`), so the editor offers what the CLI does. */
async function exportFormats(cwd: string): Promise<string[]> {
  const help = await runNof(['export', '--help'], cwd);
  return /--format <([^>]+)>/.exec(help.out)?.[1]?.split('|') ?? [];
}

/** File extension for a format's output: the format's own name when it is one (json, csv), else txt. */
function extensionFor(format: string): string {
  return /^(json|csv|yaml|html|md|xml)$/.test(format) ? format : format.endsWith('json') ? 'json' : 'txt';
}

/**
 * "NOF: Export…": the active NOF document converted by the CLI (`nof export <file> --format
 * <format>`), saved where the user says.
 */
export async function exportDocument(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== NOF_LANGUAGE) {
    void vscode.window.showWarningMessage('NOF: open a NOF document to export it.');
    return;
  }
  if (doc.isDirty) await doc.save();
  const file = doc.uri.fsPath;
  const cwd = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? path.dirname(file);
  const formats = await exportFormats(cwd);
  if (formats.length === 0) {
    void vscode.window.showErrorMessage('NOF: this version of the nof CLI offers no export formats.');
    return;
  }
  const format = await vscode.window.showQuickPick(formats, { title: 'NOF: Export', placeHolder: 'Format' });
  if (!format) return;
  const run = await runNof(['export', file, '--format', format], cwd);
  if (run.code !== 0) {
    void vscode.window.showErrorMessage(`NOF: export failed: ${failure(run)}`);
    return;
  }
  const base = path.basename(file).replace(/\.ya?ml$/i, '');
  const target = await vscode.window.showSaveDialog({
    title: `Save the ${format} export`,
    defaultUri: vscode.Uri.file(path.join(path.dirname(file), `${base}.${extensionFor(format)}`)),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(run.out, 'utf8'));
  void vscode.window.showInformationMessage(`NOF: exported ${path.basename(file)} as ${format} to ${path.basename(target.fsPath)}.`);
}

import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_COMMANDS, type ExportFormatInfo, type ExportResult } from '@nof/language-server/protocol';
import { NOF_LANGUAGE } from '../detect.js';
import { describeProblem, runOnServer, type ServerAccess } from '../server.js';

/** SSDA903 returns are per collection year, ending 31 March: the one in progress by default. */
async function askYear(format: string): Promise<string | undefined> {
  const now = new Date();
  const current = now.getMonth() >= 3 ? now.getFullYear() + 1 : now.getFullYear();
  return vscode.window.showInputBox({
    title: `NOF: Export as ${format}`,
    prompt: 'Collection year: the year whose 31 March ends it',
    value: String(current),
    validateInput: (value) => (/^(19|20)\d{2}$/.test(value) ? undefined : 'A year such as 2025'),
  });
}

/**
 * "NOF: Export…": the active NOF document, as the editor holds it (saved or not), converted by the
 * language server into one of the SDK's formats and saved where the user says.
 */
export async function exportDocument(server: ServerAccess): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== NOF_LANGUAGE) {
    void vscode.window.showWarningMessage('NOF: open a NOF document to export it.');
    return;
  }
  const formats = await runOnServer<ExportFormatInfo[]>(server, SERVER_COMMANDS.exportFormats);
  const pick = await vscode.window.showQuickPick(
    formats.map((f) => ({ label: f.id, detail: f.description, format: f })),
    { title: 'NOF: Export', placeHolder: 'Format', matchOnDetail: true },
  );
  if (!pick) return;
  const year = pick.format.needsYear ? await askYear(pick.format.id) : undefined;
  if (pick.format.needsYear && !year) return;
  const result = await runOnServer<ExportResult>(server, SERVER_COMMANDS.export, {
    uri: doc.uri.toString(),
    format: pick.format.id,
    ...(year ? { year: Number(year) } : {}),
  });
  if (result.status === 'has-errors') {
    void vscode.window.showErrorMessage(`NOF: not exported: fix the errors first (${describeProblem(result.problems[0]!)}).`);
    return;
  }
  if (result.status === 'refused') {
    void vscode.window.showErrorMessage(`NOF: not exported: ${result.reason}.`);
    return;
  }
  const file = doc.uri.scheme === 'file' ? doc.uri.fsPath : path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', 'untitled');
  const base = path.basename(file).replace(/\.ya?ml$/i, '');
  const ext = result.fileExtension;
  const target = await vscode.window.showSaveDialog({
    title: `Save the ${pick.format.id} export`,
    defaultUri: vscode.Uri.file(
      path.join(path.dirname(file), pick.format.id === ext ? `${base}.${ext}` : `${base}.${pick.format.id}.${ext}`),
    ),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.text, 'utf8'));
  const notes = result.notes.length ? ` ${result.notes.length} note(s), such as ${describeProblem(result.notes[0]!)}` : '';
  void vscode.window.showInformationMessage(
    `NOF: exported ${path.basename(file)} as ${pick.format.id} to ${path.basename(target.fsPath)}.${notes}`,
  );
}

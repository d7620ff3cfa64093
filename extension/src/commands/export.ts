import * as path from 'node:path';
import * as vscode from 'vscode';
import { failure, runNof } from '../cli.js';
import { NOF_LANGUAGE } from '../detect.js';

interface ExportFormat extends vscode.QuickPickItem {
  format: string;
  /** What the CLI writes: CSV where its help says so, JSON otherwise. */
  extension: 'csv' | 'json';
}

/**
 * The formats in the "Formats:" list of `nof export --help`, with the CLI's own descriptions,
 * so the editor offers exactly what the installed CLI converts to.
 */
async function exportFormats(cwd: string): Promise<ExportFormat[]> {
  const help = (await runNof(['export', '--help'], cwd)).out;
  const section = /^Formats:\n((?: {2}.*\n)+)/m.exec(help)?.[1] ?? '';
  const formats: ExportFormat[] = [];
  for (const line of section.split('\n')) {
    const entry = /^ {2}(\S+)\s{2,}(.*)$/.exec(line);
    const continued = /^ {3,}(\S.*)$/.exec(line);
    if (entry) formats.push({ format: entry[1]!, label: entry[1]!, detail: entry[2]!, extension: 'json' });
    else if (continued && formats.length) formats[formats.length - 1]!.detail += ` ${continued[1]}`;
  }
  return formats.map((f) => ({ ...f, extension: /\bCSV\b/.test(f.detail ?? '') ? 'csv' : 'json' }));
}

/** SSDA903 returns are per collection year, ending 31 March: the one in progress by default. */
async function askYear(): Promise<string | undefined> {
  const now = new Date();
  const current = now.getMonth() >= 3 ? now.getFullYear() + 1 : now.getFullYear();
  return vscode.window.showInputBox({
    title: 'NOF: Export as SSDA903',
    prompt: 'Collection year: the year whose 31 March ends it',
    value: String(current),
    validateInput: (value) => (/^(19|20)\d{2}$/.test(value) ? undefined : 'A year such as 2025'),
  });
}

/**
 * "NOF: Export…": the active NOF document converted by the CLI (`nof export <format> <file>`),
 * saved where the user says. What the conversion could not map is shown as the CLI says it.
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
  const pick = await vscode.window.showQuickPick(formats, { title: 'NOF: Export', placeHolder: 'Format', matchOnDetail: true });
  if (!pick) return;
  const year = pick.format === 'ssda903' ? await askYear() : undefined;
  if (pick.format === 'ssda903' && !year) return;
  const run = await runNof(['export', pick.format, file, ...(year ? ['--year', year] : [])], cwd);
  if (run.code !== 0) {
    void vscode.window.showErrorMessage(`NOF: export failed: ${failure(run)}`);
    return;
  }
  const base = path.basename(file).replace(/\.ya?ml$/i, '');
  const target = await vscode.window.showSaveDialog({
    title: `Save the ${pick.format} export`,
    defaultUri: vscode.Uri.file(
      path.join(
        path.dirname(file),
        pick.format === pick.extension ? `${base}.${pick.extension}` : `${base}.${pick.format}.${pick.extension}`,
      ),
    ),
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(run.out, 'utf8'));
  const notes = run.err.trim() ? ` The CLI noted: ${failure(run)}` : '';
  void vscode.window.showInformationMessage(
    `NOF: exported ${path.basename(file)} as ${pick.format} to ${path.basename(target.fsPath)}.${notes}`,
  );
}

import * as path from 'node:path';
import * as vscode from 'vscode';
import { failure, runNof } from '../cli.js';
import { NOF_LANGUAGE, readHeader } from '../detect.js';

/** Open report panels, by the consortium file they show. */
const panels = new Map<string, vscode.WebviewPanel>();

/** A page with no scripts that takes VS Code's colours, for the CLI's report HTML. */
function page(webview: vscode.Webview, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:;">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em 2em; line-height: 1.5; }
  table { border-collapse: collapse; margin: 0.5em 0 1em; }
  th, td { border: 1px solid var(--vscode-panel-border); padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
  th { background: var(--vscode-editor-inactiveSelectionBackground); }
  code { font-family: var(--vscode-editor-font-family); }
  .nof-error { color: var(--vscode-errorForeground); }
</style></head><body>${body}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The CLI's report's body: its <body> when it wrote a whole page, else all of it. */
function bodyOf(html: string): string {
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

async function render(panel: vscode.WebviewPanel, file: string): Promise<void> {
  const cwd = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))?.uri.fsPath ?? path.dirname(file);
  const run = await runNof(['report', file, '--format', 'html'], cwd);
  const body = run.code === 0 ? bodyOf(run.out) : `<p class="nof-error">The report could not be made: ${escapeHtml(failure(run))}</p>`;
  panel.webview.html = page(panel.webview, panel.title, body);
}

/**
 * "NOF: Show consortium report": the CLI's report of the active Consortium document
 * (`nof report <file> --format html`), in a panel beside it, made again whenever a NOF
 * document is saved (the report draws on the providers and agreements that refer to it).
 */
export async function showReport(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== NOF_LANGUAGE || readHeader(doc.getText()).kind !== 'Consortium') {
    void vscode.window.showWarningMessage('NOF: open a Consortium document to see its report.');
    return;
  }
  if (doc.isDirty) await doc.save();
  const file = doc.uri.fsPath;
  const existing = panels.get(file);
  if (existing) {
    existing.reveal(vscode.ViewColumn.Beside, true);
    return render(existing, file);
  }
  const panel = vscode.window.createWebviewPanel('nof.report', `Report: ${path.basename(file)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: false,
    enableFindWidget: true,
    localResourceRoots: [],
  });
  panels.set(file, panel);
  const onSave = vscode.workspace.onDidSaveTextDocument((saved) => {
    if (saved.languageId === NOF_LANGUAGE) void render(panel, file);
  });
  panel.onDidDispose(() => {
    onSave.dispose();
    panels.delete(file);
  });
  await render(panel, file);
}

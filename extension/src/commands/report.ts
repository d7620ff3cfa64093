import * as path from 'node:path';
import * as vscode from 'vscode';
import { runNof } from '../cli.js';
import { NOF_LANGUAGE, readHeader } from '../detect.js';

/** Open report panels, by the consortium file they show. */
const panels = new Map<string, vscode.WebviewPanel>();

/** No scripts, no remote content: the report is the CLI's self-contained page, shown as is. */
function csp(webview: vscode.Webview): string {
  return `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:;">`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The CLI's page with the webview's content policy added to its head. */
function withPolicy(webview: vscode.Webview, html: string): string {
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${csp(webview)}`)
    : `<!DOCTYPE html><html><head>${csp(webview)}</head><body>${html}</body></html>`;
}

/** Why there is no report (the CLI's own words: a file with errors lists them), in VS Code's colours. */
function problemPage(webview: vscode.Webview, text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp(webview)}
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em; }
pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); color: var(--vscode-errorForeground); }</style>
</head><body><h2>No report</h2><pre>${escapeHtml(text)}</pre></body></html>`;
}

async function render(panel: vscode.WebviewPanel, file: string): Promise<void> {
  const cwd = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))?.uri.fsPath ?? path.dirname(file);
  const asOf = vscode.workspace.getConfiguration('nof', vscode.Uri.file(file)).get<string>('asOf');
  const run = await runNof(['report', file, '--format', 'html', ...(asOf ? ['--as-of', asOf] : [])], cwd);
  panel.webview.html = run.code === 0 ? withPolicy(panel.webview, run.out) : problemPage(panel.webview, run.err.trim() || run.out.trim());
}

/**
 * "NOF: Show consortium report": the CLI's report of the active Consortium document
 * (`nof report <file> --format html`, as of `nof.asOf` when set), in a panel beside it, made
 * again whenever a NOF document is saved (it draws on the providers and national contracts).
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
  const panel = vscode.window.createWebviewPanel(
    'nof.report',
    `Report: ${path.basename(file)}`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    {
      enableScripts: false,
      enableFindWidget: true,
      localResourceRoots: [],
    },
  );
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

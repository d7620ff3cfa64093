import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_COMMANDS, type ReportResult } from '@nof/language-server/protocol';
import { NOF_LANGUAGE, readHeader } from '../detect.js';
import { describeProblem, runOnServer, type ServerAccess } from '../server.js';

/** Open report panels, by the uri of the consortium they show. */
const panels = new Map<string, vscode.WebviewPanel>();
/** How long typing must pause before an open report is made again. */
const REFRESH_MS = 500;

/** No scripts, no remote content: the report is the SDK's self-contained page, shown as is. */
function csp(webview: vscode.Webview): string {
  return `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:;">`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The report page with the webview's content policy added to its head. */
function withPolicy(webview: vscode.Webview, html: string): string {
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${csp(webview)}`)
    : `<!DOCTYPE html><html><head>${csp(webview)}</head><body>${html}</body></html>`;
}

/** Why there is no report (the errors that stop it), in VS Code's colours. */
function problemPage(webview: vscode.Webview, text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp(webview)}
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em; }
pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); color: var(--vscode-errorForeground); }</style>
</head><body><h2>No report</h2><pre>${escapeHtml(text)}</pre></body></html>`;
}

async function render(server: ServerAccess, panel: vscode.WebviewPanel, uri: vscode.Uri): Promise<void> {
  const result = await runOnServer<ReportResult>(server, SERVER_COMMANDS.report, { uri: uri.toString() });
  if (result.status === 'ok') panel.webview.html = withPolicy(panel.webview, result.html);
  else if (result.status === 'has-errors') {
    const name = path.basename(uri.path);
    panel.webview.html = problemPage(
      panel.webview,
      [`${name} has errors; fix them to see its report:`, ...result.problems.map((p) => `${name} ${describeProblem(p)}`)].join('\n'),
    );
  } else panel.webview.html = problemPage(panel.webview, `${path.basename(uri.path)} holds no Consortium document.`);
}

/**
 * "NOF: Show consortium report": the report of the active Consortium document, made by the
 * language server from the text the editor holds (saved or not) and the rest of the workspace, as
 * of `nof.asOf` when set, in a panel beside it. It is made again when typing in a NOF document
 * pauses (the report draws on the providers and national contracts too). Nothing is saved.
 */
export async function showReport(server: ServerAccess): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== NOF_LANGUAGE || readHeader(doc.getText()).kind !== 'Consortium') {
    void vscode.window.showWarningMessage('NOF: open a Consortium document to see its report.');
    return;
  }
  const key = doc.uri.toString();
  const existing = panels.get(key);
  if (existing) {
    existing.reveal(vscode.ViewColumn.Beside, true);
    return render(server, existing, doc.uri);
  }
  const panel = vscode.window.createWebviewPanel(
    'nof.report',
    `Report: ${path.basename(doc.uri.path)}`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
  );
  panels.set(key, panel);
  let timer: NodeJS.Timeout | undefined;
  const onChange = vscode.workspace.onDidChangeTextDocument(({ document }) => {
    if (document.languageId !== NOF_LANGUAGE) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(server, panel, doc.uri), REFRESH_MS);
  });
  panel.onDidDispose(() => {
    clearTimeout(timer);
    onChange.dispose();
    panels.delete(key);
  });
  await render(server, panel, doc.uri);
}

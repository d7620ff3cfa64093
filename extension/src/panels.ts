import * as vscode from 'vscode';
import { NOF_LANGUAGE } from './detect.js';

/** What a panel shows: the server's self-contained page, or why there is none. */
export type PanelPage = { html: string } | { heading: string; problem: string };

export interface PanelOptions {
  /** The webview's type (`nof.report`, `nof.insights`). */
  viewType: string;
  /** What the panel shows, so a second run reveals it rather than opening another (a file's uri). */
  key: string;
  title: string;
  /** Asks the server for the page, from the workspace as the editor holds it. */
  page: () => Promise<PanelPage>;
}

/** Open panels, by view type and key, with how to make each again. */
const panels = new Map<string, { panel: vscode.WebviewPanel; render: () => Promise<void> }>();
/** How long typing must pause before an open panel is made again. */
const REFRESH_MS = 500;

/** No scripts, no remote content: the server's pages are self-contained, shown as they are. */
function csp(webview: vscode.Webview): string {
  return `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:;">`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A page with the webview's content policy added to its head. */
function withPolicy(webview: vscode.Webview, html: string): string {
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${csp(webview)}`)
    : `<!DOCTYPE html><html><head>${csp(webview)}</head><body>${html}</body></html>`;
}

/** Why there is no page (the errors that stop it), in VS Code's colours. */
function problemPage(webview: vscode.Webview, heading: string, text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp(webview)}
<style>body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em; }
pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); color: var(--vscode-errorForeground); }</style>
</head><body><h2>${escapeHtml(heading)}</h2><pre>${escapeHtml(text)}</pre></body></html>`;
}

/**
 * Shows a page the server makes in a panel beside the editor (revealed and made again if it is
 * open already). It is made again when typing in a NOF document pauses and when one is saved, as
 * pages draw on the whole workspace. Only the latest answer is shown, so a slow one never
 * replaces a newer one.
 */
export async function showPanel({ viewType, key, title, page }: PanelOptions): Promise<void> {
  const id = `${viewType} ${key}`;
  const existing = panels.get(id);
  if (existing) {
    existing.panel.reveal(vscode.ViewColumn.Beside, true);
    return existing.render();
  }
  const panel = vscode.window.createWebviewPanel(
    viewType,
    title,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
    { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
  );
  let latest = 0;
  let disposed = false;
  const render = async (): Promise<void> => {
    const request = ++latest;
    const shown = await page().catch((error: unknown) => ({
      heading: 'Not available',
      problem: `The NOF language server could not make it: ${error instanceof Error ? error.message : String(error)}`,
    }));
    if (disposed || request !== latest) return;
    const { webview } = panel;
    webview.html = 'html' in shown ? withPolicy(webview, shown.html) : problemPage(webview, shown.heading, shown.problem);
  };
  panels.set(id, { panel, render });
  let timer: NodeJS.Timeout | undefined;
  const onChange = vscode.workspace.onDidChangeTextDocument(({ document }) => {
    if (document.languageId !== NOF_LANGUAGE) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), REFRESH_MS);
  });
  const onSave = vscode.workspace.onDidSaveTextDocument((document) => {
    if (document.languageId !== NOF_LANGUAGE) return;
    clearTimeout(timer);
    void render();
  });
  panel.onDidDispose(() => {
    disposed = true;
    clearTimeout(timer);
    onChange.dispose();
    onSave.dispose();
    panels.delete(id);
  });
  await render();
}

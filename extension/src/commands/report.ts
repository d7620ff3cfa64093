import * as path from 'node:path';
import * as vscode from 'vscode';
import { SERVER_COMMANDS, type ReportResult } from '@nof/language-server/protocol';
import { NOF_LANGUAGE, readHeader } from '../detect.js';
import { showPanel, type PanelPage } from '../panels.js';
import { describeProblem, runOnServer, type ServerAccess } from '../server.js';

async function reportPage(server: ServerAccess, uri: vscode.Uri): Promise<PanelPage> {
  const result = await runOnServer<ReportResult>(server, SERVER_COMMANDS.report, { uri: uri.toString() });
  const name = path.basename(uri.path);
  if (result.status === 'ok') return { html: result.html };
  if (result.status === 'has-errors') {
    const problems = result.problems.map((p) => `${name} ${describeProblem(p)}`);
    return { heading: 'No report', problem: [`${name} has errors; fix them to see its report:`, ...problems].join('\n') };
  }
  return { heading: 'No report', problem: `${name} holds no Consortium document.` };
}

/**
 * "NOF: Show consortium report": the report of the active Consortium document, made by the
 * language server from the text the editor holds (saved or not) and the rest of the workspace, as
 * of `nof.asOf` when set, in a panel beside it. It is made again when typing in a NOF document
 * pauses and on save (the report draws on the providers and national contracts too). Nothing is saved.
 */
export async function showReport(server: ServerAccess): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId !== NOF_LANGUAGE || readHeader(doc.getText()).kind !== 'Consortium') {
    void vscode.window.showWarningMessage('NOF: open a Consortium document to see its report.');
    return;
  }
  const { uri } = doc;
  await showPanel({
    viewType: 'nof.report',
    key: uri.toString(),
    title: `Report: ${path.basename(uri.path)}`,
    page: () => reportPage(server, uri),
  });
}

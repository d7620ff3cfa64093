import * as vscode from 'vscode';
import { SERVER_COMMANDS, type KindInfo, type NewDocumentResult } from '@nof/language-server/protocol';
import { runOnServer, type ServerAccess } from '../server.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * "NOF: New document…": pick a kind (described by its schema) and an id, choose where to save,
 * and the language server's scaffold (a minimal valid document with comments) is written there
 * and opened.
 */
export async function newDocument(server: ServerAccess): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const kinds = await runOnServer<KindInfo[]>(server, SERVER_COMMANDS.kinds);
  const pick = await vscode.window.showQuickPick(
    kinds.map((k) => ({ label: k.kind, detail: k.description })),
    { title: 'NOF: New document', placeHolder: 'Kind of document', matchOnDetail: true },
  );
  if (!pick) return;
  const id = await vscode.window.showInputBox({
    title: `New ${pick.label}`,
    prompt: 'Document id: lower-case words joined by hyphens, unique among documents of this kind',
    validateInput: (value) => (ID.test(value) ? undefined : 'Use lower-case letters, digits and single hyphens, e.g. white-rose-fostering'),
  });
  if (!id) return;
  const target = await vscode.window.showSaveDialog({
    title: `Save the new ${pick.label}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${id}.yaml`) : undefined,
    filters: { 'NOF YAML': ['yaml', 'yml'] },
  });
  if (!target) return;
  const { text } = await runOnServer<NewDocumentResult>(server, SERVER_COMMANDS.newDocument, {
    kind: pick.label,
    id,
    uri: target.toString(),
  });
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(target);
}

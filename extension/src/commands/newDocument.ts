import * as path from 'node:path';
import * as vscode from 'vscode';
import { KINDS, shippedSchemaFiles } from '@nof/schemas';
import { failure, runNof } from '../cli.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One pick per kind, described by its schema's own title and description. */
function kindPicks(): Array<vscode.QuickPickItem & { nofKind: string }> {
  const schemas = shippedSchemaFiles().filter((s) => s.apiVersion === 'nof/v1');
  return KINDS.map((kind) => {
    const schema = schemas.find((s) => s.kind === kind)?.schema;
    return { nofKind: kind, label: kind, detail: typeof schema?.description === 'string' ? schema.description : undefined };
  });
}

/**
 * "NOF: New document…": pick a kind and an id, choose where to save, and the CLI's scaffold
 * (`nof new <kind> --id <id> --out <file>`: a minimal valid document with comments) is
 * written there and opened.
 */
export async function newDocument(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const pick = await vscode.window.showQuickPick(kindPicks(), {
    title: 'NOF: New document',
    placeHolder: 'Kind of document',
    matchOnDetail: true,
  });
  if (!pick) return;
  const id = await vscode.window.showInputBox({
    title: `New ${pick.nofKind}`,
    prompt: 'Document id: lower-case words joined by hyphens, unique among documents of this kind',
    validateInput: (value) => (ID.test(value) ? undefined : 'Use lower-case letters, digits and single hyphens, e.g. white-rose-fostering'),
  });
  if (!id) return;
  const target = await vscode.window.showSaveDialog({
    title: `Save the new ${pick.nofKind}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${id}.yaml`) : undefined,
    filters: { 'NOF YAML': ['yaml', 'yml'] },
  });
  if (!target) return;
  const run = await runNof(['new', pick.nofKind, '--id', id, '--out', target.fsPath], path.dirname(target.fsPath));
  if (run.code !== 0) {
    void vscode.window.showErrorMessage(`NOF: could not create the ${pick.nofKind}: ${failure(run)}`);
    return;
  }
  await vscode.window.showTextDocument(target);
}

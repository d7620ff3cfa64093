import * as vscode from 'vscode';
import { KINDS, loadSchemaFiles } from '@nof/schemas';
import { failure, runNof } from '../cli.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One pick per kind, described by its schema's own title and description. */
function kindPicks(): Array<vscode.QuickPickItem & { nofKind: string }> {
  const schemas = loadSchemaFiles().filter((s) => s.apiVersion === 'nof/v1');
  return KINDS.map((kind) => {
    const schema = schemas.find((s) => s.kind === kind)?.schema;
    return { nofKind: kind, label: kind, detail: typeof schema?.description === 'string' ? schema.description : undefined };
  });
}

/**
 * "NOF: New document…": pick a kind, give the document an id and a name, and get the CLI's
 * scaffold (`nof new`), saved where the user says and opened for editing.
 */
export async function newDocument(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const pick = await vscode.window.showQuickPick(kindPicks(), { title: 'NOF: New document', placeHolder: 'Kind of document', matchOnDetail: true });
  if (!pick) return;
  const id = await vscode.window.showInputBox({
    title: `New ${pick.nofKind}`,
    prompt: 'Document id: lower-case words joined by hyphens, unique among documents of this kind',
    placeHolder: 'white-rose-fostering',
    validateInput: (value) => (ID.test(value) ? undefined : 'Use lower-case letters, digits and single hyphens, e.g. white-rose-fostering'),
  });
  if (!id) return;
  const name = await vscode.window.showInputBox({ title: `New ${pick.nofKind}`, prompt: 'Name people know the document by', value: id.replace(/-/g, ' ') });
  if (name === undefined) return;

  const cwd = folder?.fsPath ?? process.cwd();
  const run = await runNof(['new', pick.nofKind, '--id', id, '--name', name], cwd);
  if (run.code !== 0) {
    void vscode.window.showErrorMessage(`NOF: could not create the ${pick.nofKind}: ${failure(run)}`);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    title: `Save the new ${pick.nofKind}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${id}.yaml`) : undefined,
    filters: { 'NOF YAML': ['yaml', 'yml'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(run.out, 'utf8'));
  await vscode.window.showTextDocument(target);
}

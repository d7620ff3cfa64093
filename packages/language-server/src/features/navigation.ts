import { renameEdits, renameTarget } from '@nof/sdk/language';
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

/** Go to definition, find references and rename, for document ids and the ids of items inside documents. */
export function registerNavigation(context: ServerContext): void {
  const { connection, project } = context;
  connection.onDefinition(({ textDocument, position }, token) =>
    context.about(textDocument.uri, token, null, () => project.workspace.definition(textDocument.uri, position) ?? null),
  );
  connection.onReferences(({ textDocument, position, context: options }, token) =>
    context.about(textDocument.uri, token, [], () => project.workspace.references(textDocument.uri, position, options.includeDeclaration)),
  );
  connection.onPrepareRename(({ textDocument, position }, token) =>
    context.about(textDocument.uri, token, null, () => {
      const target = renameTarget(project.workspace, textDocument.uri, position);
      return target ? { range: target.range, placeholder: target.placeholder } : null;
    }),
  );
  connection.onRenameRequest(({ textDocument, position, newName }, token) => {
    const result = context.about(textDocument.uri, token, undefined, () =>
      renameEdits(project.workspace, textDocument.uri, position, newName),
    );
    if (result === undefined) return null;
    // A refusal is the user's to read, as an error of the request.
    if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { changes: result.edits };
  });
}

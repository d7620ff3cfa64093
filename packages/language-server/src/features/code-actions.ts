import { quickFixes } from '@nof/sdk/language';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { toLspDiagnostic } from '../convert.js';
import type { ServerContext } from '../server.js';

/** The SDK's fixes for the diagnostics in the range (from the workspace, not the client's copy). */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction(({ textDocument, range, context: request }, token) =>
    context.about(textDocument.uri, token, [], () => {
      if (request.only && !request.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
      return quickFixes(context.project.workspace, textDocument.uri, range).map(
        (fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: fix.diagnostics.map(toLspDiagnostic),
          isPreferred: fix.preferred,
          edit: { changes: { [textDocument.uri]: fix.edits } },
        }),
      );
    }),
  );
}

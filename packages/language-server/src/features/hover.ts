import { hoverAt } from '@nof/sdk/language';
import { MarkupKind } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(({ textDocument, position }, token) =>
    context.about(textDocument.uri, token, null, () => {
      const info = hoverAt(context.project.workspace, textDocument.uri, position);
      if (!info) return null;
      const kind = context.support.markdown ? MarkupKind.Markdown : MarkupKind.PlainText;
      return { contents: { kind, value: info.markdown }, range: info.range };
    }),
  );
}

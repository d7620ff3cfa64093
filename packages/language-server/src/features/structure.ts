import { documentAt, foldingRanges, selectionRanges } from '@nof/sdk/language';
import { FoldingRangeKind, type SelectionRange } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

/** Folding and expand-selection from the YAML structure. */
export function registerStructure(context: ServerContext): void {
  const { connection, project } = context;
  connection.onFoldingRanges(({ textDocument }, token) =>
    context.about(textDocument.uri, token, [], () => {
      const file = project.workspace.file(textDocument.uri);
      return file
        ? foldingRanges(file).map((f) => ({
            startLine: f.startLine,
            endLine: f.endLine,
            ...(f.kind ? { kind: FoldingRangeKind.Comment } : {}),
          }))
        : [];
    }),
  );
  connection.onSelectionRanges(({ textDocument, positions }, token) =>
    context.about(textDocument.uri, token, [], () =>
      positions.map((position) => {
        const document = documentAt(project.workspace, textDocument.uri, position);
        const ranges = document ? selectionRanges(document, position) : [];
        // Built from the outside in, so that each range's parent is the one around it.
        let chain: SelectionRange | undefined;
        for (const range of [...ranges].reverse()) chain = { range, ...(chain ? { parent: chain } : {}) };
        return chain ?? { range: { start: position, end: position } };
      }),
    ),
  );
}

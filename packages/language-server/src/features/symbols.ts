import { documentSymbols, workspaceSymbols, type OutlineSymbol } from '@nof/sdk/language';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

/** Documents are modules, lists of items arrays, items objects: the closest LSP has. */
function symbolKind(kind: string): SymbolKind {
  return /^[A-Z]/.test(kind) ? SymbolKind.Module : SymbolKind.Object;
}

function toSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail ? `${symbol.kind} ${symbol.detail}` : symbol.kind,
    kind: symbolKind(symbol.kind),
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toSymbol),
  };
}

export function registerSymbols(context: ServerContext): void {
  context.connection.onDocumentSymbol(({ textDocument }, token) =>
    context.about(textDocument.uri, token, [], () => documentSymbols(context.project.workspace, textDocument.uri).map(toSymbol)),
  );
  context.connection.onWorkspaceSymbol(({ query }, token) => {
    if (token.isCancellationRequested) return [];
    return workspaceSymbols(context.project.workspace, query).map((s) => ({
      name: s.name,
      kind: SymbolKind.Module,
      containerName: s.container ? `${s.kind}: ${s.container}` : s.kind,
      location: { uri: s.uri, range: s.range },
    }));
  });
}

import { completionsAt, type CompletionCandidate } from '@nof/sdk/language';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
} from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';

const KIND: Record<CompletionCandidate['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  code: CompletionItemKind.Constant,
  reference: CompletionItemKind.Reference,
};

function toItem(candidate: CompletionCandidate, index: number, snippets: boolean): CompletionItem {
  const useSnippet = snippets && candidate.snippet !== undefined;
  const newText = useSnippet ? candidate.snippet! : candidate.insertText;
  return {
    label: candidate.label,
    kind: KIND[candidate.kind],
    ...(candidate.description ? { labelDetails: { description: candidate.description } } : {}),
    ...(candidate.detail ? { detail: candidate.detail } : {}),
    ...(candidate.documentation ? { documentation: { kind: MarkupKind.Markdown, value: candidate.documentation } } : {}),
    ...(candidate.filterText ? { filterText: candidate.filterText } : {}),
    ...(candidate.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    // Schema order is the order people read the properties in; keep it.
    sortText: String(index).padStart(5, '0'),
    textEdit: { range: candidate.range, newText },
    insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The text already carries the indentation of its lines.
    insertTextMode: InsertTextMode.asIs,
  };
}

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion((params, token) => {
    const document = context.documents.get(params.textDocument.uri);
    if (!document) return [];
    // The editor's text says where the cursor is; the last check's parse supplies the rest, so
    // completion needs no new parse and stays quick in large files.
    try {
      if (token.isCancellationRequested) return [];
      const candidates = completionsAt(context.project.workspace, document.uri, document.getText(), params.position);
      return candidates.map((c, i) => toItem(c, i, context.support.snippets));
    } catch (error) {
      context.log.error(`Completion failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
}

import { CodeActionKind, type ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from '../server.js';
import { registerCodeActions } from './code-actions.js';
import { registerCompletion } from './completion.js';
import { registerHover } from './hover.js';
import { registerNavigation } from './navigation.js';
import { registerStructure } from './structure.js';
import { registerSymbols } from './symbols.js';

/**
 * Installs the handler of every language feature and returns the capabilities to announce.
 * No formatting: re-emitting YAML loses comments and layout people chose, so the server offers none.
 */
export function registerFeatures(context: ServerContext): ServerCapabilities {
  registerCompletion(context);
  registerHover(context);
  registerNavigation(context);
  registerSymbols(context);
  registerCodeActions(context);
  registerStructure(context);
  return {
    completionProvider: { triggerCharacters: [':', ' ', '-', '{', ',', '['] },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
  };
}

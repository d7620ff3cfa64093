/**
 * @nof/sdk/language: editor-agnostic language features over a Workspace, for language servers
 * (the NOF one maps them to LSP) and editors embedding the SDK.
 */
export { cursorContext, type CursorContext } from './cursor.js';
export { completionsAt, type CompletionCandidate, type CompletionKind } from './completion.js';
export { hoverAt, type HoverInfo } from './hover.js';
export { documentSymbols, workspaceSymbols, type OutlineSymbol, type WorkspaceSymbolEntry } from './symbols.js';
export { foldingRanges, selectionRanges, type Fold } from './structure.js';
export { renameEdits, renameTarget, type RenameTarget } from './rename.js';
export { quickFixes, type QuickFix } from './code-actions.js';
export { documentAt } from './workspace-view.js';
export { splitLines } from '../parse/positions.js';

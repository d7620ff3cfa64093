import * as path from 'node:path';
import * as vscode from 'vscode';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

/**
 * The `nof.*` settings as the language server receives them: in `initializationOptions`
 * at start, and on every change (`workspace/didChangeConfiguration`, section `nof`).
 */
export interface NofSettings {
  /** Severity overrides by rule code. */
  rules: Record<string, RuleSeverity>;
  /** YYYY-MM-DD, or undefined for today. */
  asOfDate: string | undefined;
  /** Extra schema/codelist folders, absolute. */
  schemaFolders: string[];
}

export function readSettings(): NofSettings {
  const config = vscode.workspace.getConfiguration('nof');
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  return {
    rules: config.get<Record<string, RuleSeverity>>('rules', {}),
    asOfDate: config.get<string>('asOfDate', '') || undefined,
    schemaFolders: config.get<string[]>('schemaFolders', []).map((folder) => path.resolve(root, folder)),
  };
}

import type { FileResult } from '../diagnostics/diagnostic.js';
import type { Workspace } from './workspace.js';

/** The diagnostics of a workspace: its config file's first (if any), then what could not be read, then every file's. */
export function validateWorkspace(workspace: Workspace): FileResult[] {
  const config = workspace.config?.result;
  return [...(config ? [config] : []), ...workspace.loadProblems, ...workspace.validateAll()];
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Codelists } from '../codelists/codelists.js';
import { CONFIG_FILE, loadConfig } from '../config/config.js';
import { IgnoreList } from '../config/ignore.js';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { Workspace, type WorkspaceOptions } from './workspace.js';

/** Every .yaml/.yml file below `dir`, skipping hidden folders and node_modules, sorted. */
function yamlFiles(dir: string, ignore: IgnoreList, root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const rel = relative(root, path).split(sep).join('/');
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || ignore.ignores(rel)) continue;
    if (entry.isDirectory()) for (const file of yamlFiles(path, ignore, root)) out.push(file);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && entry.name !== CONFIG_FILE) out.push(path);
  }
  return out;
}

/**
 * A workspace of every .yaml/.yml file below `dir` (file paths as uris), governed by the
 * nof.config.yaml at or above `dir`: its rule levels, `asOf` and `ignore` patterns apply.
 */
export function loadWorkspace(dir: string, options: WorkspaceOptions = {}): Workspace {
  const codelists = options.codelists ?? new Codelists();
  const config = loadConfig(dir, codelists);
  const root = config.config.path ? dirname(config.config.path) : resolve(dir);
  const workspace = new Workspace({ settings: config.config.rules, asOf: config.config.asOf, ...options, codelists, config });
  for (const path of yamlFiles(resolve(dir), new IgnoreList(config.config.ignore), root)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      workspace.loadProblems.push({
        uri: path,
        diagnostics: [{ severity: 'error', code: 'file/unreadable', message: `The file could not be read (${reason}).`, path: '', range }],
      });
      continue;
    }
    workspace.set(path, text);
  }
  return workspace;
}

/** The diagnostics of a workspace: its config file's first (if any), then every file's. */
export function validateWorkspace(workspace: Workspace): FileResult[] {
  const config = workspace.config?.result;
  return [...(config ? [config] : []), ...workspace.loadProblems, ...workspace.validateAll()];
}

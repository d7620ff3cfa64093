import { resolve } from 'node:path';
import type { Codelists } from '../codelists/codelists.js';
import type { Rule } from '../rules/rule.js';
import type { SettingsLayer } from '../settings/settings.js';
import { Project } from '../workspace/project.js';
import type { Workspace } from '../workspace/workspace.js';
import { NodeHost } from './host.js';

/** What {@link loadWorkspace} may be given; every field has a default. */
export interface LoadOptions {
  codelists?: Codelists;
  rules?: readonly Rule[];
  /** Settings over nof.config.yaml's (as a command line gives them). */
  settings?: SettingsLayer;
}

/**
 * A workspace of every NOF file below `dir` (paths as uris), found by the one file discovery
 * and governed by the nof.config.yaml at or above `dir`: its rule levels, `asOf`, `ignore`
 * patterns and codelist pins apply, and the profiles beside it are loaded. Folders and files
 * that cannot be read are in `workspace.loadProblems`.
 */
export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<Workspace> {
  const { settings, ...rest } = options;
  const project = new Project({ host: new NodeHost(), ...rest, layers: settings ? [settings] : [] });
  await project.load([resolve(dir)]);
  return project.workspace;
}

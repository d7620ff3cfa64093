import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  Codelists,
  NofFiles,
  readConfig,
  readWorkspaceProfiles,
  SchemaRegistry,
  type FileResult,
  type LoadedConfig,
  type ProfileCatalog,
} from '@nof/sdk';
import { collectPaths, NodeHost, NoSuchPathError, type FoundPath } from '@nof/sdk/node';
import { UsageError } from '../io.js';

/** What the command line's paths name, under the config that governs them. */
export interface Inputs {
  config: LoadedConfig;
  /** The files, as the user named them (or joined to the folder or glob that found them). */
  files: FoundPath[];
  /** Folders that could not be searched, each one diagnostic. */
  unreadable: FileResult[];
  /** The folders searched (absolute). */
  folders: string[];
}

/** The disk, as the SDK reads it. */
export const host = new NodeHost();

/**
 * The nof.config.yaml that governs the paths (at or above the first one, or the current folder
 * for a glob) and the files they name, found by the SDK's one file discovery (the same the
 * language server and `loadWorkspace` use): `.yaml`/`.yml` in any case, hidden folders,
 * node_modules and the config's `ignore` patterns left out, symbolic links followed. A path
 * that does not exist, or a glob that matches nothing, is a usage error.
 */
export async function collectInputs(paths: readonly string[], cwd: string, codelists = new Codelists()): Promise<Inputs> {
  const first = paths.find((p) => p !== '-');
  const start = resolve(cwd, first && !/[*?[{]/.test(first) ? first : '.');
  const config = await readConfig(host, isFolder(start) ? start : dirname(start), codelists);
  const root = config.config.path === undefined ? cwd : dirname(config.config.path);
  const selection = new NofFiles(root, config.config.settings.ignore);
  try {
    const { files, unreadable, folders } = await collectPaths(
      paths.filter((p) => p !== '-'),
      cwd,
      host,
      selection,
    );
    return { config, files, unreadable, folders };
  } catch (error) {
    if (error instanceof NoSuchPathError) throw new UsageError(error.message);
    throw error;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The local profiles (`profiles/` beside the governing config and beside each config in the folders searched), read once for the run. */
export function profilesOf(inputs: Inputs, cwd: string, registry: SchemaRegistry = SchemaRegistry.shipped()): Promise<ProfileCatalog[]> {
  const root = inputs.config.config.path === undefined ? cwd : dirname(inputs.config.config.path);
  return readWorkspaceProfiles(host, [root, ...inputs.folders], inputs.config.config.path, registry);
}

import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { errorCode, unreadable as unreadableDiagnostic } from '../host/host.js';
import type { FileSelection } from '../host/selection.js';
import type { NodeHost } from './host.js';

/** A path argument that names nothing: the caller's usage error. */
export class NoSuchPathError extends Error {}

/** A file a path argument gave: `named` when given itself (always checked), not when found in a folder or by a glob (checked only if it holds a NOF document). */
export interface FoundPath {
  path: string;
  named: boolean;
}

/**
 * The files path arguments name, as the command line takes them: a file as given (named), a
 * folder searched by the host (the one file discovery), a glob (`*`, `**`, `?`, `[ab]`, `{x,y}`,
 * matched by picomatch) matched against what a search of its fixed leading folders finds.
 * Paths are returned as given (joined to the glob's folder); a path that does not exist, or a
 * glob that matches nothing, throws {@link NoSuchPathError}. A path that exists but cannot be
 * read (a link loop, no permission) is returned, for reading it to say why; a folder that
 * cannot be searched is one `file/unreadable` result, and the rest is searched all the same.
 * `folders` are the (absolute) folders searched.
 */
export async function collectPaths(
  args: readonly string[],
  cwd: string,
  host: NodeHost,
  selection: FileSelection,
): Promise<{ files: FoundPath[]; unreadable: FileResult[]; folders: string[] }> {
  const files: FoundPath[] = [];
  const unreadable: FileResult[] = [];
  const folders: string[] = [];
  // A set: comparing each path with every one before it took half a second for 10,000 files.
  const taken = new Set<string>();
  const add = (path: string, named: boolean) => {
    if (taken.has(path)) return;
    taken.add(path);
    files.push({ path, named });
  };
  const search = async (folder: string, keep: (rel: string) => boolean = () => true) => {
    folders.push(resolve(cwd, folder));
    const found = await host.findFiles(resolve(cwd, folder), selection);
    for (const { uri, what, error } of found.unreadable) unreadable.push({ uri, diagnostics: [unreadableDiagnostic(what, error.code)] });
    const hits = found.files.map((f) => relative(resolve(cwd, folder), f).split(sep).join('/')).filter((rel) => keep(rel));
    for (const rel of hits) add(join(folder, rel), false);
    return hits.length;
  };
  for (const arg of args) {
    const glob = picomatch.scan(arg.replace(/\\/g, '/'));
    if (glob.isGlob) {
      const matches = picomatch(glob.glob, { dot: false });
      const base = glob.base || '.';
      if ((await kindOf(resolve(cwd, base))) !== 'folder' || (await search(base, matches)) === 0) {
        throw new NoSuchPathError(`no YAML files match '${arg}'`);
      }
      continue;
    }
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === 'missing') throw new NoSuchPathError(`no such file or folder: '${arg}'`);
    if (kind === 'folder') await search(arg);
    else add(arg, true);
  }
  return { files, unreadable, folders };
}

async function kindOf(path: string): Promise<'folder' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    // A link loop or a folder we may not look into exists all the same: reading it will say why.
    return errorCode(error) === 'ENOENT' ? 'missing' : 'file';
  }
}

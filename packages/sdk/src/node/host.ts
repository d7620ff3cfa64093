import * as fs from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fdir } from 'fdir';
import { errorCode, HostError, type FoundFiles, type Host } from '../host/host.js';
import type { FileSelection } from '../host/selection.js';

/** A uri as a path on disk: `file://` URIs are converted, paths resolved. */
export function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : resolve(uri);
}

/** A path in the form of `like`: a `file://` URI when `like` is one, else the path itself. */
function uriLike(path: string, like: string): string {
  return like.startsWith('file:') ? pathToFileURL(path).href : path;
}

/**
 * Files on disk, for the SDK: paths (or `file://` URIs, answered in kind) read with node:fs,
 * folders searched with fdir. The one file discovery of the CLI, the language server and
 * `loadWorkspace`: what is taken is the selection's decision (see `NofFiles`); symbolic
 * links are followed and each real file is returned once (by its first path in sorted order);
 * a folder that cannot be read, and a link that loops or leads nowhere, is reported rather
 * than skipped in silence.
 */
export class NodeHost implements Host {
  /**
   * `blocking`: read each file in blocking calls, for a thread that has nothing else to do
   * meanwhile (a batch's workers): four asynchronous calls a file took longer than parsing it.
   */
  constructor(private readonly options: { blocking?: boolean } = {}) {}

  async readFile(uri: string, maxBytes?: number): Promise<string> {
    if (this.options.blocking) return readBlocking(pathOf(uri), maxBytes);
    let handle: fs.promises.FileHandle | undefined;
    try {
      handle = await open(pathOf(uri), 'r');
      const info = await handle.stat();
      if (info.isDirectory()) throw new HostError('EISDIR');
      if (maxBytes !== undefined && info.size > maxBytes) throw new HostError('EFBIG', info.size);
      return await handle.readFile('utf8');
    } catch (error) {
      throw error instanceof HostError ? error : new HostError(errorCode(error));
    } finally {
      await handle?.close();
    }
  }

  async findFiles(root: string, selection: FileSelection): Promise<FoundFiles> {
    const unreadable: FoundFiles['unreadable'] = [];
    const note = (path: string, what: 'file' | 'folder', code: string) =>
      unreadable.push({ uri: uriLike(trimSlash(path), root), what, error: new HostError(code) });
    // fdir skips what it cannot read; these wrappers hear of it first. It resolves every link it
    // meets with realpath: without one, each path found is a file of its own.
    let links = false;
    const watched: Partial<typeof fs> = {
      ...fs,
      readdir: ((
        path: string,
        options: { withFileTypes: true },
        callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void,
      ) =>
        fs.readdir(path, options, (error, entries) => {
          if (error) note(path, 'folder', errorCode(error));
          callback(error, entries);
        })) as typeof fs.readdir,
      realpath: ((path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
        fs.realpath(path, (error, resolved) => {
          links = true;
          const code = error ? errorCode(error) : undefined;
          // A link that loops, or leads nowhere, under a name the search would take.
          if (code && selection.takesFile(path)) note(path, 'file', code);
          else if (code === 'ELOOP' && selection.takesFolder(path)) note(path, 'folder', code);
          callback(error, resolved);
        })) as typeof fs.realpath,
    };
    const base = pathOf(root);
    const found = await new fdir({ fs: watched as never })
      .withFullPaths()
      .withSymlinks({ resolvePaths: false })
      .exclude((_name, dir) => !selection.takesFolder(uriLike(trimSlash(dir), root)))
      .filter((path, isDirectory) => !isDirectory && selection.takesFile(uriLike(path, root)))
      .crawl(base)
      .withPromise();
    const files = links ? await oncePerRealFile(found.sort()) : found.sort();
    return { files: files.map((f) => uriLike(f, root)), unreadable: unreadable.sort((a, b) => (a.uri < b.uri ? -1 : 1)) };
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith(sep) ? path.slice(0, -1) : path;
}

/** The paths that are each a different file, the first path kept where links give one file several. */
async function oncePerRealFile(paths: string[]): Promise<string[]> {
  const real = await Promise.all(paths.map((p) => realpath(p).catch(() => p)));
  const seen = new Set<string>();
  return paths.filter((_, i) => !seen.has(real[i]!) && seen.add(real[i]!) !== undefined);
}

/** NodeHost.readFile in blocking calls: the same checks, the same errors. */
function readBlocking(path: string, maxBytes?: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, 'r');
    const info = fs.fstatSync(fd);
    if (info.isDirectory()) throw new HostError('EISDIR');
    if (maxBytes !== undefined && info.size > maxBytes) throw new HostError('EFBIG', info.size);
    return fs.readFileSync(fd, 'utf8');
  } catch (error) {
    throw error instanceof HostError ? error : new HostError(errorCode(error));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

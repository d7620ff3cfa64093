import { HostError, type FileChange, type FoundFiles, type Host } from './host.js';
import type { FileSelection } from './selection.js';
import { parentOf, relativeUri } from './uri.js';

/**
 * Files held in memory, by uri: a host for a browser, a test, or a program whose documents come
 * from a database rather than a disk. Writing or deleting a file tells the watchers.
 */
export class MemoryHost implements Host {
  private readonly files = new Map<string, string>();
  private readonly listeners = new Set<{ root: string; listener: (changes: FileChange[]) => void }>();

  constructor(files: Record<string, string> = {}) {
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
  }

  /** Adds or replaces a file. */
  write(uri: string, text: string): void {
    const type = this.files.has(uri) ? 'changed' : 'created';
    this.files.set(uri, text);
    this.tell({ uri, type });
  }

  /** Removes a file. */
  delete(uri: string): void {
    if (this.files.delete(uri)) this.tell({ uri, type: 'deleted' });
  }

  async readFile(uri: string, maxBytes?: number): Promise<string> {
    const text = this.files.get(uri);
    if (text === undefined) throw new HostError('ENOENT');
    const size = new TextEncoder().encode(text).length;
    if (maxBytes !== undefined && size > maxBytes) throw new HostError('EFBIG', size);
    return text;
  }

  async findFiles(root: string, selection: FileSelection): Promise<FoundFiles> {
    const files = [...this.files.keys()].filter(
      (uri) => relativeUri(root, uri) !== undefined && selection.takesFile(uri) && this.foldersTaken(root, uri, selection),
    );
    return { files: files.sort(), unreadable: [] };
  }

  watch(root: string, listener: (changes: FileChange[]) => void): { dispose(): void } {
    const entry = { root, listener };
    this.listeners.add(entry);
    return { dispose: () => this.listeners.delete(entry) };
  }

  /** True when every folder between `root` and the file may be entered. */
  private foldersTaken(root: string, uri: string, selection: FileSelection): boolean {
    for (let dir = parentOf(uri); relativeUri(root, dir) !== undefined; dir = parentOf(dir)) if (!selection.takesFolder(dir)) return false;
    return true;
  }

  private tell(change: FileChange): void {
    for (const { root, listener } of this.listeners) if (relativeUri(root, change.uri) !== undefined) listener([change]);
  }
}

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileChange } from '@nof/sdk';
import { NodeHost } from '@nof/sdk/node';

/** A `file://` uri's path; undefined for other schemes (`untitled:`...). */
export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * The disk as the SDK reads it (`file://` uris, the SDK's one file discovery), watched through
 * the client: the file events it sends (workspace/didChangeWatchedFiles) are this host's
 * watcher, so the SDK's Project follows them as it would any host's.
 */
export class ClientHost extends NodeHost {
  private readonly listeners = new Set<{ root: string; listener: (changes: FileChange[]) => void }>();

  watch(root: string, listener: (changes: FileChange[]) => void): { dispose(): void } {
    const entry = { root: root.endsWith('/') ? root : `${root}/`, listener };
    this.listeners.add(entry);
    return { dispose: () => this.listeners.delete(entry) };
  }

  /** Files the client says changed on disk. */
  notify(changes: FileChange[]): void {
    for (const { root, listener } of this.listeners) {
      const inside = changes.filter((c) => c.uri.startsWith(root));
      if (inside.length) listener(inside);
    }
  }
}

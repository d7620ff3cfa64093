import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, tooLarge } from '../parse/input-guards.js';
import type { FileSelection } from './selection.js';

/** Why a file or folder could not be read: an errno-style code (`ENOENT`, `EACCES`, `ELOOP`...) and what it means. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    /** For `EFBIG` (over the size limit): the file's size in bytes. */
    readonly size?: number,
  ) {
    super(HOST_ERROR_MESSAGES[code] ?? code);
    this.name = 'HostError';
  }
}

/** The reasons people meet, in their words; any other code is shown as it is. */
export const HOST_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a symbolic link loop',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  EFBIG: 'larger than NOF reads',
};

/** The files a {@link Host} found below a folder, and the places it could not look into. */
export interface FoundFiles {
  /** The files the selection takes, each once, sorted. */
  files: string[];
  /** Folders and files (links that loop or lead nowhere) that could not be read, with why: each becomes one `file/unreadable` diagnostic. */
  unreadable: Array<{ uri: string; what: 'file' | 'folder'; error: HostError }>;
}

/** A file created, changed or deleted, as a host's watcher reports it. */
export interface FileChange {
  uri: string;
  type: 'created' | 'changed' | 'deleted';
}

/**
 * Where documents live, injected into the SDK (as vscode-json-languageservice takes its
 * `fileSystemProvider`): every file the SDK reads, lists or watches goes through a host, so the
 * same engine runs on disk (`@nof/sdk/node`), in an editor, or in a browser over files held in
 * memory. Uris are `/`-separated (paths or `file://` URIs); the SDK joins and splits them with
 * `/` only.
 */
export interface Host {
  /**
   * A file's text; rejects with a {@link HostError} when there is none to read, and with code
   * `EFBIG` (before reading it) when it is larger than `maxBytes`.
   */
  readFile(uri: string, maxBytes?: number): Promise<string>;
  /** Every file below `root` that `selection` takes (one file discovery: the selection decides, the host lists). */
  findFiles(root: string, selection: FileSelection): Promise<FoundFiles>;
  /** Calls `listener` when files below `root` change; returns the means to stop. Hosts that cannot watch leave it out. */
  watch?(root: string, listener: (changes: FileChange[]) => void): { dispose(): void };
}

/** The code of a failed read, whatever threw it. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

/** A document's text read through a host, or the one diagnostic saying why there is none (too large: refused before reading). */
export async function readDocument(host: Host, uri: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<string | Diagnostic> {
  try {
    return await host.readFile(uri, maxBytes);
  } catch (error) {
    if (error instanceof HostError && error.code === 'EFBIG') return tooLarge(error.size ?? maxBytes + 1, maxBytes);
    return unreadable('file', errorCode(error));
  }
}

/** The one diagnostic for a file or folder that could not be read: at its start, saying why. */
export function unreadable(what: 'file' | 'folder', code: string): Diagnostic {
  const reason = HOST_ERROR_MESSAGES[code];
  const why = reason ? `${reason} (${code})` : code;
  const rest = what === 'folder' ? '; the files in it were not checked' : '';
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { severity: 'error', code: 'file/unreadable', message: `The ${what} could not be read: ${why}${rest}.`, path: '', range };
}

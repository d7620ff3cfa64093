import { DEFAULT_LIMITS, PROFILE_SUFFIX } from '@nof/sdk';

/** The files the user gave, by path relative to what they opened or dropped (`examples/consortia/x.yaml`). */
export interface GivenFiles {
  /** The text of every .yaml/.yml file and local profile (`*.profile.json`). */
  texts: Map<string, string>;
  /** Files not read, with why: the page says so rather than leave them out in silence. */
  notRead: Array<{ path: string; reason: string }>;
}

/** What the SDK reads from a folder: documents, nof.config.yaml and local profiles. */
const READ = (path: string) => /\.ya?ml$/i.test(path) || path.endsWith(PROFILE_SUFFIX);
/** Folders a folder search never enters (as the SDK's file discovery): their files are not even listed as not read. */
const UNSEEN = /(^|\/)(\.[^/]*|node_modules)\//;

/** Reads the files the SDK would read among `files` (paths relative to what was given); other files are listed as not read. */
export async function readGiven(files: ReadonlyArray<{ path: string; file: File }>): Promise<GivenFiles> {
  const given: GivenFiles = { texts: new Map(), notRead: [] };
  for (const { path, file } of files) {
    if (UNSEEN.test(path)) continue;
    if (!READ(path)) given.notRead.push({ path, reason: 'not a .yaml or .yml file, so not a NOF document' });
    else if (file.size > DEFAULT_LIMITS.maxBytes)
      given.notRead.push({ path, reason: `larger than ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB` });
    else given.texts.set(path, await file.text());
  }
  return given;
}

/** The files of an `<input type=file webkitdirectory>` (or a plain multiple one). */
export function inputFiles(list: FileList): Array<{ path: string; file: File }> {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** The files and folders dropped on the page, folders read whole. */
export async function droppedFiles(transfer: DataTransfer): Promise<Array<{ path: string; file: File }>> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry());
  // A drop made by a script, not the file manager, has files but no entries.
  if (entries.some((e) => e === null)) return [...transfer.files].map((file) => ({ path: file.name, file }));
  const found: Array<{ path: string; file: File }> = [];
  for (const entry of entries) await walk(entry!, found);
  return found;
}

async function walk(entry: FileSystemEntry, found: Array<{ path: string; file: File }>): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    found.push({ path, file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out a folder's entries in batches, then an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return;
    for (const child of batch) await walk(child, found);
  }
}

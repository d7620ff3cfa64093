import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, type Io } from './io.js';

/**
 * Writes `text` to a temporary file beside `path`, then renames it over: a reader (or a crash)
 * sees the old file or the new one, never half of it. An existing file keeps its permissions.
 */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.nof.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (existsSync(path)) chmodSync(temp, statSync(path).mode);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A command's output: to standard output, or written atomically to `out` (from the working folder) when given. */
export function writeOutput(text: string, out: string | undefined, io: Io): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    writeFileAtomically(resolve(io.cwd, out), text);
  } catch (error) {
    throw new UsageError(`cannot write '${out}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

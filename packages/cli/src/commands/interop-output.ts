import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { compareDiagnostics } from '@nof/sdk';
import type { InteropDiagnostic } from '@nof/sdk/interop';
import { locatedLine } from '../format/text.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { writeFileAtomically } from '../write-file.js';

/**
 * Prints what a conversion could not map, `file:line:col severity message [code]` on standard
 * error (standard output carries the converted data), and gives the exit code: 1 when any is an
 * error, as `nof validate` does.
 */
export function reportFindings(diagnostics: readonly InteropDiagnostic[], io: Io): number {
  const sorted = [...diagnostics].sort((a, b) => a.uri.localeCompare(b.uri) || compareDiagnostics(a, b));
  for (const d of sorted) {
    io.err(`${locatedLine(relative(io.cwd, d.uri) || d.uri, d)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

/** True when `--out` names a folder: an existing one, or a path ending in a slash. */
export function isFolderTarget(out: string, cwd: string): boolean {
  const path = resolve(cwd, out);
  return /[\\/]$/.test(out) || (existsSync(path) && statSync(path).isDirectory());
}

/**
 * Writes files (path → text), checking first that none exists unless `force`, so that a refused
 * run writes nothing at all.
 */
export function writeFiles(files: ReadonlyMap<string, string>, force: boolean, io: Io): void {
  if (!force) {
    const existing = [...files.keys()].filter((f) => existsSync(f));
    if (existing.length) {
      throw new UsageError(
        `${existing.map((f) => `'${relative(io.cwd, f)}'`).join(', ')} already exist${existing.length === 1 ? 's' : ''}; not overwriting without --force`,
      );
    }
  }
  for (const [file, text] of files) {
    try {
      writeFileAtomically(file, text);
    } catch (error) {
      throw new UsageError(`cannot write '${relative(io.cwd, file)}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
}

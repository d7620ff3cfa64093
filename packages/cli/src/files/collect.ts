import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../io.js';
import { compileGlob, isGlob } from './glob.js';

const YAML_FILE = /\.ya?ml$/i;

/** Folders never searched: dependencies and hidden folders (.git, .cache...). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Every YAML file under a folder, in sorted order, as paths joined to `dir`. */
function walk(dir: string, cwd: string, out: string[]): void {
  const entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(path, cwd, out);
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(path);
  }
}

/**
 * The files named by the command line: files as given, folders searched recursively for
 * `.yaml`/`.yml` (skipping node_modules and dot-folders), globs matched against those files.
 * A path that does not exist, or a glob that matches nothing, is a usage error.
 */
export function collectFiles(args: string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of args) {
    if (isGlob(arg)) {
      const { base, matches } = compileGlob(arg);
      const candidates: string[] = [];
      if (isDirectory(base, cwd)) walk(base, cwd, candidates);
      const hits = candidates.filter((file) => matches(relative(base, file).replace(/\\/g, '/')));
      if (hits.length === 0) throw new UsageError(`no YAML files match '${arg}'`);
      found.push(...hits);
      continue;
    }
    let stats;
    try {
      stats = statSync(resolve(cwd, arg));
    } catch {
      throw new UsageError(`no such file or folder: '${arg}'`);
    }
    if (stats.isDirectory()) walk(arg, cwd, found);
    else found.push(arg);
  }
  return [...new Set(found)];
}

function isDirectory(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

import { readdirSync, type Stats, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, type IgnoreList } from '@nof/sdk';
import { UsageError } from '../io.js';
import { compileGlob, isGlob } from './glob.js';

const YAML_FILE = /\.ya?ml$/i;

/** Folders never searched: dependencies and hidden folders (.git, .cache...). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** The nof.config.yaml `ignore` patterns and the folder they are relative to. */
export interface Ignored {
  list: IgnoreList;
  root: string;
}

/**
 * Every YAML file under a folder, in sorted order, as paths joined to `dir`; config files and
 * what the config's `ignore` patterns name are left out.
 */
function walk(dir: string, cwd: string, out: string[], ignored?: Ignored): void {
  const entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (ignored && isIgnored(ignored, resolve(cwd, path))) continue;
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(path, cwd, out, ignored);
    } else if (entry.isFile() && YAML_FILE.test(entry.name) && entry.name !== CONFIG_FILE) out.push(path);
  }
}

/**
 * The files named by the command line: files as given, folders searched recursively for
 * `.yaml`/`.yml` (skipping node_modules, dot-folders, nof.config.yaml and the config's `ignore`
 * patterns), globs matched against those files. A path that does not exist, or a glob that
 * matches nothing, is a usage error.
 */
export function collectFiles(args: string[], cwd: string, ignored?: Ignored): string[] {
  const found: string[] = [];
  for (const arg of args) {
    if (isGlob(arg)) {
      const { base, matches } = compileGlob(arg);
      const candidates: string[] = [];
      if (isDirectory(base, cwd)) walk(base, cwd, candidates, ignored);
      const hits = candidates.filter((file) => matches(relative(base, file).replace(/\\/g, '/')));
      if (hits.length === 0) throw new UsageError(`no YAML files match '${arg}'`);
      found.push(...hits);
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(resolve(cwd, arg));
    } catch {
      throw new UsageError(`no such file or folder: '${arg}'`);
    }
    if (stats.isDirectory()) walk(arg, cwd, found, ignored);
    else found.push(arg);
  }
  return [...new Set(found)];
}

/** True when the config's patterns leave a path out (they say nothing about paths outside the config's folder). */
function isIgnored(ignored: Ignored, path: string): boolean {
  const rel = relative(ignored.root, path).split(sep).join('/');
  return !rel.startsWith('../') && ignored.list.ignores(rel);
}

function isDirectory(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

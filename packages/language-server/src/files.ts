import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE, DEFAULT_LIMITS, type IgnoreList } from '@nof/sdk';

/** YAML files the server indexes. */
export const YAML_FILE = /\.ya?ml$/i;

/** A NOF document declares `apiVersion: nof/...` at the start of a line (quoted or not). */
const NOF_API_VERSION = /^apiVersion:[ \t]*["']?nof\//m;

/** True when the text is a NOF document the workspace should hold. */
export function isNofText(text: string): boolean {
  return NOF_API_VERSION.test(text);
}

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
 * Every .yaml/.yml file below a folder, skipping hidden folders, node_modules and what
 * nof.config.yaml's `ignore` lists; the config file itself is not a document.
 */
export async function findYamlFiles(root: string, ignore: IgnoreList): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable folder holds nothing the server can index.
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || ignore.ignores(rel)) continue;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && YAML_FILE.test(entry.name) && entry.name !== CONFIG_FILE) out.push(path);
    }
  };
  await visit(root);
  return out;
}

/**
 * A file's text when it is a NOF document; undefined when it is not, cannot be read, or is
 * larger than the SDK would parse (the SDK reports size itself for open documents).
 */
export async function readNofFile(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > DEFAULT_LIMITS.maxBytes) return undefined;
    const text = await readFile(path, 'utf8');
    return isNofText(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

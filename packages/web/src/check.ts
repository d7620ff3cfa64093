import { CONFIG_FILE, MemoryHost, PROFILE_SUFFIX, Project, validateWorkspace, type FileResult, type Workspace } from '@nof/sdk';
import type { GivenFiles } from './files.js';

/** The given files checked by the SDK, as `nof validate <folder>` checks a folder. */
export interface Checked {
  workspace: Workspace;
  /** Diagnostics of nof.config.yaml, of what could not be read and of every file checked, as `nof validate` gives them. */
  results: FileResult[];
  /** The text of each file by uri, to show the line a diagnostic points at. */
  texts: ReadonlyMap<string, string>;
  /** Files given but not checked, with why. */
  notChecked: Array<{ uri: string; reason: string }>;
  /** A uri as the user knows it: its path in what they opened. */
  label(uri: string): string;
}

/** Where the given files sit in the in-memory host. */
const BASE = '/files';

/**
 * Loads the given YAML files into a MemoryHost and checks them as one workspace. The root is the
 * deepest folder holding them all (the folder the user opened), so its nof.config.yaml applies.
 */
export async function check(given: GivenFiles): Promise<Checked> {
  const texts = new Map([...given.texts].map(([path, text]) => [`${BASE}/${path}`, text]));
  const root = commonFolder([...texts.keys()]);
  const project = new Project({ host: new MemoryHost(Object.fromEntries(texts)) });
  await project.load([root]);
  const { workspace } = project;
  const results = validateWorkspace(workspace);
  const checked = new Set(results.map((r) => r.uri));
  const notChecked = given.notRead.map(({ path, reason }) => ({ uri: `${BASE}/${path}`, reason }));
  for (const uri of texts.keys())
    if (!checked.has(uri) && !uri.endsWith(`/${CONFIG_FILE}`) && !uri.endsWith(PROFILE_SUFFIX))
      notChecked.push({ uri, reason: 'not a NOF document (no `apiVersion: nof/...` line), or left out by nof.config.yaml' });
  const label = (uri: string) => (uri.startsWith(`${root}/`) ? uri.slice(root.length + 1) : uri.slice(BASE.length + 1));
  return { workspace, results, texts, notChecked, label };
}

/** The deepest folder that holds every uri. */
function commonFolder(uris: string[]): string {
  const folders = uris.map((u) => u.split('/').slice(0, -1));
  const first = folders[0] ?? BASE.split('/');
  let depth = first.length;
  for (const f of folders) while (f.slice(0, depth).join('/') !== first.slice(0, depth).join('/')) depth--;
  return first.slice(0, depth).join('/') || BASE;
}

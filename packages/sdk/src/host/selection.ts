import { expand } from 'brace-expansion';
import ignore, { type Ignore } from 'ignore';
import { baseName, relativeUri } from './uri.js';

/** The name of the configuration file at a workspace's root. */
export const CONFIG_FILE = 'nof.config.yaml';

/** Which files and folders a search takes; a {@link Host} lists, the selection decides. */
export interface FileSelection {
  /** False for a folder the search must not enter. */
  takesFolder(uri: string): boolean;
  /** True for a file the search returns. */
  takesFile(uri: string): boolean;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * The files a folder search finds, the same for the CLI, the language server and
 * `loadWorkspace`: `.yaml`/`.yml` files in any case (`X.YAML` too), except nof.config.yaml;
 * never inside node_modules or a hidden file or folder (`.git`, `.draft.yaml`); not what the
 * config's `ignore` patterns leave out (.gitignore rules via the `ignore` package, relative to
 * `root`, the config's folder, and case-sensitive as git is on Linux; `{x,y}` is expanded first,
 * as in command-line globs). Hosts follow symbolic links and report each real file once.
 */
export class NofFiles implements FileSelection {
  private readonly ignored: Ignore;

  constructor(
    private readonly root: string,
    patterns: readonly string[] = [],
  ) {
    this.ignored = ignore({ ignorecase: false }).add(patterns.filter((p) => p.trim() !== '').flatMap((p) => expand(p)));
  }

  takesFolder(uri: string): boolean {
    const name = baseName(uri);
    return !name.startsWith('.') && name !== 'node_modules' && !this.ignores(uri, true);
  }

  takesFile(uri: string): boolean {
    const name = baseName(uri);
    return YAML_FILE.test(name) && name !== CONFIG_FILE && !name.startsWith('.') && !this.ignores(uri, false);
  }

  /** True when the `ignore` patterns leave `uri` out; they say nothing about what lies outside the config's folder. */
  ignores(uri: string, folder: boolean): boolean {
    const rel = relativeUri(this.root, uri);
    return rel !== undefined && rel !== '' && this.ignored.ignores(folder ? `${rel}/` : rel);
  }
}

/** A profile file's name ends so: `peninsula.profile.json` holds the profile `peninsula`. */
export const PROFILE_SUFFIX = '.profile.json';
/** `*.profile.json` files directly in a folder (local profiles). */
export const PROFILE_FILES: FileSelection = {
  takesFolder: () => false,
  takesFile: (uri) => baseName(uri).endsWith(PROFILE_SUFFIX),
};

/** A NOF document declares `apiVersion: nof/...` at the start of a line (quoted or not). */
const NOF_API_VERSION = /^apiVersion:[ \t]*["']?nof\//m;

/**
 * True when a YAML text holds a NOF document. A file a search finds is checked only then, so
 * other YAML in a folder (CI workflows, docker-compose.yaml, mkdocs.yml) is left alone; a file
 * named on its own (a command-line argument, a document an editor opens as NOF) is always checked.
 */
export function isNofText(text: string): boolean {
  return NOF_API_VERSION.test(text);
}

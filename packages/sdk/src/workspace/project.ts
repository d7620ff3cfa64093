import { Codelists } from '../codelists/codelists.js';
import { readConfig, type LoadedConfig } from '../config/config.js';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { readDocument, unreadable, type FileChange, type Host } from '../host/host.js';
import { CONFIG_FILE, isNofText, NofFiles, PROFILE_SUFFIX } from '../host/selection.js';
import { baseName, parentOf } from '../host/uri.js';
import { readWorkspaceProfiles } from '../profiles/profiles.js';
import type { Rule } from '../rules/rule.js';
import { SchemaRegistry } from '../schema/registry.js';
import { mergeSettings, type NofSettings, type SettingsLayer } from '../settings/settings.js';
import { Workspace } from './workspace.js';

/** What a {@link Project} is built with; all but the host have defaults. */
export interface ProjectOptions {
  /** Where the files are: every read, search and watch goes through it. */
  host: Host;
  codelists?: Codelists;
  rules?: readonly Rule[];
  /** The settings layers above nof.config.yaml, in rising precedence (an editor's, then a command line's). */
  layers?: SettingsLayer[];
  /** The schemas for a list of extra schema folders (editor setting `schemaFolders`); default: the shipped schemas only. */
  registryFor?(schemaFolders: readonly string[]): SchemaRegistry;
}

/**
 * A workspace kept in step with its files through a host: nof.config.yaml (the settings layer
 * it gives, merged with the layers above it), the local profiles (held in memory, read again
 * when the host says one changed), and every NOF file the one file discovery finds. Editors
 * give the text of the documents they have open ({@link setText}), which wins over the host's
 * until released. Every change returns the uris whose diagnostics may have changed.
 */
export class Project {
  private current: Workspace;
  private readonly host: Host;
  private readonly codelists: Codelists;
  private readonly owned = new Set<string>();
  private roots: string[] = [];
  private layers: SettingsLayer[];
  private schemaFolders: readonly string[] = [];
  private loaded = false;
  /** Folders and files that could not be read while loading. */
  problems: FileResult[] = [];

  constructor(private readonly options: ProjectOptions) {
    this.host = options.host;
    this.codelists = options.codelists ?? new Codelists();
    this.layers = options.layers ?? [];
    this.current = this.newWorkspace(SchemaRegistry.shipped());
  }

  /** The workspace as it stands (replaced whole when the schemas change). */
  get workspace(): Workspace {
    return this.current;
  }

  /** False until the first {@link load} has read every file: diagnostics before then would come from half a workspace. */
  get ready(): boolean {
    return this.loaded;
  }

  /** The settings in force: defaults, nof.config.yaml, then the layers above it. */
  get settings(): NofSettings {
    return mergeSettings(this.current?.config?.config.settings, ...this.layers);
  }

  /**
   * Reads nof.config.yaml (the nearest at or above the first root), the local profiles and
   * every NOF file below the roots. Files the editor holds keep the editor's text. Returns every
   * uri whose diagnostics may have changed: all of them, open files included.
   */
  async load(roots: string[], yieldBetweenFiles: () => Promise<void> = async () => {}): Promise<string[]> {
    this.roots = roots;
    await this.readConfig();
    await this.readProfiles();
    const selection = new NofFiles(this.configRoot(), this.settings.ignore);
    this.problems = [];
    for (const root of roots) {
      const found = await this.host.findFiles(root, selection);
      for (const { uri, what, error } of found.unreadable) this.problems.push({ uri, diagnostics: [unreadable(what, error.code)] });
      for (const uri of found.files) {
        if (this.owned.has(uri) || this.current.has(uri)) continue;
        const text = await readDocument(this.host, uri);
        if (typeof text !== 'string') this.problems.push({ uri, diagnostics: [text] });
        else if (isNofText(text)) this.current.set(uri, text);
        await yieldBetweenFiles();
      }
    }
    this.current.loadProblems.splice(0, Infinity, ...this.problems);
    this.loaded = true;
    return this.current.uris();
  }

  /** An editor's text for a document it has open: held (and preferred to the host's) until {@link release}. */
  setText(uri: string, text: string): string[] {
    this.owned.add(uri);
    return this.current.set(uri, text);
  }

  /** True while an editor's text stands for this document. */
  isOwned(uri: string): boolean {
    return this.owned.has(uri);
  }

  /** The editor closed a document: back to the host's text (or gone, for one never saved, or no longer NOF). */
  async release(uri: string): Promise<string[]> {
    this.owned.delete(uri);
    return this.reread(uri);
  }

  /** Forgets a document; returns it and its dependents. */
  remove(uri: string): string[] {
    this.owned.delete(uri);
    return this.current.has(uri) ? [uri, ...this.current.remove(uri)] : [];
  }

  /**
   * Files changed on the host (its watcher, or an editor's file events): nof.config.yaml sets
   * the settings again (and may move the profiles folder), a profile reloads the profiles, a
   * document is read again unless an editor holds it.
   */
  async changed(changes: readonly FileChange[]): Promise<string[]> {
    const affected = new Set<string>();
    const add = (uris: string[]) => uris.forEach((u) => affected.add(u));
    if (changes.some((c) => baseName(c.uri) === CONFIG_FILE)) {
      await this.readConfig();
      await this.readProfiles();
      add(this.current.uris());
    } else if (changes.some((c) => c.uri.endsWith(PROFILE_SUFFIX))) {
      await this.readProfiles();
      add(this.current.uris());
    }
    for (const change of changes) {
      if (change.uri.endsWith(PROFILE_SUFFIX) || baseName(change.uri) === CONFIG_FILE || this.owned.has(change.uri)) continue;
      add(change.type === 'deleted' ? this.remove(change.uri) : await this.reread(change.uri));
    }
    return [...affected];
  }

  /**
   * Follows the host's watcher (when it has one) over every root: each change is applied as
   * {@link changed} does, and `onAffected` hears the uris whose diagnostics may have changed.
   * Returns the means to stop.
   */
  watch(onAffected: (uris: string[]) => void, onError: (error: unknown) => void = () => {}): { dispose(): void } {
    const watchers = this.roots.flatMap((root) =>
      this.host.watch ? [this.host.watch(root, (changes) => this.changed(changes).then(onAffected, onError))] : [],
    );
    return { dispose: () => watchers.forEach((w) => w.dispose()) };
  }

  /** New settings layers above nof.config.yaml (an editor's changed): every file is checked again, against new schemas if the folders changed. */
  setLayers(layers: SettingsLayer[]): string[] {
    this.layers = layers;
    const folders = this.settings.schemaFolders;
    if (folders.join('\n') !== this.schemaFolders.join('\n') && this.options.registryFor) {
      this.schemaFolders = folders;
      const old = this.current;
      this.current = this.newWorkspace(this.options.registryFor(folders));
      this.current.config = old.config;
      for (const problem of old.loadProblems) this.current.loadProblems.push(problem);
      this.current.setProfiles(old.profiles);
      for (const uri of old.uris()) this.current.set(uri, old.file(uri)?.text ?? '');
    } else this.configure();
    return this.current.uris();
  }

  private async reread(uri: string): Promise<string[]> {
    const text = await readDocument(this.host, uri);
    if (typeof text === 'string' && isNofText(text) && this.isInside(uri)) return this.current.set(uri, text);
    return this.remove(uri);
  }

  /** True for a file the discovery would take (a document outside the roots, or ignored, is held only while an editor has it). */
  private isInside(uri: string): boolean {
    const selection = new NofFiles(this.configRoot(), this.settings.ignore);
    if (!selection.takesFile(uri)) return false;
    for (let dir = parentOf(uri); ; dir = parentOf(dir)) {
      if (this.roots.includes(dir)) return true;
      if (!selection.takesFolder(dir) || parentOf(dir) === dir) return false;
    }
  }

  private async readConfig(): Promise<void> {
    const root = this.roots[0];
    const config: LoadedConfig = root === undefined ? { config: { settings: {} } } : await readConfig(this.host, root, this.codelists);
    this.current.config = config;
    this.configure();
  }

  private async readProfiles(): Promise<void> {
    this.current.setProfiles(await readWorkspaceProfiles(this.host, this.roots, this.current.config?.config.path, this.current.registry));
  }

  /** The folder `ignore` patterns and the profiles folder are relative to: the config's, else the first root. */
  private configRoot(): string {
    const path = this.current.config?.config.path;
    return path === undefined ? (this.roots[0] ?? '.') : parentOf(path);
  }

  private configure(): void {
    const { rules, asOf } = this.settings;
    this.current.configure({ settings: rules, asOf, rules: this.options.rules });
  }

  private newWorkspace(registry: SchemaRegistry): Workspace {
    const { rules, asOf } = this.settings;
    return new Workspace({
      registry,
      codelists: this.codelists,
      settings: rules,
      asOf,
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    });
  }
}

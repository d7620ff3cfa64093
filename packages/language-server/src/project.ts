import { isAbsolute, resolve } from 'node:path';
import { dataDir, loadSchemaFiles } from '@nof/schemas';
import { Codelists, IgnoreList, loadConfig, SchemaRegistry, Workspace, type NofConfig, type WorkspaceOptions } from '@nof/sdk';
import { findYamlFiles, isNofText, readNofFile, uriOf } from './files.js';
import { describeError, type Log } from './log.js';
import { DEFAULT_SETTINGS, type NofSettings } from './settings.js';

/** The language id NOF clients give NOF documents (the VS Code extension's `nof-yaml`). */
export const NOF_LANGUAGE = 'nof-yaml';

/**
 * The server's view of the workspace folders: the SDK workspace holding every NOF document
 * (open ones with the editor's text, the others as on disk), governed by nof.config.yaml and
 * the client's `nof` settings. Every change returns the uris whose diagnostics may have changed.
 */
export class Project {
  workspace: Workspace;
  private readonly codelists = new Codelists();
  private folders: string[] = [];
  private config: NofConfig = { rules: {}, codelists: {}, ignore: [] };
  private settings: NofSettings = DEFAULT_SETTINGS;

  constructor(private readonly log: Log) {
    this.workspace = this.newWorkspace(SchemaRegistry.forDir());
  }

  /** Reads nof.config.yaml and every NOF file below the folders (paths). Yields between files. */
  async index(folders: string[]): Promise<string[]> {
    this.folders = folders;
    this.readConfig();
    this.workspace.configure(this.ruleOptions());
    const started = Date.now();
    const uris: string[] = [];
    for (const folder of folders) {
      for (const path of await findYamlFiles(folder, new IgnoreList(this.config.ignore))) {
        const text = await readNofFile(path);
        if (text === undefined) continue;
        const uri = uriOf(path);
        if (!this.workspace.has(uri)) {
          this.workspace.set(uri, text);
          uris.push(uri);
        }
        await new Promise((r) => setImmediate(r));
      }
    }
    this.log.info(`Indexed ${uris.length} NOF files in ${folders.length} folder(s) in ${Date.now() - started} ms.`);
    return uris;
  }

  /** An open document's text: held when it is a NOF document, dropped when it no longer is. */
  setText(uri: string, text: string, languageId: string | undefined): string[] {
    if (languageId === NOF_LANGUAGE || isNofText(text)) return this.workspace.set(uri, text);
    return this.workspace.has(uri) ? this.remove(uri) : [];
  }

  /** A file as it is on disk (after a change outside the editor, or when the editor closes it). */
  async reload(uri: string, path: string | undefined): Promise<string[]> {
    const text = path === undefined ? undefined : await readNofFile(path);
    if (text !== undefined) return this.workspace.set(uri, text);
    return this.workspace.has(uri) ? this.remove(uri) : [];
  }

  /** Forgets a file; its own diagnostics are then empty. */
  remove(uri: string): string[] {
    return [uri, ...this.workspace.remove(uri)];
  }

  /** nof.config.yaml changed: its rule levels and date apply to every file (and where it is, to which profiles apply). */
  reloadConfig(): string[] {
    this.readConfig();
    this.workspace.configure(this.ruleOptions());
    return this.workspace.recheck();
  }

  /** A local profile changed on disk: documents are checked against the schemas it patches again. */
  reloadProfiles(): string[] {
    return this.workspace.recheck();
  }

  /** New client settings: every file is checked again (with new schemas when the folders changed). */
  applySettings(settings: NofSettings): string[] {
    const foldersChanged = settings.schemaFolders.join('\n') !== this.settings.schemaFolders.join('\n');
    this.settings = settings;
    if (!foldersChanged) {
      this.workspace.configure(this.ruleOptions());
      return this.workspace.uris();
    }
    const old = this.workspace;
    this.workspace = this.newWorkspace(this.registry(settings.schemaFolders));
    for (const uri of old.uris()) this.workspace.set(uri, old.file(uri)?.text ?? '');
    return this.workspace.uris();
  }

  private newWorkspace(registry: SchemaRegistry): Workspace {
    return new Workspace({ registry, codelists: this.codelists, ...this.ruleOptions() });
  }

  /** Rule levels and date: the client's settings over nof.config.yaml's. */
  private ruleOptions(): Pick<WorkspaceOptions, 'settings' | 'asOf'> {
    return { settings: { ...this.config.rules, ...this.settings.rules }, asOf: this.settings.asOf ?? this.config.asOf };
  }

  private readConfig(): void {
    const folder = this.folders[0];
    if (folder === undefined) return;
    try {
      this.config = loadConfig(folder, this.codelists).config;
    } catch (error) {
      this.log.error(`nof.config.yaml could not be read: ${describeError(error)}`);
    }
  }

  /** The shipped schemas plus those of the extra folders (relative ones from the first workspace folder). */
  private registry(extra: string[]): SchemaRegistry {
    if (extra.length === 0) return SchemaRegistry.forDir();
    const files = loadSchemaFiles(dataDir);
    for (const folder of extra) {
      const dir = isAbsolute(folder) ? folder : resolve(this.folders[0] ?? '.', folder);
      try {
        files.push(...loadSchemaFiles(dir));
      } catch (error) {
        this.log.error(`Schema folder ${dir} could not be read: ${describeError(error)}`);
      }
    }
    return new SchemaRegistry(files);
  }
}

import { isAbsolute, resolve } from 'node:path';
import { shippedSchemaFiles } from '@nof/schemas';
import { loadSchemaFiles } from '@nof/schemas/node';
import { Codelists, isNofText, Project, readEditorSettings, SchemaRegistry } from '@nof/sdk';
import { ClientHost, pathOf } from './files.js';
import { describeError, type Log } from './log.js';

/** The language id NOF clients give NOF documents (the VS Code extension's `nof-yaml`). */
export const NOF_LANGUAGE = 'nof-yaml';

/**
 * The server's view of the workspace folders: the SDK's Project over the disk (watched through
 * the client), holding every NOF document (open ones with the editor's text, the others as on
 * disk), governed by nof.config.yaml and the client's `nof` settings, merged by the SDK.
 */
export class ServerProject {
  readonly host = new ClientHost();
  readonly project: Project;
  private readonly codelists = new Codelists();
  private firstFolder: string | undefined;

  constructor(private readonly log: Log) {
    this.project = new Project({ host: this.host, codelists: this.codelists, registryFor: (folders) => this.registry(folders) });
  }

  get workspace() {
    return this.project.workspace;
  }

  /** Reads nof.config.yaml and every NOF file below the folders (uris). Yields between files. */
  async index(folders: string[]): Promise<string[]> {
    this.firstFolder = folders[0];
    const started = Date.now();
    const uris = await this.project.load(folders, () => new Promise((r) => setImmediate(r)));
    for (const problem of this.project.problems) this.log.error(`Could not read ${problem.uri}: ${problem.diagnostics[0]?.message ?? ''}`);
    this.log.info(`Indexed ${uris.length} NOF files in ${folders.length} folder(s) in ${Date.now() - started} ms.`);
    return uris;
  }

  /** An open document's text: held when it is a NOF document, dropped when it no longer is. */
  setText(uri: string, text: string, languageId: string | undefined): string[] {
    if (languageId === NOF_LANGUAGE || isNofText(text)) return this.project.setText(uri, text);
    return this.project.remove(uri);
  }

  /** The client's `nof` settings: checked as nof.config.yaml is (what is wrong is logged and left out), then every file is checked again. */
  applySettings(raw: unknown): string[] {
    const { layer, problems } = readEditorSettings(raw, this.codelists);
    for (const problem of problems) this.log.error(problem);
    return this.project.setLayers([layer]);
  }

  /** The shipped schemas plus those of the extra folders (relative ones from the first workspace folder). */
  private registry(extra: readonly string[]): SchemaRegistry {
    if (extra.length === 0) return SchemaRegistry.shipped();
    const files = [...shippedSchemaFiles()];
    const base = (this.firstFolder && pathOf(this.firstFolder)) ?? '.';
    for (const folder of extra) {
      const dir = isAbsolute(folder) ? folder : resolve(base, folder);
      try {
        files.push(...loadSchemaFiles(dir));
      } catch (error) {
        this.log.error(`Schema folder ${dir} could not be read: ${describeError(error)}`);
      }
    }
    return new SchemaRegistry(files);
  }
}

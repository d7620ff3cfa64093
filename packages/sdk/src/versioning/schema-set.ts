import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { JsonSchema } from '@nof/schemas';
import { SchemaGraph } from '../schema/schema-graph.js';

/** A schema folder or file that could not be read: the caller's input, not a fault in NOF. */
export class SchemaSetError extends Error {}

/**
 * One side of a schema comparison: the files compared (every `*.schema.json` of a folder, or
 * the one file named) and, for resolving `$ref`s, those files' neighbours in their folder.
 */
export class SchemaSet {
  readonly graph = new SchemaGraph();
  /** File name → schema, for the files being compared. */
  readonly compared = new Map<string, JsonSchema>();
  private readonly fileOfBase = new Map<string, string>();
  private readonly byBase = new Map<string, JsonSchema>();

  constructor(
    files: ReadonlyMap<string, JsonSchema>,
    compared: readonly string[],
    /** The folder the files came from, e.g. `v1` (a fallback for the declared version). */
    readonly folder: string,
  ) {
    for (const [file, schema] of files) {
      // A file without `$id` is placed under a base of our own, so relative refs still resolve.
      const base = new URL(typeof schema.$id === 'string' ? schema.$id : `nof:/${folder}/${file}`).href;
      // A neighbouring version's copy of a file under the same `$id` must not stand in for the file itself.
      if (this.byBase.has(base)) continue;
      this.fileOfBase.set(base, file);
      this.byBase.set(base, schema);
      this.graph.add(base, schema);
    }
    for (const file of compared) this.compared.set(file, files.get(file) as JsonSchema);
  }

  /** Every `*.schema.json` of a folder, or one file (its folder's other schemas resolve its refs). */
  static load(path: string): SchemaSet {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      throw new SchemaSetError(`cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const folder = isFolder ? path : dirname(path);
    const files = new Map<string, JsonSchema>();
    for (const name of jsonFiles(folder)) {
      // Neighbours that are not schemas (or not JSON) only matter if a ref points into them.
      const schema = readJson(join(folder, name), isFolder || name === basename(path));
      if (schema) files.set(name, schema);
    }
    // A new version may refer to the previous one's files (`../v1/common.schema.json`).
    for (const version of versionFolders(dirname(folder)).filter((v) => v !== basename(folder))) {
      for (const name of jsonFiles(join(dirname(folder), version))) {
        const schema = readJson(join(dirname(folder), version, name), false);
        if (schema) files.set(`../${version}/${name}`, schema);
      }
    }
    const names = [...files.keys()].filter((n) => !n.startsWith('../'));
    const compared = isFolder ? names.filter((n) => n.endsWith('.schema.json') && files.has(n)) : [basename(path)];
    if (!compared.length) throw new SchemaSetError(`no *.schema.json files in '${path}'`);
    return new SchemaSet(files, compared, basename(folder));
  }

  /** Every file's schema with the base its `$ref`s resolve against. */
  files(): Array<[string, JsonSchema]> {
    return [...this.byBase];
  }

  /** The file a schema object comes from and its pointer there, when it is one of the files'. */
  locate(node: unknown): { file: string; pointer: string } | undefined {
    const at = this.graph.locate(node);
    const file = at && this.fileOfBase.get(at.baseId);
    return file === undefined || !at ? undefined : { file, pointer: at.pointer };
  }

  /**
   * The declared major version of a compared file: its `apiVersion` const (`nof/v2` → 2), else
   * the `/vN/` of its `$id`, else a `vN` folder name. Undefined when none says.
   */
  majorVersion(file: string): number | undefined {
    const schema = this.compared.get(file);
    const apiVersion = (schema?.properties as Record<string, JsonSchema> | undefined)?.apiVersion?.const;
    const found =
      (typeof apiVersion === 'string' ? /^nof\/v([0-9]+)$/.exec(apiVersion) : null) ??
      (typeof schema?.$id === 'string' ? /\/v([0-9]+)\//.exec(schema.$id) : null) ??
      /^v([0-9]+)$/.exec(this.folder);
    return found ? Number(found[1]) : undefined;
  }
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function versionFolders(parent: string): string[] {
  try {
    return readdirSync(parent).filter((d) => /^v[0-9]+$/.test(d) && statSync(join(parent, d)).isDirectory());
  } catch {
    return [];
  }
}

function readJson(path: string, required: boolean): JsonSchema | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!required) return undefined;
    const reason = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : ((error as NodeJS.ErrnoException).code ?? 'error');
    throw new SchemaSetError(`cannot read '${path}' (${reason})`);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonSchema;
  if (required) throw new SchemaSetError(`'${path}' is not a JSON Schema object`);
  return undefined;
}

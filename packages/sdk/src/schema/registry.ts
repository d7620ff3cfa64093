import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { NOF_KEYWORD_NAMES, shippedSchemaFiles, type JsonSchema, type SchemaFile } from '@nof/schemas';
import { applyMergePatch } from '../profiles/merge-patch.js';
import { schemaAt, type SchemaAt } from './schema-at.js';
import { SchemaGraph } from './schema-graph.js';
import { addLinearUniqueItems } from './unique-items.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The annotation keywords NOF schemas use (@nof/schemas NOF_KEYWORDS); ajv must know them in strict mode. */
export const ANNOTATION_KEYWORDS: readonly string[] = NOF_KEYWORD_NAMES;

/** A schema that could not be added or compiled: a fault in the schema files, not the document. */
export class SchemaLoadError extends Error {}

/**
 * The NOF schemas of one folder, ready to validate: every file is added to one ajv instance by
 * its `$id` (so `$ref`s resolve locally and nothing is ever fetched), and each kind's validator
 * is compiled the first time it is needed, then kept for the life of the process.
 */
export class SchemaRegistry {
  private static shippedRegistry: SchemaRegistry | undefined;

  /** The shared registry of the schemas NOF ships (bundled with @nof/schemas: nothing is read from disk). */
  static shipped(): SchemaRegistry {
    SchemaRegistry.shippedRegistry ??= new SchemaRegistry([...shippedSchemaFiles()]);
    return SchemaRegistry.shippedRegistry;
  }

  /** Local `$ref` resolution and the location of every schema object. */
  readonly graph = new SchemaGraph();
  private readonly ajv: Ajv2020;
  private readonly kindSchemas = new Map<string, JsonSchema>();
  private readonly ids = new Map<JsonSchema, string>();
  private readonly loadErrors = new Map<JsonSchema, string>();
  private readonly validators = new Map<string, ValidateFunction | SchemaLoadError>();
  /** Kind schemas merged with local profiles' patches, by base schema id and profile key. */
  private readonly patched = new Map<string, JsonSchema>();

  constructor(readonly files: readonly SchemaFile[]) {
    // verbose: errors carry their schema objects, which turn them into readable messages.
    this.ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, code: { process: appendErrorsInPlace } });
    addFormats(this.ajv);
    addLinearUniqueItems(this.ajv);
    this.ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
    for (const file of files) {
      const id = typeof file.schema.$id === 'string' ? file.schema.$id : `https://schemas.nof.org.uk/${file.file}`;
      this.ids.set(file.schema, id);
      this.graph.add(id, file.schema);
      try {
        this.ajv.addSchema(file.schema, id);
      } catch (error) {
        this.loadErrors.set(file.schema, `${file.file}: ${(error as Error).message}`);
      }
      if (file.kind) this.kindSchemas.set(key(file.apiVersion, file.kind), file.schema);
    }
  }

  /** Every API version with at least one kind schema, e.g. `['nof/v1']`. */
  apiVersions(): string[] {
    return [...new Set(this.files.filter((f) => f.kind).map((f) => f.apiVersion))];
  }

  /** The kinds defined in an API version. */
  kinds(apiVersion: string): string[] {
    return this.files.filter((f) => f.kind && f.apiVersion === apiVersion).map((f) => f.kind as string);
  }

  /** The schema of a kind in an API version, or undefined when NOF defines no such kind there. */
  getSchemaFor(apiVersion: string, kind: string): JsonSchema | undefined {
    return this.kindSchemas.get(key(apiVersion, kind));
  }

  /**
   * A kind schema with JSON Merge Patches applied (local profiles), registered beside it (same
   * folder, so its relative `$ref`s still resolve) and kept for the life of the registry. `key`
   * names the patches: the same key gives the same schema.
   */
  withPatches(kindSchema: JsonSchema, key: string, patches: readonly unknown[]): JsonSchema {
    const baseId = this.ids.get(kindSchema);
    if (baseId === undefined) throw new SchemaLoadError('This schema is not one of the registry’s files.');
    const cacheKey = `${baseId}\u0000${key}`;
    let merged = this.patched.get(cacheKey);
    if (!merged) {
      merged = patches.reduce<unknown>((schema, patch) => applyMergePatch(schema, patch), kindSchema) as JsonSchema;
      const id = baseId.replace(/\.schema\.json$/, `.profiled-${this.patched.size + 1}.schema.json`);
      merged.$id = id;
      this.ids.set(merged, id);
      this.graph.add(id, merged);
      try {
        this.ajv.addSchema(merged, id);
      } catch (error) {
        this.loadErrors.set(merged, `${key}: ${(error as Error).message}`);
      }
      this.patched.set(cacheKey, merged);
    }
    return merged;
  }

  /** The compiled validator of a kind schema. Throws {@link SchemaLoadError} when the schema is broken. */
  validatorFor(kindSchema: JsonSchema): ValidateFunction {
    const id = this.ids.get(kindSchema);
    if (id === undefined) throw new SchemaLoadError('This schema is not one of the registry’s files.');
    const loadError = this.loadErrors.get(kindSchema);
    if (loadError) throw new SchemaLoadError(loadError);
    return this.compiled(id);
  }

  /**
   * The compiled validator of any schema object inside the files, by absolute reference
   * (`<$id>#<pointer>`): used to check one `oneOf` branch on its own when explaining an error.
   */
  validatorAt(ref: string): ValidateFunction {
    return this.compiled(ref);
  }

  /** The schema describing the value at `pointer` of a document of this kind ({@link schemaAt}). */
  schemaAt(kindSchema: JsonSchema, pointer: string, documentValue?: unknown): SchemaAt | undefined {
    return schemaAt(kindSchema, pointer, this.graph, documentValue);
  }

  private compiled(ref: string): ValidateFunction {
    let cached = this.validators.get(ref);
    if (!cached) {
      try {
        cached = this.ajv.getSchema(ref) ?? new SchemaLoadError(`No schema at ${ref}`);
      } catch (error) {
        cached = new SchemaLoadError(`${ref}: ${(error as Error).message}`);
      }
      this.validators.set(ref, cached);
    }
    if (cached instanceof SchemaLoadError) throw cached;
    return cached;
  }
}

/**
 * ajv's generated code gathers the errors of each `$ref` it calls with `vErrors.concat(...)`, a
 * copy of every error so far per call: 30,000 items in error took 30 s. In place they take
 * milliseconds (the code rolls back by setting the list's length, which works the same).
 */
function appendErrorsInPlace(code: string): string {
  const replaced = code.replace(/vErrors\.concat\(([\w$.]+)\)/g, 'appendErrors(vErrors, $1)');
  return replaced === code ? code : `function appendErrors(list, more) { for (const e of more) list.push(e); return list; }${replaced}`;
}

function key(apiVersion: string, kind: string): string {
  return `${apiVersion}\u0000${kind}`;
}

import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { shippedSchemaFiles, type JsonSchema, type SchemaFile } from '@nof/schemas';
import { applyMergePatch } from '../profiles/merge-patch.js';
import { nofAjv } from './ajv.js';
import { META_SCHEMA_VALIDATOR, PRECOMPILED } from './precompiled.js';
import { schemaAt, type SchemaAt } from './schema-at.js';
import { SchemaGraph } from './schema-graph.js';

/** A schema that could not be added or compiled: a fault in the schema files, not the document. */
export class SchemaLoadError extends Error {}

/**
 * The NOF schemas of one folder, ready to validate: every file is added to one ajv instance by
 * its `$id` (so `$ref`s resolve locally and nothing is ever fetched), and each kind's validator
 * is compiled the first time it is needed, then kept for the life of the process.
 *
 * Whether a document is valid is answered by a validator precompiled at build time when there is
 * one for its schema (the shipped schemas: compiling them took longer than checking a
 * 10,000-line file). Only an invalid document needs the compiled validator, whose errors carry
 * the schema objects messages are made from; ajv itself is set up the first time one is needed.
 */
export class SchemaRegistry {
  private static shippedRegistry: SchemaRegistry | undefined;

  /** The shared registry of the schemas NOF ships (bundled with @nof/schemas: nothing is read from disk). */
  static shipped(): SchemaRegistry {
    SchemaRegistry.shippedRegistry ??= new SchemaRegistry([...shippedSchemaFiles()], PRECOMPILED);
    return SchemaRegistry.shippedRegistry;
  }

  /**
   * Local `$ref` resolution and the location of every schema object, for the language features.
   * @internal
   */
  readonly graph = new SchemaGraph();
  private ajvInstance: Ajv2020 | undefined;
  /** Every schema ajv must hold, by `$id`: the files, then kind schemas merged with profiles. */
  private readonly sources: Array<{ id: string; schema: JsonSchema; name: string }> = [];
  private readonly kindSchemas = new Map<string, JsonSchema>();
  private readonly ids = new Map<JsonSchema, string>();
  private readonly loadErrors = new Map<JsonSchema, string>();
  private readonly validators = new Map<string, ValidateFunction | SchemaLoadError>();
  /** Kind schemas merged with local profiles' patches, by base schema id and profile key. */
  private readonly patched = new Map<string, JsonSchema>();

  /**
   * `precompiled`: validators of these very files by `$id`, compiled by the SDK's own ajv setup
   * (only validity is asked of them). A registry of other files must not be given them.
   */
  constructor(
    readonly files: readonly SchemaFile[],
    private readonly precompiled: Readonly<Record<string, (data: unknown) => boolean>> = {},
  ) {
    for (const file of files) {
      const id = typeof file.schema.$id === 'string' ? file.schema.$id : `https://schemas.nof.org.uk/${file.file}`;
      this.ids.set(file.schema, id);
      this.graph.add(id, file.schema);
      this.sources.push({ id, schema: file.schema, name: file.file });
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
      const source = { id, schema: merged, name: key };
      this.sources.push(source);
      if (this.ajvInstance) this.addTo(this.ajvInstance, source);
      this.patched.set(cacheKey, merged);
    }
    return merged;
  }

  /**
   * Whether a value is valid against a kind schema: one call of its precompiled validator when it
   * has one, else of its compiled validator. Throws `SchemaLoadError` when the schema is broken.
   * @internal
   */
  isValid(kindSchema: JsonSchema, value: unknown): boolean {
    const id = this.ids.get(kindSchema);
    const precompiled = id === undefined ? undefined : this.precompiled[id];
    return precompiled ? precompiled(value) : this.validatorFor(kindSchema)(value);
  }

  /**
   * The compiled validator of a kind schema, whose errors carry everything messages are made of
   * (for validity alone, `isValid` is quicker). Throws `SchemaLoadError` when the schema is broken.
   */
  validatorFor(kindSchema: JsonSchema): ValidateFunction {
    const id = this.ids.get(kindSchema);
    if (id === undefined) throw new SchemaLoadError('This schema is not one of the registry’s files.');
    this.ajv();
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

  /**
   * The schema describing the value at `pointer` of a document of this kind, for the language features.
   * @internal
   */
  schemaAt(kindSchema: JsonSchema, pointer: string, documentValue?: unknown): SchemaAt | undefined {
    return schemaAt(kindSchema, pointer, this.graph, documentValue);
  }

  /** The ajv instance holding every source, set up the first time a compiled validator is needed. */
  private ajv(): Ajv2020 {
    if (!this.ajvInstance) {
      // verbose: errors carry their schema objects, which turn them into readable messages.
      this.ajvInstance = nofAjv({ allErrors: true, verbose: true });
      for (const source of this.sources) this.addTo(this.ajvInstance, source);
    }
    return this.ajvInstance;
  }

  private addTo(ajv: Ajv2020, source: { id: string; schema: JsonSchema; name: string }): void {
    try {
      // ajv checks a schema against its meta-schema before adding it, compiling the 2020-12
      // meta-schema for that first (a fifth of a second): the precompiled one checks it alike,
      // with ajv's message.
      if ((source.schema.$schema ?? DRAFT_2020_12) !== DRAFT_2020_12) ajv.addSchema(source.schema, source.id);
      else if (!META_SCHEMA_VALIDATOR(source.schema)) throw new Error(`schema is invalid: ${ajv.errorsText(META_SCHEMA_VALIDATOR.errors)}`);
      else ajv.addSchema(source.schema, source.id, undefined, false);
    } catch (error) {
      this.loadErrors.set(source.schema, `${source.name}: ${(error as Error).message}`);
    }
  }

  private compiled(ref: string): ValidateFunction {
    let cached = this.validators.get(ref);
    if (!cached) {
      try {
        cached = this.ajv().getSchema(ref) ?? new SchemaLoadError(`No schema at ${ref}`);
      } catch (error) {
        cached = new SchemaLoadError(`${ref}: ${(error as Error).message}`);
      }
      this.validators.set(ref, cached);
    }
    if (cached instanceof SchemaLoadError) throw cached;
    return cached;
  }
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

function key(apiVersion: string, kind: string): string {
  return `${apiVersion}\u0000${kind}`;
}

/**
 * @nof/schemas: the NOF JSON Schemas and codelists, bundled into the code (generated from the
 * repository's schemas/ at build time, so nothing is read from disk or the network), plus the
 * TypeScript types generated from them. Runs anywhere: no Node built-in is imported here; the
 * files on disk are at `@nof/schemas/node`.
 */
import { CODELIST_JSON, CODELIST_SCHEMA_JSON, CONFIG_SCHEMA_JSON, SCHEMA_JSON } from './bundled/data.js';
import type { Codelist } from './codelists.js';
import { schemaFile, type JsonSchema, type SchemaFile } from './schema-file.js';

export type * from './generated/index.js';
export * from './generated/documents.js';
export { KINDS, schemaFile, schemaFileName, type JsonSchema, type Kind, type SchemaFile } from './schema-file.js';
export * from './codelists.js';
export * from './keywords.js';

const SHIPPED_SCHEMAS: readonly SchemaFile[] = SCHEMA_JSON.map((f) => schemaFile(f.file, f.schema));

/** The schema files NOF ships, every version, in path order. Shared: do not change them. */
export function shippedSchemaFiles(): readonly SchemaFile[] {
  return SHIPPED_SCHEMAS;
}

/** The codelists NOF ships. Shared: do not change them. */
export function shippedCodelists(): readonly Codelist[] {
  return CODELIST_JSON;
}

/** The schema of nof.config.yaml. */
export const CONFIG_SCHEMA: JsonSchema = CONFIG_SCHEMA_JSON;

/** The schema of a codelist file (`schemas/codelists/*.json`). */
export const CODELIST_SCHEMA: JsonSchema = CODELIST_SCHEMA_JSON;

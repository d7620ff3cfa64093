/**
 * @nof/schemas: the NOF JSON Schemas and codelists as data, plus the TypeScript types
 * generated from them. Files are read from the package's `data/` folder (a copy of the
 * repository's `schemas/`), never from the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type * from './generated/index.js';
export * from './generated/documents.js';

/** A JSON Schema object as parsed from disk. */
export type JsonSchema = Record<string, unknown>;

/** Every document kind NOF defines, in the order people meet them. */
export const KINDS = [
  'Consortium',
  'NationalContract',
  'NeedsOutcomesFramework',
  'PlacementAgreement',
  'OutcomeTracker',
  'ProviderProfile',
  'PlacementRequest',
  'MonitoringVisit',
] as const;
export type Kind = (typeof KINDS)[number];

/** Folder holding the schema and codelist files (override for tests or extra schema folders). */
export const dataDir: string = fileURLToPath(new URL('../data/', import.meta.url));

/** `Consortium` → `consortium.schema.json`. */
export function schemaFileName(kind: string): string {
  return `${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.schema.json`;
}

/** A schema file of one API version, e.g. `nof/v1`. */
export interface SchemaFile {
  apiVersion: string;
  /** The document kind, or undefined for shared definitions (common.schema.json). */
  kind: Kind | undefined;
  file: string;
  schema: JsonSchema;
}

/** All schema files found under `dir`, across every version folder. */
export function loadSchemaFiles(dir: string = dataDir): SchemaFile[] {
  const byFile = new Map<string, Kind>(KINDS.map((k) => [schemaFileName(k), k]));
  const out: SchemaFile[] = [];
  for (const version of readdirSync(dir)
    .filter((d) => /^v[0-9]+$/.test(d))
    .sort()) {
    for (const file of readdirSync(`${dir}/${version}`)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      const schema = JSON.parse(readFileSync(`${dir}/${version}/${file}`, 'utf8')) as JsonSchema;
      out.push({ apiVersion: `nof/${version}`, kind: byFile.get(file), file: `${version}/${file}`, schema });
    }
  }
  return out;
}

export * from './codelists.js';
export * from './keywords.js';

/** A JSON Schema object as parsed from JSON. */
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

/** `Consortium` → `consortium.schema.json`. */
export function schemaFileName(kind: string): string {
  return `${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.schema.json`;
}

/** A schema file of one API version, e.g. `nof/v1`. */
export interface SchemaFile {
  apiVersion: string;
  /** The document kind, or undefined for shared definitions (common.schema.json). */
  kind: Kind | undefined;
  /** Its path in a schema folder, e.g. `v1/consortium.schema.json`. */
  file: string;
  schema: JsonSchema;
}

const KIND_OF_FILE = new Map<string, Kind>(KINDS.map((k) => [schemaFileName(k), k]));

/** A schema file at `path` (`v1/consortium.schema.json`) of a schema folder: its API version and kind from the path. */
export function schemaFile(path: string, schema: JsonSchema): SchemaFile {
  const [version = '', name = ''] = path.split('/');
  return { apiVersion: `nof/${version}`, kind: KIND_OF_FILE.get(name), file: path, schema };
}

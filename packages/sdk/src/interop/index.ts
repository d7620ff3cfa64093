/** Import and export of the sector's existing formats: one module per format. */
export { finding, hasErrors, INTEROP_CODES, type InteropDiagnostic, type Locator } from './diagnostics.js';
export { documentsYaml, documentYaml, type ImportedDocument, type YamlWriteOptions } from './yaml-documents.js';
export { STANDARD_FIELDS, type FieldType, type StandardField, type StandardRecord } from './placements-standard/fields.js';
export { FIELD_MAPPINGS, type FieldMapping, type Target } from './placements-standard/mapping.js';
export type { Codec } from './placements-standard/codecs.js';
export { importPlacementsStandard, type ImportResult, type PlacementsStandardImportOptions } from './placements-standard/import.js';
export { exportPlacementsStandard, type PlacementsStandardExport } from './placements-standard/export.js';
export {
  exportSsda903,
  SSDA903_COLUMNS,
  SSDA903_HEADER_COLUMNS,
  type Ssda903HeaderRow,
  type Ssda903Column,
  type Ssda903Export,
  type Ssda903Options,
  type Ssda903Row,
} from './ssda903/export.js';
export {
  exportOcds,
  OCDS_EXTENSIONS,
  PLACEHOLDER_OCID_PREFIX,
  type OcdsExport,
  type OcdsOptions,
  type OcdsRelease,
} from './ocds/export.js';
export { exportJson, type JsonDocument, type JsonExport } from './json/export.js';
export { importJson } from './json/import.js';
export {
  EXPORT_FORMATS,
  ExportError,
  exportBlockers,
  exportDocuments,
  exportFromWorkspace,
  type Exported,
  type ExportFormat,
  type ExportOptions,
} from './export-formats.js';

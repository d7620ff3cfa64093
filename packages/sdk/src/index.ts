/**
 * @nof/sdk: parse NOF YAML documents with positions, validate them against the NOF schemas,
 * and explain every problem as a located diagnostic.
 */
export * from './diagnostics/diagnostic.js';
export { formatPointer, parentPointer, parsePointer, valueAt } from './parse/json-pointer.js';
export { parseText, type ParseOptions, type ParsedFile } from './parse/parse-text.js';
export { ParsedDocument, type NodeLocation, type ParsedDocumentInit, type RangePart } from './parse/parsed-document.js';
export { PositionMapper } from './parse/positions.js';
export { applyEdits } from './parse/apply-edits.js';
export { DEFAULT_LIMITS, tooLarge, type InputLimits } from './parse/input-guards.js';
export { closest, editDistance } from './schema/closest.js';
export { ANNOTATION_KEYWORDS, SchemaLoadError, SchemaRegistry } from './schema/registry.js';
export type { SchemaAt } from './schema/schema-at.js';
export { SchemaGraph, type SchemaLocation } from './schema/schema-graph.js';
export { validateDocument } from './schema/validate-document.js';
export { validateText, type FileValidation, type ValidateOptions } from './validate.js';

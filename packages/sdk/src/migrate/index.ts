/**
 * @nof/sdk/migrate: moving documents from one apiVersion to the next (`nof migrate`), keeping
 * comments and layout, with a unified diff of what changes.
 */
export { CONVERSIONS, MIGRATE_CODE, conversionPath, migrateText, type Migration, type MigrateOptions } from './migrate.js';
export type { Conversion } from './conversion.js';
export type { DocumentChanges } from './yaml-edits.js';
export { unifiedDiff } from './unified-diff.js';

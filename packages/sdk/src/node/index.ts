/**
 * @nof/sdk/node: the SDK on Node. The disk host (files read with node:fs, folders searched
 * with the one file discovery), `loadWorkspace` over a folder, the batch that checks thousands
 * of files on worker threads, schemas from a folder of one's own, and the tools that write
 * files for people (new documents, schema and rule docs).
 */
export { NodeHost, pathOf } from './host.js';
export { collectPaths, NoSuchPathError, type FoundPath } from './discover.js';
export { loadWorkspace, type LoadOptions } from './load.js';
export { registryForFolder } from './schemas.js';
export { useEnvironmentCopy } from './environment.js';
export { validateBatch, CHECK_FAILED_CODE, type BatchOptions, type BatchProgress, type BatchResult } from '../batch/batch.js';
export type { BatchInput } from '../batch/file-check.js';
export { kindFromName, kindSlug, kindSlugs } from '../scaffold/kind-names.js';
export { modeline, scaffold, type ScaffoldOptions } from '../scaffold/scaffold.js';
export { renderSchemaDocs } from '../schema-docs/render.js';
export { renderRulesMarkdown, ruleAnchor } from '../rules/docs.js';
export { sampleFiles, type SampleOptions } from '../sample/sample.js';
export { diffSchemas, type SchemaDiff } from '../versioning/diff.js';
export { SchemaSet, SchemaSetError } from '../versioning/schema-set.js';
export { CHANGE_KINDS, type Breaks, type Bump, type ChangeKind, type SchemaChange, type Verdict } from '../versioning/changes.js';
export { closest } from '../schema/closest.js';
export { describeError } from '../diagnostics/describe-error.js';

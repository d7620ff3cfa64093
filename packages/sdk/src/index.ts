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
export { Workspace, today, type WorkspaceOptions } from './workspace/workspace.js';
export type { Location } from './workspace/navigation.js';
export { loadConfig, CONFIG_FILE, type InsightsSettings, type LoadedConfig, type NofConfig } from './config/config.js';
export { IgnoreList } from './config/ignore.js';
export { Codelists, type CodeStatus } from './codelists/codelists.js';
export { judgingDate, type JudgingDate } from './codelists/judging-date.js';
export { getRule, listRules } from './rules/registry.js';
export { defineRule, type PartsRule, type Rule, type ShapeRule } from './rules/rule.js';
export type { RuleSetting, RuleSettings } from './rules/settings.js';
export { ruleDocsUrl } from './language/rule-docs.js';
export { loadWorkspace, validateWorkspace } from './workspace/load.js';
export { findConfigFile, parseConfig } from './config/config.js';
export { redact, personalDataPointers, type Redaction } from './privacy/redact.js';
export { redactText, type RedactedText } from './privacy/redact-text.js';
export { typed, type DocumentValue, type NofDocument, type SpecOf, type TypedDocument, type VersionOf } from './model/documents.js';
export { AnnotationIndex, type AnnotatedValue, type Annotations, type RefScope } from './model/annotations.js';
export type { DocumentLookup, RuleContext, RuleDocument, RuleReport, WorkspaceLookup } from './rules/rule.js';
export { runRules, RULE_ERROR_CODE, type RunRulesOptions } from './rules/engine.js';
export { RULE_SETTINGS } from './rules/settings.js';
export { renderRulesMarkdown, ruleAnchor } from './rules/docs.js';
export { applySuppressions, findSuppressions, SUPPRESSION_CODES, type Suppression } from './diagnostics/suppression.js';
export { validateBatch, type BatchOptions, type BatchProgress, type BatchResult } from './batch/batch.js';
export { checkFile, readInput, type BatchInput, type DocumentFacts, type FileCheck } from './batch/file-check.js';
export { kindFromName, kindSlug, kindSlugs, scaffold, type ScaffoldOptions } from './scaffold/scaffold.js';
export { cursorContext, type CursorContext } from './language/cursor.js';
export { completionsAt, type CompletionCandidate, type CompletionKind } from './language/completion.js';
export { hoverAt, type HoverInfo } from './language/hover.js';
export { documentSymbols, workspaceSymbols, type OutlineSymbol, type WorkspaceSymbolEntry } from './language/symbols.js';
export { foldingRanges, selectionRanges, type Fold } from './language/structure.js';
export { renameEdits, renameTarget, type RenameTarget } from './language/rename.js';
export { quickFixes, type QuickFix } from './language/code-actions.js';
export { documentAt } from './language/workspace-view.js';
export {
  buildConsortiumReport,
  type ArrangementReport,
  type Authority,
  type ConsortiumReport,
  type LotRow,
  type ReportSources,
  type TermReport,
  type VariationReport,
} from './report/model.js';
export { escapeHtml, renderReportHtml, renderReportMarkdown } from './report/render.js';
export { buildInsights, INSIGHTS_SCHEMA_ID } from './insights/insights.js';
export { renderInsightsCsv, renderInsightsHtml, renderInsightsJson, renderInsightsMarkdown } from './insights/render.js';
export type { InsightsInput } from './insights/documents.js';
export { sampleFiles, type SampleOptions } from './sample/sample.js';
export {
  CHILD_KINDS,
  SECTION_KEYS as INSIGHTS_SECTIONS,
  SUPPRESSED,
  type About as InsightsAbout,
  type Basis as InsightsBasis,
  type Cell as InsightsCell,
  type Column as InsightsColumn,
  type Insights,
  type InsightsOptions,
  type Section as InsightsSection,
  type Table as InsightsTable,
} from './insights/model.js';
export { diffSchemas, type SchemaDiff } from './versioning/diff.js';
export { SchemaSet, SchemaSetError } from './versioning/schema-set.js';
export { CHANGE_KINDS, type Breaks, type Bump, type ChangeKind, type SchemaChange } from './versioning/changes.js';
export { renderSchemaDocs } from './schema-docs/render.js';
export { CONVERSIONS, MIGRATE_CODE, conversionPath, migrateText, type Migration, type MigrateOptions } from './migrate/migrate.js';
export type { Conversion } from './migrate/conversion.js';
export type { DocumentChanges } from './migrate/yaml-edits.js';
export { unifiedDiff } from './migrate/unified-diff.js';
export {
  loadProfiles,
  profileResults,
  profilesFor,
  PROFILES_FOLDER,
  PROFILE_SUFFIX,
  type Profile,
  type ProfileCatalog,
} from './profiles/profiles.js';
export { applyMergePatch } from './profiles/merge-patch.js';
export * from './interop/index.js';

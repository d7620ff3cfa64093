/**
 * @nof/sdk: parse NOF YAML documents with positions, validate them against the NOF schemas and
 * rules, and explain every problem as a located diagnostic. Runs anywhere JavaScript does: this
 * entry imports no Node built-in, the schemas and codelists are bundled, and files come from a
 * {@link Host} the caller gives. On Node, `@nof/sdk/node` adds the disk host, `loadWorkspace`
 * and the batch on worker threads; `@nof/sdk/language` has the editor features,
 * `@nof/sdk/interop` the import and export formats, `@nof/sdk/report` the consortium report and
 * `@nof/sdk/migrate` version migration.
 */

// The facade: one document, a workspace, a workspace kept in step with its host.
export { validateText, type FileValidation, type ValidateOptions } from './validate.js';
export { Workspace, type WorkspaceOptions } from './workspace/workspace.js';
export type { ResolvedReference } from './workspace/references.js';
export type { Location } from './workspace/navigation.js';
export { Project, type ProjectOptions } from './workspace/project.js';
export { validateWorkspace } from './workspace/load.js';

// Hosts and the one file discovery.
export { HostError, type FileChange, type FoundFiles, type Host } from './host/host.js';
export { MemoryHost } from './host/memory-host.js';
export { CONFIG_FILE, NofFiles, PROFILE_SUFFIX, type FileSelection } from './host/selection.js';
export { isNofText } from './host/nof-text.js';

// Diagnostics.
export * from './diagnostics/diagnostic.js';
export { formatPointer, parsePointer, valueAt } from './parse/json-pointer.js';

// Settings: nof.config.yaml, an editor's, a command line's, merged in one place.
export { parseConfig, readConfig, type LoadedConfig, type NofConfig } from './config/config.js';
export { mergeSettings, type InsightsSettings, type NofSettings, type SettingsLayer } from './settings/settings.js';
export { checkSettingsValue, readEditorSettings } from './settings/layers.js';
export type { SettingsSource } from './settings/check.js';
export { EDITOR_SETTINGS_SCHEMA } from './settings/editor-schema.js';
export { readProfiles, readWorkspaceProfiles, profileResults, type Profile, type ProfileCatalog } from './profiles/profiles.js';

// The parsed and typed model.
export { parseText, type ParseOptions, type ParsedFile } from './parse/parse-text.js';
export { ParsedDocument, type NodeLocation, type ParsedDocumentInit, type RangePart } from './parse/parsed-document.js';
export type { PositionMapper } from './parse/positions.js';
export type { Suppression } from './diagnostics/suppression.js';
export { DEFAULT_LIMITS, tooLarge, type InputLimits } from './parse/input-guards.js';
export { typed, type DocumentValue, type NofDocument, type SpecOf, type TypedDocument, type VersionOf } from './model/documents.js';
export type { AnnotatedValue, AnnotationIndex, Annotations } from './model/annotations.js';
export { SchemaRegistry } from './schema/registry.js';
export { Codelists, type CodeStatus } from './codelists/codelists.js';

// Rules.
export { getRule, listRules } from './rules/registry.js';
export { RULES_DOCS, ruleDocsUrl } from './rules/docs-url.js';
export { defineRule, type PartsRule, type Rule, type RuleInfo, type ShapeRule } from './rules/rule.js';
export type { DocumentLookup, RuleContext, RuleDocument, RuleReport, WorkspaceLookup } from './rules/rule.js';
export { RULE_SETTINGS, type RuleSetting, type RuleSettings } from './rules/settings.js';

// Privacy: what may be shared outside an authority.
export { redact, type Redaction } from './privacy/redact.js';
export { redactText, type RedactedText } from './privacy/redact-text.js';

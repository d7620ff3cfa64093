import { Codelists } from './codelists/codelists.js';
import { compareDiagnostics, type FileResult } from './diagnostics/diagnostic.js';
import { AnnotationIndex } from './model/annotations.js';
import { parseText, type ParseOptions } from './parse/parse-text.js';
import type { ParsedDocument } from './parse/parsed-document.js';
import { reportStage, ruleStage, schemaStage } from './pipeline/check-file.js';
import type { ProfileCatalog } from './profiles/profiles.js';
import type { Rule } from './rules/rule.js';
import type { RuleSettings } from './rules/settings.js';
import { SchemaRegistry } from './schema/registry.js';
import { today } from './dates/calendar.js';
import { DocumentIndex } from './workspace/document-index.js';

/** Options for {@link validateText}. */
export interface ValidateOptions extends ParseOptions {
  /** The schemas to check against (default: the shipped ones). */
  registry?: SchemaRegistry;
  /** The local profiles documents may name (default: none); the catalog nearest the file applies. */
  profiles?: readonly ProfileCatalog[];
  /**
   * Rules to run on the file's documents as a workspace of this file alone (default: none, so
   * YAML and schema checks only). References to documents in other files are then unresolved:
   * load a workspace to check a document among its neighbours.
   */
  rules?: readonly Rule[];
  /** Rule levels and `off` switches (nof.config.yaml `rules`); suppression comments apply either way. */
  settings?: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD (default: today). */
  asOf?: string;
  codelists?: Codelists;
}

/** A file's diagnostics plus the documents parsed from it, for later stages (rules, workspace). */
export interface FileValidation extends FileResult {
  documents: ParsedDocument[];
}

/**
 * Parses a YAML file and checks each of its documents, through the same pipeline a workspace
 * runs (parse, schema, and with `rules` the rules and suppression comments). Never throws for bad input: every
 * problem is a located diagnostic, sorted with {@link compareDiagnostics}.
 */
export function validateText(text: string, uri: string, options: ValidateOptions = {}): FileValidation {
  const registry = options.registry ?? SchemaRegistry.shipped();
  const parsed = parseText(text, uri, options);
  const { ownDiagnostics, checkable, schemaErrors } = schemaStage(parsed, registry, options.profiles);
  // Without rules there is nothing for a suppression comment to suppress (nor to call unused).
  if (!options.rules?.length) return { uri, diagnostics: ownDiagnostics.sort(compareDiagnostics), documents: parsed.documents };
  const index = new DocumentIndex();
  for (const document of parsed.documents) index.add(document, checkable.includes(document));
  const run = {
    rules: options.rules,
    asOf: options.asOf ?? today(),
    codelists: options.codelists ?? new Codelists(),
    settings: options.settings,
  };
  const semantic = ruleStage(checkable, schemaErrors, index.lookup(), { ...run, annotations: new AnnotationIndex(registry) });
  return { uri, diagnostics: reportStage(ownDiagnostics, semantic, parsed.suppressions, options.settings), documents: parsed.documents };
}

import { compareDiagnostics, type Diagnostic, type FileResult } from './diagnostics/diagnostic.js';
import { parseText, type ParseOptions } from './parse/parse-text.js';
import type { ParsedDocument } from './parse/parsed-document.js';
import { SchemaRegistry } from './schema/registry.js';
import { validateDocument } from './schema/validate-document.js';

/** Options for {@link validateText}. */
export interface ValidateOptions extends ParseOptions {
  /** Folder of schema files (`v1/<kind>.schema.json`...) to use instead of the shipped ones. */
  schemaDir?: string;
  /** A registry to use as is (takes precedence over `schemaDir`). */
  registry?: SchemaRegistry;
}

/** A file's diagnostics plus the documents parsed from it, for later stages (rules, workspace). */
export interface FileValidation extends FileResult {
  documents: ParsedDocument[];
}

/**
 * Parses a YAML file and checks each of its documents against its kind's schema. Never throws
 * for bad input: every problem is a located diagnostic, sorted with {@link compareDiagnostics}.
 */
export function validateText(text: string, uri: string, options: ValidateOptions = {}): FileValidation {
  const registry = options.registry ?? SchemaRegistry.forDir(options.schemaDir);
  const parsed = parseText(text, uri, options);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  for (const doc of parsed.documents) {
    if (doc.reliable) for (const problem of validateDocument(doc, registry)) diagnostics.push(problem);
  }
  return { uri, diagnostics: diagnostics.sort(compareDiagnostics), documents: parsed.documents };
}

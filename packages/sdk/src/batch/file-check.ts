import { deflateRawSync } from 'node:zlib';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Suppression } from '../diagnostics/suppression.js';
import { readDocument, type Host } from '../host/host.js';
import { isNofText } from '../host/selection.js';
import { parseText } from '../parse/parse-text.js';
import { schemaStage } from '../pipeline/check-file.js';
import type { ProfileCatalog } from '../profiles/profiles.js';
import type { SchemaRegistry } from '../schema/registry.js';

/**
 * A file to check: read through the host at `uri` unless its `text` is given (standard input).
 * `named` when the user named it (always checked); a file found by a search is checked only
 * when it holds a NOF document (see {@link isNofText}).
 */
export interface BatchInput {
  uri: string;
  text?: string;
  named?: boolean;
}

/** What a batch keeps of one document: plain data, so it can cross from a worker thread. */
export interface DocumentFacts {
  /** 0-based position among the file's `---` sections. */
  index: number;
  apiVersion: string | undefined;
  kind: string | undefined;
  id: string | undefined;
  value: unknown;
  /** Read without YAML errors and valid against its schema: rules check only these. */
  checkable: boolean;
  /** For a document read without YAML errors, the pointers of its schema errors (reference rules check the rest). */
  schemaErrors: string[];
}

/** The text-only stages of checking one file (parse, schema, suppression comments), as plain data. */
export interface FileCheck {
  uri: string;
  /** True for a file a search found that holds no NOF document: not checked, not reported. */
  skipped?: boolean;
  /** YAML and schema problems, or the reason the file could not be read. */
  ownDiagnostics: Diagnostic[];
  suppressions: Suppression[];
  documents: DocumentFacts[];
  /**
   * The text as read, deflated: all a rule's finding needs for its range (parsing it again
   * gives the same positions), at a twentieth of the text's memory and without reading the
   * file a second time (it may have changed since).
   */
  source?: Uint8Array;
}

/**
 * Reads and checks one file: the pipeline's text-only stages ({@link schemaStage}), keeping
 * only plain data (a batch of thousands of files would not fit in memory with every syntax tree).
 */
export async function checkFile(
  input: BatchInput,
  host: Host,
  registry: SchemaRegistry,
  profiles?: readonly ProfileCatalog[],
): Promise<FileCheck> {
  const text = input.text ?? (await readDocument(host, input.uri));
  if (typeof text !== 'string') return { uri: input.uri, ownDiagnostics: [text], suppressions: [], documents: [] };
  if (!input.named && input.text === undefined && !isNofText(text))
    return { uri: input.uri, skipped: true, ownDiagnostics: [], suppressions: [], documents: [] };
  const parsed = parseText(text, input.uri);
  const { ownDiagnostics, checkable, schemaErrors } = schemaStage(parsed, registry, profiles);
  const isCheckable = new Set(checkable);
  const documents = parsed.documents.map((document) => ({
    index: document.index,
    apiVersion: document.apiVersion,
    kind: document.kind,
    id: document.id,
    value: document.value,
    checkable: isCheckable.has(document),
    schemaErrors: schemaErrors.get(document) ?? [],
  }));
  // A copy with a buffer of its own: what deflate returns may share a pooled one, which cannot be transferred alone.
  return { uri: input.uri, ownDiagnostics, suppressions: parsed.suppressions, documents, source: new Uint8Array(deflateRawSync(text)) };
}

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import type { Suppression } from '../diagnostics/suppression.js';
import { readDocument, type Host } from '../host/host.js';
import { isNofText } from '../host/nof-text.js';
import { isRecord } from '../model/is-record.js';
import { checkInput, DEFAULT_LIMITS } from '../parse/input-guards.js';
import { parseText, type ParsedFile } from '../parse/parse-text.js';
import { readSimpleYaml } from '../parse/simple-yaml.js';
import { schemaStage } from '../pipeline/check-file.js';
import { catalogFor, type ProfileCatalog } from '../profiles/profiles.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { findsNothing } from '../schema/validate-document.js';

/**
 * A file to check: read through the host at `uri` unless its `text` is given (standard input).
 * `named` when the user named it (always checked); a file found by a search is checked only
 * when it holds a NOF document (see `isNofText`).
 */
export interface BatchInput {
  uri: string;
  text?: string;
  named?: boolean;
}

/**
 * The part of a file's text that holds one document and nothing of another, so it can be parsed
 * alone: from the end of the document before it (or the file's start), directives and comments
 * included, to its own end. `line` is the 0-based line it starts on.
 */
export interface DocumentSpan {
  start: number;
  end: number;
  line: number;
}

/** What a batch keeps of one document: plain data, so it can cross from a worker thread. */
export interface DocumentFacts {
  /** 0-based position among the file's `---` sections. */
  index: number;
  span: DocumentSpan;
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
   * The text as read: all a rule's finding needs for its range (parsing it again gives the same
   * positions), without reading the file a second time (it may have changed since).
   */
  source?: KeptText;
}

/**
 * A file's text as a batch keeps it, in bytes of its own (so they can be handed to another
 * thread): UTF-8, deflated when it is long. Deflating costs a quarter of a parse whatever the
 * length and saves little on a short text, a tenth of the memory on a long one.
 */
export interface KeptText {
  bytes: Uint8Array;
  deflated: boolean;
}

/** Texts longer than this are deflated. */
const DEFLATE_ABOVE = 64 * 1024;

export function keepText(text: string): KeptText {
  const deflated = text.length > DEFLATE_ABOVE;
  // Copied: what Buffer.from and deflate return may share a pooled buffer, which cannot be transferred alone.
  return { bytes: new Uint8Array(deflated ? deflateRawSync(text, { level: 1 }) : Buffer.from(text, 'utf8')), deflated };
}

export function keptText(kept: KeptText): string {
  return (kept.deflated ? inflateRawSync(kept.bytes) : Buffer.from(kept.bytes.buffer, kept.bytes.byteOffset, kept.bytes.length)).toString(
    'utf8',
  );
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
  return simpleCheck(input.uri, text, registry, profiles) ?? fullCheck(input.uri, text, registry, profiles);
}

/**
 * The check of a file in simple YAML (parse/simple-yaml.ts) in which the text-only stages find
 * nothing, made without a syntax tree: most files of a many-file run, at a fraction of a parse.
 * Undefined for any other file, which {@link fullCheck} reads (it alone words and places findings).
 */
export function simpleCheck(
  uri: string,
  text: string,
  registry: SchemaRegistry,
  profiles?: readonly ProfileCatalog[],
): FileCheck | undefined {
  // Suppression comments, and texts the input guards stop, are the full parse's to read.
  if (text.includes('nof-disable') || checkInput(text, DEFAULT_LIMITS)) return undefined;
  const read = readSimpleYaml(text);
  if (!read) return undefined;
  const catalog = catalogFor(uri, profiles ?? []);
  const documents: DocumentFacts[] = [];
  for (const { index, start, end, line, value } of read) {
    const apiVersion = stringIn(value, 'apiVersion');
    const kind = stringIn(value, 'kind');
    if (!findsNothing({ value, apiVersion, kind, rangeOf: nowhere, startLine: nowhere }, registry, catalog)) return undefined;
    const id = stringIn(value.metadata, 'id');
    documents.push({ index, span: { start, end, line }, apiVersion, kind, id, value, checkable: true, schemaErrors: [] });
  }
  return { uri, ownDiagnostics: [], suppressions: [], documents, source: keepText(text) };
}

/** The check of any file: parsed with positions, so that every problem is worded and placed. */
export function fullCheck(uri: string, text: string, registry: SchemaRegistry, profiles?: readonly ProfileCatalog[]): FileCheck {
  const parsed = parseText(text, uri);
  const { ownDiagnostics, checkable, schemaErrors } = schemaStage(parsed, registry, profiles);
  const isCheckable = new Set(checkable);
  const documents = parsed.documents.map((document, i) => ({
    index: document.index,
    span: spanOf(parsed, i),
    apiVersion: document.apiVersion,
    kind: document.kind,
    id: document.id,
    value: document.value,
    checkable: isCheckable.has(document),
    schemaErrors: schemaErrors.get(document) ?? [],
  }));
  return { uri, ownDiagnostics, suppressions: parsed.suppressions, documents, source: keepText(text) };
}

/** Where a document read without positions would place a finding: never asked, as it has none. */
function nowhere(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function stringIn(value: unknown, key: string): string | undefined {
  const found = isRecord(value) ? value[key] : undefined;
  return typeof found === 'string' ? found : undefined;
}
function spanOf(parsed: ParsedFile, i: number): DocumentSpan {
  const document = parsed.documents[i]!;
  const start = i === 0 ? 0 : parsed.documents[i - 1]!.yaml.range[2];
  const end = document.yaml.range[2];
  // A part must begin a line for its positions to be the file's; otherwise it reaches back to the start.
  if (start > 0 && parsed.text[start - 1] !== '\n') return { start: 0, end, line: 0 };
  return { start, end, line: document.positions.positionAt(start).line };
}
